// PUBLIC SURFACE CONTRACT (the Language owner fills in the bodies; hosts code against these signatures).

/// How a run ended.
public enum RunOutcome: Equatable, Sendable {
    case success
    /// Parsing found this many syntax errors (all reported); nothing ran.
    case syntaxErrors(Int)
    /// A runtime error was reported; the statements before it took effect.
    case runtimeError
    /// Ctrl-C stopped it at a safe point; everything done so far is kept.
    case interrupted
}

/// Runs nn source. One interpreter is one session: globals persist across
/// `run` calls (the REPL runs each input with the same interpreter).
///
///     let sink = BufferSink()
///     let interpreter = Interpreter(output: sink)
///     interpreter.installCoreBuiltins()
///     interpreter.run(SourceFile(name: "<repl>", text: "print(1 + 2)", directory: "."))
public final class Interpreter {
    /// Where output and diagnostics go; may be swapped between runs (the
    /// notebook captures each block's output separately).
    public var output: any OutputSink
    public var renderOptions = RenderOptions()
    /// Tensor arithmetic and the like; set by the host.
    public var operators: (any OperatorHost)?
    /// Polled at safe points (loop iterations, calls, and by built-ins via
    /// `CallContext.isInterrupted`).
    public var interruptCheck: @Sendable () -> Bool = { false }

    public init(output: any OutputSink) {
        self.output = output
    }

    /// Registers a built-in as a global (no "hides a built-in" warning).
    public func define(_ builtin: Builtin) {}
    /// Sets a global without warnings (hosts, `nn -i`, tests).
    public func defineGlobal(_ name: String, _ value: Value) {}
    /// A global's current value.
    public func lookup(_ name: String) -> Value? { nil }
    /// Every global name, built-ins included, sorted (completion, `:vars`).
    public var globalNames: [String] { [] }
    /// Names the user created (not built-ins), in creation order (`:vars`, `:save`).
    public var userGlobalNames: [String] { [] }
    /// The registered built-ins by name (help).
    public var builtins: [String: Builtin] { [:] }
    /// Keywords of the language, for completion and suggestions.
    public static let keywords: [String] = [
        "if", "else", "for", "in", "while", "fn", "return", "break", "continue",
        "true", "false", "none", "and", "or", "not",
    ]

    /// Installs `print`, `type`, `len`, `range`, `append`, `concat` (with help).
    public func installCoreBuiltins() {}

    /// Parses the whole source, reports every syntax error, and runs it only
    /// if there were none. Stops at the first runtime error (reported with
    /// its place and call chain). `beforeStatement` is called with each
    /// top-level statement's range just before it runs (presenter mode,
    /// notebooks).
    @discardableResult
    public func run(_ source: SourceFile, beforeStatement: ((SourceRange) -> Void)? = nil) -> RunOutcome {
        .success
    }

    /// Only checks syntax: the diagnostics a `run` would report before running.
    public func check(_ source: SourceFile) -> [Diagnostic] { [] }

    /// Forgets every user global; built-ins stay.
    public func reset() {}
}
