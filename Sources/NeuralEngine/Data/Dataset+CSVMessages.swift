import Foundation

/// How CSV errors quote a value and say why it is not a number.
extension Dataset {
    /// A value as an error message quotes it: escaped like a string of the
    /// language, and cut short so a stray paragraph does not fill the screen.
    static func shown(_ text: String) -> String {
        var escaped = ""
        for c in text.unicodeScalars {
            switch c {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            default: escaped.unicodeScalars.append(c)
            }
        }
        if escaped.count > 40 { escaped = String(escaped.prefix(37)) + "…" }
        return "\"" + escaped + "\""
    }

    /// Why a feature value is refused, with a hint for the usual culprits.
    static func notANumber(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return "the value is empty: every feature needs a number" }
        let lower = trimmed.lowercased()
        if ["nan", "-nan", "+nan", "inf", "-inf", "+inf", "infinity", "-infinity", "+infinity", "na", "n/a", "null", "none", "?"].contains(lower) {
            return "\(shown(text)) is not a number: fill in or remove the missing or infinite values"
        }
        // A decimal comma, or the Arabic decimal separator ٫, where a point belongs.
        if text.contains(",") || text.contains("\u{066B}"),
           DecimalNumber.parse(text.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: "\u{066B}", with: ".")) != nil {
            return "\(shown(text)) is not a number: write decimals with a point and no thousands separators"
        }
        // A typographic minus (−, from a document or a web page) where "-" belongs.
        if text.contains("\u{2212}"), DecimalNumber.parse(text.replacingOccurrences(of: "\u{2212}", with: "-")) != nil {
            return "\(shown(text)) is not a number: write the minus sign as \"-\""
        }
        if DecimalNumber.isDecimal(DecimalNumber.asciiDigits(trimmed).utf8) {
            return "\(shown(text)) is too large for a 64-bit number"
        }
        return "\(shown(text)) is not a number"
    }
}
