/// The text of a number as LANGUAGE.md §2 prints it: the shortest decimal
/// that reads back to the same double, in Python's `repr` layout (plain
/// digits from 1e-4 up to 1e16, exponent form outside), whole numbers
/// without a decimal point.
///
///     formatNumber(3)        // "3"
///     formatNumber(0.1)      // "0.1"
///     formatNumber(-2.5e-9)  // "-2.5e-09"
///     formatNumber(1e16)     // "1e+16"
public func formatNumber(_ x: Double) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    if x == 0 { return x.sign == .minus ? "-0" : "0" }
    let (digits, exponent) = shortestDigits(abs(x))
    let sign = x < 0 ? "-" : ""
    // `exponent` is the power of ten of the first digit.
    if exponent < -4 || exponent >= 16 {
        var mantissa = String(digits.prefix(1))
        if digits.count > 1 { mantissa += "." + digits.dropFirst() }
        let e = abs(exponent)
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (e < 10 ? "0" : "") + String(e)
    }
    if exponent < 0 {
        return sign + "0." + String(repeating: "0", count: -exponent - 1) + digits
    }
    let integerCount = exponent + 1
    if digits.count <= integerCount {
        return sign + digits + String(repeating: "0", count: integerCount - digits.count)
    }
    return sign + digits.prefix(integerCount) + "." + digits.dropFirst(integerCount)
}

/// The significant digits (no leading or trailing zeros) of a finite positive
/// double's shortest round-trip form, and the decimal exponent of the first.
/// Swift's `description` already finds the shortest digits; only its layout differs.
private func shortestDigits(_ x: Double) -> (String, Int) {
    let text = x.description
    var mantissa = Substring(text)
    var exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
        mantissa = text[..<e]
        exponent = Int(text[text.index(after: e)...]) ?? 0
    }
    let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
    let integerPart = parts.first.map(String.init) ?? ""
    let fractionPart = parts.count > 1 ? String(parts[1]) : ""
    var all = integerPart + fractionPart
    // Exponent of the first character of `all`.
    var firstExponent = exponent + integerPart.count - 1
    while all.hasPrefix("0") {
        all.removeFirst()
        firstExponent -= 1
    }
    while all.hasSuffix("0") { all.removeLast() }
    return (all.isEmpty ? "0" : all, firstExponent)
}
