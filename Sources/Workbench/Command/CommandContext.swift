import Language

/// What every `nn` command gets from the executable: the session options
/// worked out from the flags and the terminal, and the two things only the
/// executable can do (open the readline REPL, know the terminal).
///
///     let session = context.makeSession()
///     ScriptRunner.run(source, in: session)
///     return context.openREPL(session)
public struct CommandContext {
    public var options: SessionOptions
    /// Colour diagnostics on stderr: it is a terminal, `NO_COLOR` unset, no `--no-color`.
    public var errorColor: Bool
    /// `--pause` was given (presenter mode).
    public var pause: Bool
    /// Standard input is a terminal (the REPL may use readline; a pause may wait for Enter).
    public var stdinIsTerminal: Bool
    /// Opens the interactive REPL on a session and returns the exit status
    /// when the user leaves (`nn -i`, `q` at a `--pause` stop).
    public var openREPL: (Session, StandardSink) -> Int32

    public init(options: SessionOptions, errorColor: Bool, pause: Bool, stdinIsTerminal: Bool, openREPL: @escaping (Session, StandardSink) -> Int32) {
        self.options = options
        self.errorColor = errorColor
        self.pause = pause
        self.stdinIsTerminal = stdinIsTerminal
        self.openREPL = openREPL
    }

    /// The sink for this command: stdout, and stderr with the chosen colour.
    public func makeSink() -> StandardSink {
        StandardSink(errorColor: errorColor)
    }

    /// A session writing to `sink`, with Ctrl-C wired to the interrupt flag.
    public func makeSession(sink: StandardSink) -> Session {
        let session = Session(output: sink, options: options)
        session.interpreter.interruptCheck = { Interrupt.isRequested }
        return session
    }
}
