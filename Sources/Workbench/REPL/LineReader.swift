/// What the REPL gets from one prompt.
public enum LineInput: Equatable, Sendable {
    /// A line, without its newline (a pasted block may hold several lines).
    case line(String)
    /// Ctrl-C at the prompt: the line was discarded.
    case interrupted
    /// Ctrl-D on an empty line, or the end of standard input.
    case end
}

/// Where the REPL's input comes from: readline in the executable, plain
/// standard input when it is not a terminal, a list of lines in tests.
///
///     let reader = PlainLineReader()
///     let exitStatus = REPL(session: session, reader: reader).run()
public protocol LineReader: AnyObject {
    /// Shows `prompt` (if the reader shows prompts) and reads one line.
    func readLine(prompt: String) -> LineInput
    /// Makes an entry reachable with the arrows and Ctrl-R (oldest first).
    func addHistory(_ entry: String)
    /// Replaces everything the arrows reach (an input typed again moved to the end).
    func replaceHistory(_ entries: [String])
    /// Tab completion, for readers that offer it.
    var completer: Completer? { get set }
}

/// Reads standard input line by line with no editing and no prompt
/// (`nn -i script.nn < commands`).
public final class PlainLineReader: LineReader {
    public var completer: Completer?

    public init() {}

    public func readLine(prompt: String) -> LineInput {
        guard let line = Swift.readLine(strippingNewline: true) else { return .end }
        return .line(line)
    }

    public func addHistory(_ entry: String) {}

    public func replaceHistory(_ entries: [String]) {}
}
