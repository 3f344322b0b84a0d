/// Where the interpreter's output goes. The language never prints by itself:
/// the script runner sends text to stdout and diagnostics to stderr, the
/// notebook collects both per block, tests keep them in memory.
public protocol OutputSink: AnyObject {
    /// Standard output: `print`, echoed values, charts, progress.
    func write(_ text: String)
    /// Errors and warnings (standard error).
    func report(_ diagnostic: Diagnostic)
}

/// An in-memory sink, for tests and for capturing a notebook block's output.
public final class BufferSink: OutputSink {
    public private(set) var output = ""
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public func write(_ text: String) { output += text }
    public func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    public func clear() {
        output = ""
        diagnostics = []
    }
}
