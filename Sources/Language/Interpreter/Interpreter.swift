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

    // State (see Interpreter+*.swift for how it is used).
    let globals = Environment(parent: nil)
    /// User globals in creation order.
    var globalOrder: [String] = []
    /// Globals set by the host with `defineGlobal`; they survive `reset`.
    var hostValues: [String: Value] = [:]
    var builtinTable: [String: Builtin] = [:]
    var frames: [Frame] = []
    /// The source whose code is running now (a function's own source while it runs).
    var currentSource = SourceFile(name: "<none>", text: "", directory: ".")
    /// The source `run` was given: `CallContext.directory` and `sourceName` come from it.
    var runSource = SourceFile(name: "<none>", text: "", directory: ".")
    /// Ranges of the built-in calls in progress, innermost last.
    var builtinCalls: [(call: SourceRange, arguments: [SourceRange], keywords: [String: SourceRange])] = []
    /// A located failure raised inside `CallContext.call`, carried through the
    /// built-in that made the call (built-ins can only throw `ScriptError`).
    var pendingUnwind: Unwind?
    lazy var context = InterpreterContext(self)
    /// The stack address where the outermost `run` started; evaluation stops
    /// with an error before it uses most of `stackSize` (a safety net
    /// under the call-depth and nesting limits, for pathological programs).
    var stackBase: UInt = 0
    /// The size of the stack `stackBase` is on (`LargeStack` may have had to
    /// settle for less than `LargeStack.size`).
    var stackSize = LargeStack.size
    /// Places that already warned about hiding a built-in (a function doing
    /// it on every call warns once).
    var warnedHidings: Set<String> = []
    /// `range` is the language's own, so `for i in range(n)` may count lazily.
    var coreRangeActive = false

    public init(output: any OutputSink) {
        self.output = output
    }

    /// Registers a built-in as a global (no "hides a built-in" warning).
    public func define(_ builtin: Builtin) {
        builtinTable[builtin.name] = builtin
        if builtin.name == "range" { coreRangeActive = false }
    }

    /// Sets a global without warnings (hosts, `nn -i`, tests).
    public func defineGlobal(_ name: String, _ value: Value) {
        if globals.values[name] != nil {
            globals.values[name] = value
        } else {
            hostValues[name] = value
        }
    }

    /// A global's current value.
    public func lookup(_ name: String) -> Value? {
        if let v = globals.values[name] { return v }
        if let v = hostValues[name] { return v }
        if let b = builtinTable[name] { return .function(.builtin(b)) }
        return nil
    }

    /// Every global name, built-ins included, sorted (completion, `:vars`).
    public var globalNames: [String] {
        Set(globals.values.keys).union(hostValues.keys).union(builtinTable.keys).sorted()
    }

    /// Names the user created (not built-ins), in creation order (`:vars`, `:save`).
    public var userGlobalNames: [String] { globalOrder }

    /// The registered built-ins by name (help).
    public var builtins: [String: Builtin] { builtinTable }

    /// Keywords of the language, for completion and suggestions.
    public static let keywords: [String] = [
        "if", "else", "for", "in", "while", "fn", "return", "break", "continue",
        "true", "false", "none", "and", "or", "not",
    ]

    /// Installs `print`, `type`, `len`, `range`, `append`, `concat` (with help).
    public func installCoreBuiltins() {
        for builtin in CoreBuiltins.all { define(builtin) }
        coreRangeActive = true
    }

    /// Parses the whole source, reports every syntax error, and runs it only
    /// if there were none. Stops at the first runtime error (reported with
    /// its place and call chain). `beforeStatement` is called with each
    /// top-level statement's range just before it runs (presenter mode,
    /// notebooks).
    @discardableResult
    public func run(_ source: SourceFile, beforeStatement: ((SourceRange) -> Void)? = nil) -> RunOutcome {
        LargeStack.run { runOnLargeStack(source, beforeStatement: beforeStatement) }
    }

    /// Only checks syntax: the diagnostics a `run` would report before running.
    public func check(_ source: SourceFile) -> [Diagnostic] {
        LargeStack.run {
            var parser = Parser(source)
            _ = parser.parseProgram()
            return parser.errors.sorted { ($0.range?.start.offset ?? 0) < ($1.range?.start.offset ?? 0) }
        }
    }

    /// Forgets every user global; built-ins stay.
    public func reset() {
        Interpreter.dismantle(&globals.values)
        globalOrder = []
    }

    deinit {
        Interpreter.dismantle(&globals.values)
    }

    /// Empties a set of variables without recursion: releasing a list
    /// nested a million deep the ordinary way recurses once per level and
    /// would overflow the caller's stack. Children are kept alive on a work
    /// list while their parent goes, so each release frees one level.
    static func dismantle(_ variables: inout [String: Value]) {
        var work = Array(variables.values)
        variables = [:]
        while let value = work.popLast() {
            if case .list(let items) = value, items.contains(where: { if case .list = $0 { true } else { false } }) {
                work.append(contentsOf: items)
            }
        }
    }
}
