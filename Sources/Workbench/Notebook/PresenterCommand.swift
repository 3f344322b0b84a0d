import Language

/// `nn --pause FILE.nn` (presenter mode). With a terminal on standard input
/// it pauses before each statement (see `Presenter`); otherwise it runs the
/// script straight through.
///
///     let status = PresenterCommand.run(source, context: context)
public enum PresenterCommand {
    /// `pausing` false shows prose and statements without waiting (demos).
    public static func run(_ source: SourceFile, context: CommandContext, pausing: Bool = true) -> Int32 {
        let sink = context.makeSink()
        let session = context.makeSession(sink: sink)
        let waits = pausing && context.stdinIsTerminal
        guard waits || !pausing else {
            return ExitStatus.for(ScriptRunner.run(source, in: session))
        }
        let presenter = Presenter(session: session, source: source, readLine: waits ? { Swift.readLine() } : nil)
        switch presenter.run() {
        case .openREPL:
            sink.finishLine()
            return context.openREPL(session, sink)
        case .finished(let outcome):
            return ExitStatus.for(outcome)
        }
    }
}
