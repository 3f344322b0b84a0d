/// One error or warning, with the place it points at. Its wording follows
/// one rule: lower-case, no final period, what was expected and what was found.
public struct Diagnostic: Sendable, Error {
    public enum Severity: String, Sendable { case error, warning }

    public var severity: Severity
    public var message: String
    /// The source the range points into; nil for errors with no place (a bad command line).
    public var source: SourceFile?
    public var range: SourceRange?
    /// Text printed after the caret line ("did you mean 'train'?").
    public var label: String?
    /// Extra lines printed after the snippet: the call chain
    /// ("in fn fib at 4:12, called from 9:1"), hints.
    public var notes: [String]

    public init(
        _ severity: Severity = .error,
        _ message: String,
        source: SourceFile? = nil,
        range: SourceRange? = nil,
        label: String? = nil,
        notes: [String] = []
    ) {
        self.severity = severity
        self.message = message
        self.source = source
        self.range = range
        self.label = label
        self.notes = notes
    }
}

/// What a built-in or native value throws. It carries no place: the
/// interpreter attaches the range of the call, or of the argument named by
/// `argument`, so the caret lands under `epochs=-5` rather than the whole call.
public struct ScriptError: Error, Sendable {
    public enum ArgumentRef: Sendable, Hashable {
        /// 0-based positional argument.
        case position(Int)
        /// A keyword argument, by its name.
        case keyword(String)
    }

    public var message: String
    public var argument: ArgumentRef?
    public var label: String?
    public var notes: [String]

    public init(_ message: String, argument: ArgumentRef? = nil, label: String? = nil, notes: [String] = []) {
        self.message = message
        self.argument = argument
        self.label = label
        self.notes = notes
    }
}
