import Language

/// A value-like native: a vector of numbers with a writable element and a
/// `size` field. Setters return the updated value (value semantics).
struct TestVector: NativeValue {
    var items: [Double]

    var typeName: String { "tensor" }
    func render(_ options: RenderOptions) -> String { "vec" + Value.list(items.map(Value.number)).render(options) }
    var fieldNames: [String] { ["size", "first"] }

    func field(_ name: String) throws(ScriptError) -> Value {
        switch name {
        case "size": return .number(Double(items.count))
        case "first": return items.first.map(Value.number) ?? .none
        default: throw ScriptError("a tensor has no field '\(name)'")
        }
    }

    func settingField(_ name: String, to value: Value) throws(ScriptError) -> Value? {
        guard name == "first", case .number(let x) = value, !items.isEmpty else {
            throw ScriptError("the field '\(name)' of a tensor cannot be assigned")
        }
        var copy = self
        copy.items[0] = x
        return .native(copy)
    }

    func element(at index: Value) throws(ScriptError) -> Value {
        .number(items[try resolveIndex(index, count: items.count, of: "a vector")])
    }

    func settingElement(at index: Value, to value: Value) throws(ScriptError) -> Value? {
        let x = try value.number(named: "a tensor element")
        var copy = self
        copy.items[try resolveIndex(index, count: items.count, of: "a vector")] = x
        return .native(copy)
    }

    func elements() -> [Value]? { items.map(Value.number) }
}

/// A reference-backed native: a "layer" whose `W` lives in a shared box, so
/// setting it changes the object in place (the setter returns nil).
final class TestLayer: NativeValue {
    var weights: TestVector

    init(_ weights: [Double]) { self.weights = TestVector(items: weights) }

    var typeName: String { "layer" }
    func render(_ options: RenderOptions) -> String { "layer" }
    var fieldNames: [String] { ["W"] }

    func field(_ name: String) throws(ScriptError) -> Value {
        guard name == "W" else { throw ScriptError("a layer has no field '\(name)'") }
        return .native(weights)
    }

    func settingField(_ name: String, to value: Value) throws(ScriptError) -> Value? {
        guard name == "W", case .native(let v as TestVector) = value else {
            throw ScriptError("W must be a tensor of \(weights.items.count) numbers, got \(withArticle(value.typeName))")
        }
        guard v.items.count == weights.items.count else {
            throw ScriptError("W must have \(weights.items.count) elements, got \(v.items.count)")
        }
        weights = v
        return nil
    }
}

/// A callable native, like an activation: doubles a number.
struct TestActivation: NativeValue {
    var typeName: String { "activation" }
    func render(_ options: RenderOptions) -> String { "activation double" }
    var isCallable: Bool { true }

    func call(_ arguments: Arguments, _ context: any CallContext) throws(ScriptError) -> Value {
        guard arguments.rest.count == 1, case .number(let x) = arguments.rest[0] else {
            throw ScriptError("double expects one number", argument: .position(0))
        }
        return .number(2 * x)
    }
}
