import Language
import NeuralEngine

/// Reads a built-in's arguments with one wording for every family's errors
/// (`train: epochs must be a positive whole number, got -5`), each error
/// pointing at the argument it is about.
///
///     let a = args.reader("train")
///     let epochs = try a.wholeNumber("epochs", positive: true)
///     let x = try a.tensor("x")
///     let loss = try a.choice("loss", among: ["auto", "mse", "bce"])
struct ArgumentReader {
    let args: Arguments
    /// The built-in's name, which starts every message.
    let function: String

    init(_ args: Arguments, _ function: String) {
        self.args = args
        self.function = function
    }

    /// An error about argument `name`, prefixed with the function's name.
    func error(_ name: String, _ message: String, label: String? = nil) -> ScriptError {
        ScriptError("\(function): \(message)", argument: args.origin(name), label: label)
    }

    /// The value given for `name`; nil when omitted or given as `none`.
    func value(_ name: String) -> Value? {
        guard let v = args[name], !v.isNone else { return nil }
        return v
    }

    /// A required argument (the binder already rejects missing ones; this is the safety net).
    func required(_ name: String) throws(ScriptError) -> Value {
        guard let v = args[name] else { throw error(name, "missing argument '\(name)'") }
        return v
    }

    // MARK: tensors

    /// A tensor, a list of numbers (a vector) or a rectangular list of lists (a matrix).
    func tensor(_ name: String) throws(ScriptError) -> Tensor {
        let v = try required(name)
        do {
            return try v.toTensor(name)
        } catch {
            throw self.error(name, error.message)
        }
    }

    func optionalTensor(_ name: String) throws(ScriptError) -> Tensor? {
        guard value(name) != nil else { return nil }
        return try tensor(name)
    }

    // MARK: numbers

    func number(_ name: String) throws(ScriptError) -> Double {
        let v = try required(name)
        guard case .number(let x) = v else {
            throw error(name, "\(name) must be a number, got \(v.shortDescription)")
        }
        return x
    }

    func optionalNumber(_ name: String) throws(ScriptError) -> Double? {
        guard value(name) != nil else { return nil }
        return try number(name)
    }

    func number(_ name: String, default fallback: Double) throws(ScriptError) -> Double {
        try optionalNumber(name) ?? fallback
    }

    /// A whole number (epochs, sizes, counts) no larger than 2^53 in size;
    /// `positive` demands at least 1, `nonNegative` at least 0.
    func wholeNumber(_ name: String, positive: Bool = false, nonNegative: Bool = false) throws(ScriptError) -> Int {
        let v = try required(name)
        let kind = positive ? "a positive whole number" : nonNegative ? "a whole number >= 0" : "a whole number"
        guard case .number(let x) = v, let n = Value.wholeInt(x) else {
            throw error(name, "\(name) must be \(kind), got \(v.shortDescription)")
        }
        if (positive && n < 1) || (nonNegative && n < 0) {
            throw error(name, "\(name) must be \(kind), got \(v.shortDescription)")
        }
        return n
    }

    func optionalWholeNumber(_ name: String, positive: Bool = false, nonNegative: Bool = false) throws(ScriptError) -> Int? {
        guard value(name) != nil else { return nil }
        return try wholeNumber(name, positive: positive, nonNegative: nonNegative)
    }

    // MARK: strings, bools, choices

    func string(_ name: String) throws(ScriptError) -> String {
        let v = try required(name)
        guard case .string(let s) = v else {
            throw error(name, "\(name) must be a string, got \(v.shortDescription)")
        }
        return s
    }

    func optionalString(_ name: String) throws(ScriptError) -> String? {
        guard value(name) != nil else { return nil }
        return try string(name)
    }

    func bool(_ name: String) throws(ScriptError) -> Bool {
        let v = try required(name)
        guard case .bool(let b) = v else {
            throw error(name, "\(name) must be true or false, got \(v.shortDescription)")
        }
        return b
    }

    func bool(_ name: String, default fallback: Bool) throws(ScriptError) -> Bool {
        guard value(name) != nil else { return fallback }
        return try bool(name)
    }

    /// One of a closed set of strings (`loss="mse"`), suggesting the closest on a typo.
    func choice(_ name: String, among choices: [String]) throws(ScriptError) -> String {
        let v = try required(name)
        let list = choices.map { "\"\($0)\"" }.joined(separator: ", ")
        guard case .string(let s) = v else {
            throw error(name, "\(name) must be one of \(list), got \(v.shortDescription)")
        }
        guard choices.contains(s) else {
            var message = "\(name) must be one of \(list), got \"\(s)\""
            if let close = Suggestion.closest(to: s, among: choices) { message += " — did you mean \"\(close)\"?" }
            throw error(name, message)
        }
        return s
    }

    func optionalChoice(_ name: String, among choices: [String]) throws(ScriptError) -> String? {
        guard value(name) != nil else { return nil }
        return try choice(name, among: choices)
    }

    // MARK: natives

    /// A native of type `T`; `expected` names it for the error ("a network").
    func native<T: NativeValue>(_ name: String, _ type: T.Type, expected: String) throws(ScriptError) -> T {
        let v = try required(name)
        guard case .native(let n) = v, let t = n as? T else {
            throw error(name, "\(name) must be \(expected), got \(v.shortDescription)")
        }
        return t
    }

    /// Where the i-th extra positional argument (`Signature.variadic`) was given.
    func restOrigin(_ i: Int) -> ScriptError.ArgumentRef? {
        i < args.restPositions.count ? .position(args.restPositions[i]) : nil
    }
}

extension Arguments {
    /// An `ArgumentReader` for the built-in `function`.
    func reader(_ function: String) -> ArgumentReader { ArgumentReader(self, function) }
}

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

/// "Did you mean" suggestions by edit distance.
enum Suggestion {
    /// The candidate closest to `word`, if close enough to be a likely typo.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let limit = max(1, min(3, word.count / 3 + 1))
        var best: (String, Int)?
        for c in candidates {
            let d = distance(word.lowercased(), c.lowercased())
            if d <= limit, d < (best?.1 ?? Int.max) { best = (c, d) }
        }
        return best?.0
    }

    /// Damerau–Levenshtein (optimal string alignment) distance: a swap of two
    /// neighbours ("trian") counts as one edit.
    static func distance(_ a: String, _ b: String) -> Int {
        let s = Array(a), t = Array(b)
        if s.isEmpty { return t.count }
        if t.isEmpty { return s.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: t.count + 1), count: s.count + 1)
        for i in 0...s.count { d[i][0] = i }
        for j in 0...t.count { d[0][j] = j }
        for i in 1...s.count {
            for j in 1...t.count {
                let cost = s[i - 1] == t[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, s[i - 1] == t[j - 2], s[i - 2] == t[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[s.count][t.count]
    }
}
