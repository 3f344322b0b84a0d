import Language

/// A tiny stand-in for the host's tensor arithmetic: element-wise
/// arithmetic on lists of numbers (and nested lists), with a scalar
/// broadcast, and `.T` of a list of lists. Enough to test delegation.
final class ListOperators: OperatorHost {
    func binary(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value) throws(ScriptError) -> Value? {
        switch (lhs, rhs) {
        case (.number(let a), .number(let b)):
            return apply(op, a, b)
        case (.list(let xs), .number):
            var out: [Value] = []
            for x in xs {
                guard let v = try binary(op, x, rhs) else { return nil }
                out.append(v)
            }
            return .list(out)
        case (.number, .list(let ys)):
            var out: [Value] = []
            for y in ys {
                guard let v = try binary(op, lhs, y) else { return nil }
                out.append(v)
            }
            return .list(out)
        case (.list(let xs), .list(let ys)):
            guard xs.count == ys.count else {
                throw ScriptError("cannot combine lists of \(xs.count) and \(ys.count) elements")
            }
            var out: [Value] = []
            for (x, y) in zip(xs, ys) {
                guard let v = try binary(op, x, y) else { return nil }
                out.append(v)
            }
            return .list(out)
        default:
            return nil
        }
    }

    private func apply(_ op: BinaryOperator, _ a: Double, _ b: Double) -> Value? {
        switch op {
        case .add: .number(a + b)
        case .subtract: .number(a - b)
        case .multiply: .number(a * b)
        case .divide: .number(a / b)
        case .less: .number(a < b ? 1 : 0)
        case .greater: .number(a > b ? 1 : 0)
        case .equal: .number(a == b ? 1 : 0)
        default: nil
        }
    }

    func unary(_ op: UnaryOperator, _ operand: Value) throws(ScriptError) -> Value? {
        guard case .list(let xs) = operand else { return nil }
        var out: [Value] = []
        for x in xs {
            switch x {
            case .number(let a): out.append(.number(-a))
            default:
                guard let v = try unary(op, x) else { return nil }
                out.append(v)
            }
        }
        return .list(out)
    }

    func field(_ name: String, of value: Value) throws(ScriptError) -> Value? {
        guard name == "T", case .list(let rows) = value else { return nil }
        var matrix: [[Value]] = []
        for row in rows {
            guard case .list(let items) = row else { return value }
            matrix.append(items)
        }
        guard let width = matrix.first?.count else { return value }
        return .list((0..<width).map { j in .list(matrix.map { j < $0.count ? $0[j] : .none }) })
    }
}
