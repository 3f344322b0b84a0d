#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
        let reader: (() -> String?)? = waits ? { pauseLine() } : nil
        let presenter = Presenter(session: session, source: source, readLine: reader)
        switch presenter.run() {
        case .openREPL:
            NNCommand.keepForSave(session)
            sink.finishLine()
            return context.openREPL(session, sink)
        case .finished(let outcome):
            return ExitStatus.for(outcome)
        }
    }

    /// The presenter's answer at a pause: a line, or nil at the end of input
    /// or on Ctrl-C. Ctrl-C must act at once, not after the next Enter: the
    /// flag it leaves set then stops the statement about to run.
    private static func pauseLine() -> String? {
        var fds = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        while !Interrupt.isRequested {
            let ready = poll(&fds, 1, 100)
            if ready > 0 || (ready < 0 && errno != EINTR) { return Swift.readLine() }
        }
        return nil
    }
}
