import Foundation

/// Reads a CSV value as a number, exactly and strictly.
///
///     DecimalNumber.parse("1e-3")   // 0.001
///     DecimalNumber.parse("3,5")    // nil: not silently 3
///
/// Accepted, with spaces around it ignored: an optional sign, digits with an
/// optional decimal point (`3`, `-0.5`, `.5`, `5.`), an optional exponent
/// (`1e-3`, `2.5E+4`); the nearest double, as Swift's correctly rounded
/// conversion gives it. As in Python's `float`, the digits may be any
/// Unicode decimal digits (`٣.٥` is 3.5; the point must be `.`). Refused: empty
/// text, thousands separators or decimal commas, hexadecimal, and the words
/// `nan` and `inf`: in a data file they almost always mean a missing or
/// broken measurement, which would otherwise poison training silently. A
/// value too large for a double (`1e999`) is refused too.
public enum DecimalNumber {
    public static func parse(_ text: String) -> Double? {
        let text = asciiDigits(trimmed(text))
        guard isDecimal(text.utf8) else { return nil }
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// `text` without spaces or tabs around it (a quoted field keeps them).
    static func trimmed(_ text: String) -> String {
        let u = text.utf8
        guard let first = u.first, let last = u.last else { return text }
        func blank(_ c: UInt8) -> Bool { c == 32 || c == 9 }
        guard blank(first) || blank(last) else { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// `text` with every Unicode decimal digit (Arabic-Indic `٣`, Persian
    /// `۳`, …) replaced by its ASCII digit, as Python's `float("٣.٥")` reads them.
    static func asciiDigits(_ text: String) -> String {
        // The usual field is ASCII: a byte scan, without decoding scalars.
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if !scalar.isASCII, scalar.properties.numericType == .decimal,
               let digit = scalar.properties.numericValue, digit >= 0, digit <= 9 {
                result.append(Unicode.Scalar(48 + UInt8(digit)))
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// The grammar: [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?
    static func isDecimal(_ s: String.UTF8View) -> Bool {
        var i = s.startIndex
        let end = s.endIndex
        func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
        if i < end, s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") { i = s.index(after: i) }
        var mantissaDigits = 0
        while i < end, isDigit(s[i]) { mantissaDigits += 1; i = s.index(after: i) }
        if i < end, s[i] == UInt8(ascii: ".") {
            i = s.index(after: i)
            while i < end, isDigit(s[i]) { mantissaDigits += 1; i = s.index(after: i) }
        }
        guard mantissaDigits > 0 else { return false }
        if i < end, s[i] == UInt8(ascii: "e") || s[i] == UInt8(ascii: "E") {
            i = s.index(after: i)
            if i < end, s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") { i = s.index(after: i) }
            var exponentDigits = 0
            while i < end, isDigit(s[i]) { exponentDigits += 1; i = s.index(after: i) }
            guard exponentDigits > 0 else { return false }
        }
        return i == end
    }
}
