/// The limits of LANGUAGE.md §3, and helpers that check them with the
/// wording every built-in shares.
///
///     let epochs = try arguments["epochs"]?.wholeNumber(named: "epochs") ?? 100
///     try Limits.checkCount(Double(rows) * Double(columns), of: "tensor")
public enum Limits {
    /// Whole-number arguments (sizes, epochs, indices) must be at most 2^53,
    /// the largest range where every whole number is an exact double.
    public static let maxWholeNumber: Double = 9_007_199_254_740_992
    /// A list or tensor may hold at most 10^8 elements (800 MB of doubles);
    /// larger requests are refused before allocating.
    public static let maxElements = 100_000_000
    /// User calls may nest at most this deep; deeper is an error, not a crash.
    public static let maxCallDepth = 10_000

    /// Refuses a list or tensor of more than `maxElements` elements.
    public static func checkCount(_ count: Double, of what: String) throws(ScriptError) {
        if count.isNaN || count > Double(maxElements) {
            let unit = what == "string" ? "characters" : "elements"
            throw ScriptError("a \(what) of \(formatNumber(count.rounded(.up))) \(unit) is too large: at most \(maxElements) are allowed")
        }
    }
}

extension Value {
    /// This value as a whole number: an error naming `name` if it is not a
    /// number, not whole (nan, inf, 1.5) or beyond ±2^53.
    public func wholeNumber(named name: String) throws(ScriptError) -> Int {
        guard case .number(let x) = self else {
            throw ScriptError("\(name) must be a whole number, got \(article(typeName))")
        }
        guard x.isFinite, x == x.rounded() else {
            throw ScriptError("\(name) must be a whole number, got \(formatNumber(x))")
        }
        guard abs(x) <= Limits.maxWholeNumber else {
            throw ScriptError("\(name) must be at most 2^53 (9007199254740992), got \(formatNumber(x))")
        }
        return Int(x)
    }

    /// This value as a number, or an error naming `name`.
    public func number(named name: String) throws(ScriptError) -> Double {
        guard case .number(let x) = self else {
            throw ScriptError("\(name) must be a number, got \(article(typeName))")
        }
        return x
    }

    /// This value as a string, or an error naming `name`.
    public func string(named name: String) throws(ScriptError) -> String {
        guard case .string(let s) = self else {
            throw ScriptError("\(name) must be a string, got \(article(typeName))")
        }
        return s
    }

    /// This value as a bool, or an error naming `name`.
    public func bool(named name: String) throws(ScriptError) -> Bool {
        guard case .bool(let b) = self else {
            throw ScriptError("\(name) must be true or false, got \(article(typeName))")
        }
        return b
    }
}

/// The position an index selects among `count` elements, negative indices
/// counting from the end; errors name the index and the length.
///
///     let i = try resolveIndex(.number(-1), count: 3, of: "a list")   // 2
public func resolveIndex(_ index: Value, count: Int, of what: String) throws(ScriptError) -> Int {
    guard case .number(let x) = index else {
        throw ScriptError("an index must be a whole number, got \(article(index.typeName))")
    }
    guard x.isFinite, x == x.rounded() else {
        throw ScriptError("an index must be a whole number, got \(formatNumber(x))")
    }
    let resolved = x < 0 ? x + Double(count) : x
    guard resolved >= 0, resolved < Double(count) else {
        let valid = count == 0 ? "it is empty"
            : count == 1 ? "the only valid index is 0 (or -1)"
            : "valid indices are 0 to \(count - 1), or -\(count) to -1 from the end"
        throw ScriptError("index \(formatNumber(x)) is out of range for \(what) of \(count) \(count == 1 ? "element" : "elements")",
                          label: valid)
    }
    return Int(resolved)
}

/// "a number", "an activation": how errors name a value's type.
public func withArticle(_ typeName: String) -> String { article(typeName) }

/// The positions `xs[from:to]` selects among `count` elements, as Python's
/// slices do: a missing bound (`none`) is the start or the end, negative
/// bounds count from the end, and bounds beyond either end are clamped.
///
///     let r = try resolveSlice(.number(1), .none, count: 4)   // 1..<4
public func resolveSlice(_ from: Value, _ to: Value, count: Int) throws(ScriptError) -> Range<Int> {
    func bound(_ value: Value, default d: Int) throws(ScriptError) -> Int {
        if case .none = value { return d }
        guard case .number(let x) = value else {
            throw ScriptError("a slice bound must be a whole number, got \(article(value.typeName))")
        }
        guard x.isFinite, x == x.rounded() else {
            throw ScriptError("a slice bound must be a whole number, got \(formatNumber(x))")
        }
        let resolved = x < 0 ? x + Double(count) : x
        return Int(min(max(resolved, 0), Double(count)))
    }
    let lo = try bound(from, default: 0)
    let hi = try bound(to, default: count)
    return lo..<max(lo, hi)
}
