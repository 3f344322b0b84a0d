/// One lexical token of nn source, with the range it covers.
///
///     Lexer(source).tokenize().tokens   // [.identifier("x"), .symbol(.assign), .number(1), .newline, .end]
struct Token {
    var kind: TokenKind
    var range: SourceRange
}

/// The closed set of token kinds (LANGUAGE.md §1).
enum TokenKind: Equatable {
    case identifier(String)
    case number(Double)
    case string(String)
    case keyword(Keyword)
    case symbol(Symbol)
    /// The end of a line (consecutive blank and comment lines collapse into one).
    case newline
    case end

    /// How an error names this token: `'x'`, `'+'`, `the end of the line`.
    var described: String {
        switch self {
        case .identifier(let name): "'\(name)'"
        case .number(let x): "the number \(formatNumber(x))"
        case .string: "a string"
        case .keyword(let k): "'\(k.rawValue)'"
        case .symbol(let s): "'\(s.rawValue)'"
        case .newline: "the end of the line"
        case .end: "the end of the input"
        }
    }
}

enum Keyword: String, CaseIterable {
    case `if`, `else`, `for`, `in`, `while`, `fn`, `return`, `break`, `continue`
    case `true`, `false`, `none`, `and`, `or`, `not`
}

enum Symbol: String, CaseIterable {
    case leftParen = "(", rightParen = ")", leftBracket = "[", rightBracket = "]"
    case leftBrace = "{", rightBrace = "}"
    case comma = ",", dot = ".", semicolon = ";", assign = "=", colon = ":"
    case plus = "+", minus = "-", star = "*", slash = "/", percent = "%", caret = "^", at = "@"
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="

    /// After these a newline does not end the statement (LANGUAGE.md §1).
    var continuesLine: Bool {
        switch self {
        case .comma, .assign, .plus, .minus, .star, .slash, .percent, .caret, .at,
             .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
            true
        default:
            false
        }
    }
}
