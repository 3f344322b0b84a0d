import Foundation
import Language

/// Does what the command line asked: run a script, code, standard input, or
/// open the REPL; hand `demo` and `notebook` to their commands.
///
///     exit(NNCommand.run(try CommandLineArguments.parse(words), context: context))
public enum NNCommand {
    public static func run(_ arguments: CommandLineArguments, context: CommandContext) -> Int32 {
        let status = dispatch(arguments, context: context)
        // Results that never reached stdout (a full disk) make the run fail, as Python's do.
        if let code = StandardStream.output.failure, status == ExitStatus.success {
            StandardStream.error.write("nn: cannot write the output: \(String(cString: strerror(code)))\n")
            return ExitStatus.scriptError
        }
        return status
    }

    private static func dispatch(_ arguments: CommandLineArguments, context: CommandContext) -> Int32 {
        switch arguments.action {
        case .help:
            StandardStream.output.write(Usage.text)
            return ExitStatus.success
        case .version:
            StandardStream.output.write("nn \(NNVersion.current)\n")
            return ExitStatus.success
        case .demo(let words):
            Interrupt.install(repeatTerminates: false)
            return DemoCommand.run(words, context: context)
        case .notebook(let words):
            Interrupt.install(repeatTerminates: true)
            return NotebookCommand.run(words, context: context)
        case .script(let path, let thenREPL):
            let source: SourceFile
            do {
                source = try ScriptRunner.loadScript(atPath: path)
            } catch {
                StandardStream.error.write(Usage.errorText(error))
                return error.exitStatus
            }
            if context.pause {
                Interrupt.install(repeatTerminates: false)
                return PresenterCommand.run(source, context: context)
            }
            return runScript(source, thenREPL: thenREPL, context: context)
        case .code(let code, let thenREPL):
            return runScript(ScriptRunner.commandLineCode(code), thenREPL: thenREPL, context: context)
        case .stdin:
            return runStandardInput(context: context)
        case .interactiveOrStdin, .repl:
            if arguments.action == .interactiveOrStdin, !context.stdinIsTerminal {
                return runStandardInput(context: context)
            }
            Interrupt.install(repeatTerminates: false)
            let sink = context.makeSink()
            return context.openREPL(context.makeSession(sink: sink), sink)
        }
    }

    /// The script's statements that ran without error open what `:save`
    /// writes, so the saved file runs on its own.
    static func keepForSave(_ session: Session) {
        if let text = session.lastRun?.completedText, !text.isEmpty { session.transcript.append(text) }
    }

    private static func runStandardInput(context: CommandContext) -> Int32 {
        do {
            return runScript(try ScriptRunner.readStandardInput(), thenREPL: false, context: context)
        } catch {
            StandardStream.error.write(Usage.errorText(error))
            return error.exitStatus
        }
    }

    /// Runs a script; with `-i`, then opens the REPL on the same session,
    /// whatever the script's outcome (its variables so far are kept).
    private static func runScript(_ source: SourceFile, thenREPL: Bool, context: CommandContext) -> Int32 {
        Interrupt.install(repeatTerminates: !thenREPL)
        let sink = context.makeSink()
        let session = context.makeSession(sink: sink)
        let outcome = ScriptRunner.run(source, in: session)
        guard thenREPL else { return ExitStatus.for(outcome) }
        keepForSave(session)
        sink.finishLine()
        return context.openREPL(session, sink)
    }
}
