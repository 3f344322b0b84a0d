// The nn executable: read the command line and the terminal, then hand over
// to Workbench. Only this target touches readline (LineEditor.swift).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Workbench

let terminal = Terminal.detect()
let arguments: CommandLineArguments
do {
    arguments = try CommandLineArguments.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    StandardStream.error.write(Usage.errorText(error))
    exit(ExitStatus.usage)
}

let context = CommandContext(
    options: terminal.sessionOptions(for: arguments),
    errorColor: terminal.errorColor(for: arguments),
    pause: arguments.pause,
    stdinIsTerminal: terminal.stdinIsTerminal,
    openREPL: { session, sink in
        openREPL(session: session, sink: sink, terminal: terminal)
    }
)
exit(NNCommand.run(arguments, context: context))
