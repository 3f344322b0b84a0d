import Language
import NeuralEngine

/// Reading script values as tensors, whole numbers and indices, and naming
/// them in errors ("got a 2×3 matrix"). Shared by every built-in family.
extension Value {
    /// The largest whole number a script may use as a count or an index
    /// (LANGUAGE.md §3): beyond 2^53 doubles skip integers.
    static let maxWhole = 9_007_199_254_740_992.0

    /// `x` as an Int when it is whole and within ±2^53; nil otherwise (nan, inf, 2.5).
    static func wholeInt(_ x: Double) -> Int? {
        guard x.isFinite, x == x.rounded(), abs(x) <= maxWhole else { return nil }
        return Int(x)
    }

    /// How an error shows the value it found: numbers, bools and short
    /// strings by value, anything else by kind and size.
    var shortDescription: String {
        switch self {
        case .number(let x): return numberText(x)
        case .string(let s): return s.count <= 30 ? "\"\(s)\"" : "a string"
        case .bool(let b): return b ? "true" : "false"
        case .none: return "none"
        case .list(let items): return items.count == 1 ? "a list of 1 item" : "a list of \(items.count) items"
        case .function(let f): return "the function \(f.name)"
        case .native(let n):
            if let t = n as? TensorValue { return t.tensor.kindDescription }
            let name = n.typeName
            return (["a", "e", "i", "o", "u"].contains(name.first.map(String.init) ?? "") ? "an " : "a ") + name
        }
    }

    /// An index into something of `count` elements: whole, negative counting
    /// from the end. `what` names the thing for the error ("a vector of 3").
    func index(into count: Int, of what: String) throws(ScriptError) -> Int {
        guard case .number(let x) = self else {
            throw ScriptError("an index must be a whole number, got \(shortDescription)")
        }
        guard let i = Value.wholeInt(x) else {
            throw ScriptError("an index must be a whole number, got \(numberText(x))")
        }
        let resolved = i < 0 ? i + count : i
        guard resolved >= 0, resolved < count else {
            let valid = count == 0 ? "it is empty" : "valid indices are 0 to \(count - 1), or -\(count) to -1"
            throw ScriptError("index \(i) is out of range for \(what): \(valid)")
        }
        return resolved
    }

    /// The tensor this value is or spells: a tensor, a list of numbers (a
    /// vector) or a rectangular list of equal-length lists of numbers (a
    /// matrix). `name` names the value in the error.
    func toTensor(_ name: String) throws(ScriptError) -> Tensor {
        switch self {
        case .native(let n):
            if let t = n as? TensorValue { return t.tensor }
        case .number:
            throw ScriptError("\(name) must be a tensor (a list of numbers or a list of equal-length lists), got the number \(shortDescription)")
        case .list(let items):
            return try Value.tensor(fromList: items, name)
        default:
            break
        }
        throw ScriptError("\(name) must be a tensor (a list of numbers or a list of equal-length lists), got \(shortDescription)")
    }

    /// The tensor, or nil when this value is not one and does not spell one.
    var asTensor: Tensor? {
        if let t = tensorNative { return t }
        guard case .list(let items) = self else { return nil }
        return try? Value.tensor(fromList: items, "")
    }

    private static func tensor(fromList items: [Value], _ name: String) throws(ScriptError) -> Tensor {
        guard items.count <= Tensor.maxElements else {
            throw ScriptError("\(name) has \(items.count) elements, more than the limit of \(Tensor.maxElements)")
        }
        if items.isEmpty { return Tensor([]) }
        if case .number = items[0] {
            var values: [Double] = []
            values.reserveCapacity(items.count)
            for (i, item) in items.enumerated() {
                guard case .number(let x) = item else {
                    throw ScriptError("\(name) must be a list of numbers, but item \(i) is \(item.shortDescription)")
                }
                values.append(x)
            }
            return Tensor(values)
        }
        var rows: [Double] = []
        var cols = -1
        for (i, item) in items.enumerated() {
            let row: [Double]
            switch item {
            case .list(let inner):
                var r: [Double] = []
                r.reserveCapacity(inner.count)
                for (j, x) in inner.enumerated() {
                    guard case .number(let v) = x else {
                        throw ScriptError("\(name) must hold numbers, but row \(i) item \(j) is \(x.shortDescription)")
                    }
                    r.append(v)
                }
                row = r
            case .native(let n as TensorValue) where n.tensor.isVector:
                row = n.tensor.storage
            default:
                throw ScriptError("\(name) must be a list of numbers or a list of lists, but item \(i) is \(item.shortDescription)")
            }
            if cols < 0 { cols = row.count }
            guard row.count == cols else {
                throw ScriptError("\(name) must be rectangular: row 0 has \(cols) numbers, row \(i) has \(row.count)")
            }
            guard rows.count + row.count <= Tensor.maxElements else {
                throw ScriptError("\(name) has more than the limit of \(Tensor.maxElements) elements")
            }
            rows += row
        }
        return Tensor(rows: items.count, cols: max(cols, 0), rows)
    }
}

extension Tensor {
    /// "a vector of 3", "a 2×3 matrix", for error messages.
    var kindDescription: String {
        isVector ? "a vector of \(count)" : "a \(shapeDescription) matrix"
    }
}
