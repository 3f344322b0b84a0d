/// A value of the nn language (LANGUAGE.md §2).
///
/// Numbers, strings, bools, lists and tensors behave as values: assignment
/// copies. Engine objects (tensors, networks, datasets, histories,
/// activations…) enter through the one `.native` case; the host defines them.
public enum Value {
    case number(Double)
    case string(String)
    case bool(Bool)
    case none
    case list([Value])
    // The two wide payloads (a built-in's signature and help; an existential
    // native) are boxed so a Value stays 3 words: a list of 10^8 numbers
    // (LANGUAGE.md §3) then takes 2.4 GB, not seven times that.
    /// A user `fn` (with its closure) or a host built-in.
    indirect case function(Function)
    indirect case native(any NativeValue)
}

/// Something callable by name: a user-defined `fn` or a host built-in.
public enum Function {
    case user(UserFunction)
    case builtin(Builtin)

    public var name: String {
        switch self {
        case .user(let f): f.name
        case .builtin(let b): b.name
        }
    }
}

/// A user function: its declaration and the environment it closes over.
/// The interpreter defines the contents; the host only passes it around
/// (and calls it back through `CallContext.call`).
public final class UserFunction {
    public let name: String
    public let parameters: [String]
    /// Opaque to the host: the interpreter's declaration node and closure.
    public let payload: AnyObject

    public init(name: String, parameters: [String], payload: AnyObject) {
        self.name = name
        self.parameters = parameters
        self.payload = payload
    }
}

extension Value {
    /// The name `type(x)` returns: "number", "string", "bool", "none",
    /// "list", "function", or the native value's own (`"tensor"`, `"network"`…).
    public var typeName: String {
        switch self {
        case .number: "number"
        case .string: "string"
        case .bool: "bool"
        case .none: "none"
        case .list: "list"
        case .function: "function"
        case .native(let n): n.typeName
        }
    }

    public var isNone: Bool {
        if case .none = self { return true }
        return false
    }
}
