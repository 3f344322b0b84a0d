import Foundation

extension Interpreter {
    /// Numbers, strings and bools are handled here; everything else (lists,
    /// tensors) goes to the host's `operators`.
    func binary(_ op: BinaryOperator, _ a: Value, _ b: Value, range: SourceRange) throws(Unwind) -> Value {
        switch (a, b) {
        case (.number(let x), .number(let y)) where op != .matmul:
            return Interpreter.arithmetic(op, x, y)
        case (.string(let x), .string(let y)):
            switch op {
            case .add:
                return .string(x + y)
            case .equal: return .bool(x == y)
            case .notEqual: return .bool(x != y)
            case .less: return .bool(x < y)
            case .lessEqual: return .bool(x <= y)
            case .greater: return .bool(x > y)
            case .greaterEqual: return .bool(x >= y)
            default: break
            }
        case (.string(let s), .number(let n)) where op == .multiply,
             (.number(let n), .string(let s)) where op == .multiply:
            return try repeated(s, n, range: range)
        case (.bool(let x), .bool(let y)):
            if op == .equal { return .bool(x == y) }
            if op == .notEqual { return .bool(x != y) }
        default:
            break
        }
        if op == .equal || op == .notEqual, a.isNone || b.isNone {
            return .bool((a.isNone && b.isNone) == (op == .equal))
        }
        if let host = operators {
            do {
                if let result = try host.binary(op, a, b) { return result }
            } catch {
                throw failure(error, at: range)
            }
        }
        if op == .equal || op == .notEqual, let same = Interpreter.plainEqual(a, b) {
            return .bool(same == (op == .equal))
        }
        var label: String? = (a.typeName == "string" || b.typeName == "string") && op == .add
            ? "to show text and a number together, write print(\"cost\", x), or join them: \"cost \" + str(x)" : nil
        if case .function(let f) = a {
            label = "\(f.name) is a function: to call it, write \(f.name)(…)"
        }
        throw failure("cannot apply '\(op.rawValue)' to \(article(a.typeName)) and \(article(b.typeName))", at: range, label: label)
    }

    /// IEEE arithmetic; `%` floored like Python's.
    static func arithmetic(_ op: BinaryOperator, _ x: Double, _ y: Double) -> Value {
        switch op {
        case .add: .number(x + y)
        case .subtract: .number(x - y)
        case .multiply: .number(x * y)
        case .divide: .number(x / y)
        case .modulo: .number(floorMod(x, y))
        case .power: .number(pow(x, y))
        case .matmul: .number(x * y)
        case .equal: .bool(x == y)
        case .notEqual: .bool(x != y)
        case .less: .bool(x < y)
        case .lessEqual: .bool(x <= y)
        case .greater: .bool(x > y)
        case .greaterEqual: .bool(x >= y)
        }
    }

    static func floorMod(_ x: Double, _ y: Double) -> Double {
        let r = fmod(x, y)
        if r != 0, (r < 0) != (y < 0) { return r + y }
        // Python: a zero remainder takes the divisor's sign (-0.0 % 3 is 0.0).
        return r == 0 ? copysign(0, y) : r
    }

    /// Equality of values no operator host claimed: different kinds are
    /// unequal; lists compare item by item; functions by identity.
    static func plainEqual(_ a: Value, _ b: Value) -> Bool? {
        switch (a, b) {
        case (.number(let x), .number(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.none, .none): return true
        case (.list, .list):
            // A work list, not recursion: lists nested a million deep must
            // compare without exhausting the stack.
            var pending: [(Value, Value)] = [(a, b)]
            while let (x, y) = pending.popLast() {
                if case .list(let xs) = x, case .list(let ys) = y {
                    guard xs.count == ys.count else { return false }
                    pending.append(contentsOf: zip(xs, ys).reversed())
                } else {
                    guard let same = plainEqual(x, y) else { return nil }
                    if !same { return false }
                }
            }
            return true
        case (.function(.user(let f)), .function(.user(let g))): return f === g
        case (.function(.builtin(let f)), .function(.builtin(let g))): return f.name == g.name
        case (.native(let x), .native(let y)) where type(of: x) is AnyClass && type(of: y) is AnyClass:
            // Objects (networks, layers) are equal only to themselves.
            return (x as AnyObject) === (y as AnyObject)
        case (.native, _), (_, .native): return a.typeName == b.typeName ? nil : false
        default: return false
        }
    }

    private func repeated(_ s: String, _ n: Double, range: SourceRange) throws(Unwind) -> Value {
        do {
            let times = try Value.number(n).wholeNumber(named: "the repeat count")
            try Limits.checkCount(Double(s.count) * Double(max(times, 0)), of: "string")
            return .string(String(repeating: s, count: max(times, 0)))
        } catch {
            throw failure(error, at: range)
        }
    }

    func negate(_ value: Value, range: SourceRange) throws(Unwind) -> Value {
        if case .number(let x) = value { return .number(-x) }
        if let host = operators {
            do {
                if let result = try host.unary(.negate, value) { return result }
            } catch {
                throw failure(error, at: range)
            }
        }
        throw failure("cannot apply '-' to \(article(value.typeName))", at: range)
    }
}
