extension Lexer {
    /// Characters an Arabic keyboard, a word processor or lecture slides put
    /// where nn expects ASCII, and what to type instead.
    static let lookalikes: [Unicode.Scalar: String] = [
        "\u{066B}": "write the decimal point as '.', as in 2.5",
        "\u{060C}": "separate with an ASCII ',' (switch the keyboard to English)",
        "\u{061B}": "end statements with an ASCII ';' or a new line",
        "\u{061F}": "nn has no '?'",
        "\u{201C}": "strings use straight double quotes, \"like this\"",
        "\u{201D}": "strings use straight double quotes, \"like this\"",
        "\u{00D7}": "multiply with '*'",
        "\u{22C5}": "multiply with '*' (or '@' for the matrix product)",
        "\u{00F7}": "divide with '/'",
        "\u{2212}": "write minus as an ASCII '-'",
        "\u{2013}": "write minus as an ASCII '-'",
        "\u{00B2}": "write powers with '^', as in x ^ 2",
        "\u{00B3}": "write powers with '^', as in x ^ 3",
        "\u{2264}": "write '<='",
        "\u{2265}": "write '>='",
        "\u{2260}": "write '!='",
    ]

    /// Arabic-Indic digits (٠١٢٣ and the Persian ۰۱۲۳) are not numbers in nn.
    static func digitHint(_ c: Unicode.Scalar) -> String? {
        let base: UInt32
        switch c.value {
        case 0x0660...0x0669: base = 0x0660
        case 0x06F0...0x06F9: base = 0x06F0
        default: return nil
        }
        return "write numbers with the digits 0-9: \(c.value - base) for '\(Character(c))'"
    }
}
