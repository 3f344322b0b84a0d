/// How a host (engine) value takes part in the language: printing, fields,
/// indexing, iteration and calls. Every requirement but `typeName` and
/// `render` has a default that throws a clear "x has no field y"-style error.
///
/// Natives are used as values: the setters return the updated value, which
/// the interpreter writes back along the assignment path
/// (`m[1][2] = 3` rebuilds row 1, then `m`). A reference-backed native (a
/// layer of a network) mutates its object and returns nil, meaning "changed
/// in place; nothing to write back".
public protocol NativeValue {
    /// What `type(x)` returns: "tensor", "network", "layer", "dataset",
    /// "history", "gradients", "record", "activation"…
    var typeName: String { get }

    /// The text an echo or `print` shows. Multi-line is fine; no trailing newline.
    func render(_ options: RenderOptions) -> String

    /// The form used inside a list (`split(d, 0.8)` echoes two datasets):
    /// by default the first line of `render` in angle brackets
    /// (`[<dataset xor: …>, <activation relu: …>]`), so a list stays readable.
    func renderInline(_ options: RenderOptions) -> String

    /// Field names, for `x.<TAB>` completion and "did you mean" suggestions.
    var fieldNames: [String] { get }
    func field(_ name: String) throws(ScriptError) -> Value
    func settingField(_ name: String, to value: Value) throws(ScriptError) -> Value?

    func element(at index: Value) throws(ScriptError) -> Value
    func settingElement(at index: Value, to value: Value) throws(ScriptError) -> Value?

    /// The values `for x in v` visits, and `len(v)`; nil when not iterable.
    func elements() -> [Value]?

    /// `v[from:to]` for the positions `resolveSlice` gives; by default an error.
    func slice(_ positions: Range<Int>) throws(ScriptError) -> Value
    /// How many positions a slice chooses among; nil when it cannot be sliced.
    var sliceCount: Int? { get }

    /// Natives that can be called like functions (activations, `derivative(f)`).
    var isCallable: Bool { get }
    func call(_ arguments: Arguments, _ context: any CallContext) throws(ScriptError) -> Value
}

extension NativeValue {
    public func renderInline(_ options: RenderOptions) -> String {
        let full = render(options)
        // A value that prints as a list (a tensor) reads as one inside a list.
        if full.hasPrefix("["), !full.contains("\n") { return full }
        var head = full[..<(full.firstIndex(of: "\n") ?? full.endIndex)]
        // A headline's side notes stand after a wide gap; inline, drop them.
        if let gap = head.range(of: "   ") { head = head[..<gap.lowerBound] }
        while head.last == " " { head = head.dropLast() }
        return "<\(head)>"
    }

    public var fieldNames: [String] { [] }

    public func field(_ name: String) throws(ScriptError) -> Value {
        throw ScriptError("a \(typeName) has no field '\(name)'")
    }

    public func settingField(_ name: String, to value: Value) throws(ScriptError) -> Value? {
        if fieldNames.contains(name) {
            throw ScriptError("the field '\(name)' of a \(typeName) cannot be assigned")
        }
        throw ScriptError("a \(typeName) has no field '\(name)'")
    }

    public func element(at index: Value) throws(ScriptError) -> Value {
        throw ScriptError("a \(typeName) cannot be indexed")
    }

    public func settingElement(at index: Value, to value: Value) throws(ScriptError) -> Value? {
        throw ScriptError("a \(typeName) cannot be indexed")
    }

    public func elements() -> [Value]? { nil }

    public var sliceCount: Int? { nil }

    public func slice(_ positions: Range<Int>) throws(ScriptError) -> Value {
        throw ScriptError("a \(typeName) cannot be sliced")
    }

    public var isCallable: Bool { false }

    public func call(_ arguments: Arguments, _ context: any CallContext) throws(ScriptError) -> Value {
        throw ScriptError("a \(typeName) cannot be called")
    }
}

/// How values are drawn: the terminal's width, whether Unicode and colour may
/// be used. The host sets these per session (`--ascii`, `--no-color`, `charset`).
public struct RenderOptions: Sendable {
    public var width: Int
    public var height: Int
    public var unicode: Bool
    public var color: Bool

    public init(width: Int = 72, height: Int = 18, unicode: Bool = true, color: Bool = false) {
        self.width = width
        self.height = height
        self.unicode = unicode
        self.color = color
    }
}

/// Arithmetic the language cannot do alone: anything involving a list of
/// numbers or a native (tensors), e.g. `[1, 2, 3] * 2`, `W @ x`, `-t`, `xs.T`.
/// The host returns nil when it has no meaning for the operands; the
/// interpreter then reports "cannot apply '+' to a list and a string".
public protocol OperatorHost: AnyObject {
    func binary(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value) throws(ScriptError) -> Value?
    func unary(_ op: UnaryOperator, _ operand: Value) throws(ScriptError) -> Value?
    /// `.T` (and other fields) on a non-native value such as a list of lists.
    func field(_ name: String, of value: Value) throws(ScriptError) -> Value?
}

public enum BinaryOperator: String, Sendable, CaseIterable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", modulo = "%"
    case power = "^", matmul = "@"
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
}

public enum UnaryOperator: String, Sendable {
    case negate = "-"
}
