import Language

/// `nn --pause FILE.nn` (presenter mode): before each `##` section print the
/// prose, then each statement as `nn> code` before its output, and wait for
/// Enter; `q` and Enter opens the REPL with the script's variables through
/// `context.openREPL(session, sink)`.
///
///     let status = PresenterCommand.run(source, context: context)
///
/// Hook called by the executable; the presenter work fills the body. Until
/// then the script runs straight through.
public enum PresenterCommand {
    public static func run(_ source: SourceFile, context: CommandContext) -> Int32 {
        let sink = context.makeSink()
        let session = context.makeSession(sink: sink)
        return ExitStatus.for(ScriptRunner.run(source, in: session))
    }
}
