import Language
import NeuralEngine

/// The language's arithmetic on lists and tensors (LANGUAGE.md §3):
/// element-wise `+ - * / % ^` and comparisons with broadcasting, the matrix
/// product `@`, unary minus, and `.T` / `.shape` on lists that spell tensors.
/// The engine does the math; this class maps values to tensors and back.
///
///     session.interpreter.operators = TensorOperators()
final class TensorOperators: OperatorHost {
    /// An operand once lists are read as tensors.
    private enum Operand {
        case number(Double)
        case tensor(Tensor)
    }

    func binary(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value) throws(ScriptError) -> Value? {
        if op == .equal || op == .notEqual, let same = Self.sameObject(lhs, rhs) {
            return .bool(same == (op == .equal))
        }
        let a: Operand?, b: Operand?
        do {
            a = try operand(lhs, side: "left", op)
            b = try operand(rhs, side: "right", op)
        } catch {
            // Lists that are not tensors (`["a"] == ["a"]`, `[1, "a"] == 3`) compare as
            // whole values, as in Python; lists of numbers compare element by element (§3).
            if op == .equal || op == .notEqual { return nil }
            throw error
        }
        guard let a, let b else { return nil }
        if op == .matmul { return try matmul(a, b) }
        guard let elementwise = ElementwiseOperator(rawValue: op.rawValue) else { return nil }
        switch (a, b) {
        case let (.number(x), .number(y)):
            // Normally the interpreter's own business; kept consistent in case it asks.
            let result = elementwise.apply(x, y)
            return Self.comparisons.contains(op) ? .bool(result == 1) : .number(result)
        case let (.tensor(t), .number(y)):
            return .tensor(Tensor.combine(t, scalar: y, elementwise))
        case let (.number(x), .tensor(t)):
            return .tensor(Tensor.combine(t, scalar: x, elementwise, scalarFirst: true))
        case let (.tensor(s), .tensor(t)):
            do {
                return .tensor(try Tensor.combine(s, t, elementwise))
            } catch {
                throw ScriptError(error.message)
            }
        }
    }

    /// `==` on activations and networks, as Python compares objects:
    /// `net.layers[1].activation == relu`, `n2 == n1` after `n2 = n1` (the same
    /// network), but not `copy(n1) == n1`. Nil for other values.
    private static func sameObject(_ lhs: Value, _ rhs: Value) -> Bool? {
        guard case .native(let x) = lhs, case .native(let y) = rhs else { return nil }
        switch (x, y) {
        case let (f as ActivationValue, g as ActivationValue):
            return f.activation == g.activation && f.role == g.role
        case let (m as NetworkValue, n as NetworkValue):
            return m.network === n.network
        case let (k as LayerValue, l as LayerValue):
            guard case .attached(let m, let i) = k.source, case .attached(let n, let j) = l.source else { return nil }
            return m === n && i == j
        default:
            return nil
        }
    }

    private static let comparisons: Set<BinaryOperator> = [.equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual]

    func unary(_ op: UnaryOperator, _ operand: Value) throws(ScriptError) -> Value? {
        switch try self.operand(operand, side: "", nil) {
        case .number(let x): return .number(-x)
        case .tensor(let t): return .tensor(-t)
        case nil: return nil
        }
    }

    /// `.T`, `.shape`, `.rows`, `.cols`, `.size` of a list that spells a tensor.
    func field(_ name: String, of value: Value) throws(ScriptError) -> Value? {
        guard case .list = value, TensorValue(Tensor([])).fieldNames.contains(name) else { return nil }
        return try TensorValue(value.toTensor("the list")).field(name)
    }

    private func matmul(_ a: Operand, _ b: Operand) throws(ScriptError) -> Value {
        guard case .tensor(let s) = a, case .tensor(let t) = b else {
            throw ScriptError("'@' is the matrix product of two tensors; to multiply by a number use '*'")
        }
        do {
            if s.isVector && t.isVector { return .number(try Tensor.dot(s, t)) }
            return .tensor(try Tensor.matmul(s, t))
        } catch {
            throw ScriptError(error.message)
        }
    }

    /// Numbers and tensors pass; a list must spell a tensor (an error if it
    /// almost does); anything else is not ours (nil).
    private func operand(_ value: Value, side: String, _ op: BinaryOperator?) throws(ScriptError) -> Operand? {
        switch value {
        case .number(let x):
            return .number(x)
        case .list:
            let name = op.map { "the \(side) side of '\($0.rawValue)'" } ?? "the operand of '-'"
            return .tensor(try value.toTensor(name))
        case .native(let n as TensorValue):
            return .tensor(n.tensor)
        default:
            return nil
        }
    }
}
