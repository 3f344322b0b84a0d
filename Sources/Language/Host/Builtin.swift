/// A function the host registers with the interpreter.
///
///     interpreter.define(Builtin(
///         name: "len",
///         signature: Signature(["x"]),
///         help: Help(summary: "the number of elements", concept: "basics", example: "len([1, 2, 3])   # 3")
///     ) { args, context in … })
public struct Builtin {
    public typealias Body = (Arguments, any CallContext) throws(ScriptError) -> Value

    public let name: String
    public let signature: Signature
    public let help: Help
    public let body: Body
    /// False for built-ins whose result a bare top-level call should not
    /// echo: `train net, xor` shows its progress and stop line, not the
    /// history it returns (LANGUAGE.md §3), while `h = train(...)` then `h`
    /// still echoes the history.
    public var echoesResult = true

    public init(name: String, signature: Signature, help: Help, body: @escaping Body) {
        self.name = name
        self.signature = signature
        self.help = help
        self.body = body
    }
}

/// The parameters a built-in accepts. The interpreter binds a call against it
/// before the body runs: positional arguments fill `parameters` in order
/// (then `variadic`, if any), keywords by name; an unknown keyword is an error
/// listing the valid ones, a missing required one an error naming it.
public struct Signature: Sendable {
    public struct Parameter: Sendable {
        public var name: String
        /// The default as shown in help (`"100"`, `"\"auto\""`); nil = required.
        public var defaultText: String?
        /// Accepted only as `name=value`.
        public var keywordOnly: Bool
        /// Other spellings accepted as keywords (`target_cost` for `target_loss`).
        public var aliases: [String]

        public init(_ name: String, default defaultText: String? = nil, keywordOnly: Bool = false, aliases: [String] = []) {
            self.name = name
            self.defaultText = defaultText
            self.keywordOnly = keywordOnly
            self.aliases = aliases
        }

        public var isRequired: Bool { defaultText == nil }
    }

    public var parameters: [Parameter]
    /// Name of a parameter collecting any further positional arguments
    /// (`print(a, b, c)`, `plot(h1, h2, h3)`); nil = no extras allowed.
    public var variadic: String?

    public init(_ parameters: [Parameter], variadic: String? = nil) {
        self.parameters = parameters
        self.variadic = variadic
    }

    /// Shorthand for all-required positional parameters: `Signature(["net", "x"])`.
    public init(_ names: [String], variadic: String? = nil) {
        self.init(names.map { Parameter($0) }, variadic: variadic)
    }
}

/// A call's arguments after binding to the signature: `arguments["epochs"]`
/// is the value given positionally or by keyword, or nil when omitted.
public struct Arguments {
    /// Bound values by parameter name (canonical names, not aliases).
    public var named: [String: Value]
    /// Extra positional values collected by `Signature.variadic`, in order.
    public var rest: [Value]
    /// How each bound parameter was given, so errors can point at it.
    public var origins: [String: ScriptError.ArgumentRef]
    /// Positions (0-based, in the call) of `rest`'s values.
    public var restPositions: [Int]

    public init(named: [String: Value] = [:], rest: [Value] = [], origins: [String: ScriptError.ArgumentRef] = [:], restPositions: [Int] = []) {
        self.named = named
        self.rest = rest
        self.origins = origins
        self.restPositions = restPositions
    }

    public subscript(name: String) -> Value? { named[name] }

    /// Where parameter `name` was given, for `ScriptError(argument:)`.
    public func origin(_ name: String) -> ScriptError.ArgumentRef? { origins[name] }
}

/// What a built-in may ask of the interpreter while it runs.
public protocol CallContext: AnyObject {
    /// Standard output.
    func write(_ text: String)
    /// A warning on stderr, pointing at the call.
    func warn(_ message: String)
    /// True once the user pressed Ctrl-C; long work checks it between steps
    /// and stops cleanly.
    var isInterrupted: Bool { get }
    /// Calls a function value (user `fn`, built-in, or callable native) with positional arguments.
    func call(_ function: Value, _ arguments: [Value]) throws(ScriptError) -> Value
    /// The folder relative paths resolve from (the script's, or the working folder).
    var directory: String { get }
    /// How values are drawn in this session.
    var renderOptions: RenderOptions { get }
    /// The name of the source being run (`lesson.nn`, `<repl>`).
    var sourceName: String { get }
}

/// The help a built-in prints for `help(name)`.
public struct Help: Sendable {
    /// `train(net, data, epochs=100, lr=0.1, …)`; nil = derived from the signature.
    public var signature: String?
    /// One line: what it does.
    public var summary: String
    /// The lecture concept it belongs to ("training", "backprop", "data"…),
    /// which groups the `help` overview.
    public var concept: String
    /// One or more lines of nn code a student can paste.
    public var example: String
    /// Longer explanation (parameters, rules); optional.
    public var details: String?

    public init(signature: String? = nil, summary: String, concept: String, example: String, details: String? = nil) {
        self.signature = signature
        self.summary = summary
        self.concept = concept
        self.example = example
        self.details = details
    }
}
