/// Turns nn source text into tokens (LANGUAGE.md §1). It never fails: bad
/// characters, unclosed strings and bad escapes become diagnostics and the
/// scan goes on, so the parser can report everything at once.
///
///     let (tokens, errors) = Lexer(source).tokenize()
struct Lexer {
    private let source: SourceFile
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var offset = 0
    private var line = 1
    private var column = 1
    private var tokens: [Token] = []
    /// The '[' opened so far and not closed: a ':' inside is a slice, `xs[1:3]`, not a block.
    private var openBrackets = 0
    private var errors: [Diagnostic] = []

    init(_ source: SourceFile) {
        self.source = source
        self.scalars = Array(source.text.unicodeScalars)
    }

    mutating func tokenize() -> (tokens: [Token], errors: [Diagnostic]) {
        while index < scalars.count {
            scanToken()
        }
        let here = position
        if let last = tokens.last, last.kind != .newline {
            tokens.append(Token(kind: .newline, range: SourceRange(start: here, end: here)))
        }
        tokens.append(Token(kind: .end, range: SourceRange(start: here, end: here)))
        return (tokens, errors)
    }

    private var position: SourcePosition {
        SourcePosition(offset: offset, line: line, column: column)
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        let i = index + ahead
        return i < scalars.count ? scalars[i] : nil
    }

    private mutating func advance() {
        guard index < scalars.count else { return }
        let c = scalars[index]
        index += 1
        offset += c.utf8.count
        if c == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }

    private mutating func add(_ kind: TokenKind, from start: SourcePosition) {
        tokens.append(Token(kind: kind, range: SourceRange(start: start, end: position)))
        if kind == .symbol(.leftBracket) { openBrackets += 1 }
        if kind == .symbol(.rightBracket) { openBrackets = max(0, openBrackets - 1) }
    }

    private mutating func error(_ message: String, from start: SourcePosition, label: String? = nil) {
        // One error per line: the rest of a bad line is usually an echo of the first problem.
        if errors.last?.range?.start.line == start.line { return }
        errors.append(Diagnostic(.error, message, source: source, range: SourceRange(start: start, end: position), label: label))
    }

    /// A newline ends a statement unless the line so far ends with a binary
    /// operator, `,` or `=`; inside brackets the parser skips it.
    private var newlineEndsStatement: Bool {
        guard let last = tokens.last else { return false }
        switch last.kind {
        case .newline: return false
        case .symbol(let s): return !s.continuesLine
        case .keyword(.and), .keyword(.or), .keyword(.not): return false
        default: return true
        }
    }

    private mutating func scanToken() {
        guard let c = peek() else { return }
        let start = position
        switch c {
        case " ", "\t", "\r", "\u{FEFF}":
            advance()
        case "\n":
            advance()
            if newlineEndsStatement {
                add(.newline, from: start)
            }
        case "#":
            while let d = peek(), d != "\n" { advance() }
        case "\"":
            scanString()
        case "0"..."9":
            scanNumber()
        case ".":
            if let d = peek(1), ("0"..."9").contains(d) {
                scanNumber()
            } else {
                advance()
                add(.symbol(.dot), from: start)
            }
        default:
            if Lexer.isIdentifierStart(c) {
                scanIdentifier()
            } else {
                scanSymbol(c, from: start)
            }
        }
    }

    static func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || (c.properties.isAlphabetic && c != "\u{FFFD}")
    }

    static func isIdentifierContinue(_ c: Unicode.Scalar) -> Bool {
        if isIdentifierStart(c) { return true }
        switch c.properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark, .connectorPunctuation: return true
        default: return false
        }
    }

    private mutating func scanIdentifier() {
        let start = position
        var name = String.UnicodeScalarView()
        while let c = peek(), Lexer.isIdentifierContinue(c) {
            name.append(c)
            advance()
        }
        let text = String(name)
        if let keyword = Keyword(rawValue: text) {
            add(.keyword(keyword), from: start)
        } else {
            add(.identifier(text), from: start)
        }
    }

    private mutating func scanDigits(into text: inout String) -> Bool {
        var any = false
        while let d = peek(), ("0"..."9").contains(d) {
            text.unicodeScalars.append(d)
            advance()
            any = true
        }
        return any
    }

    /// Whether `e5`, `E-3`, `e+2` starts `ahead` scalars from here.
    private func exponentFollows(at ahead: Int) -> Bool {
        guard let e = peek(ahead), e == "e" || e == "E" else { return false }
        var next = ahead + 1
        if let sign = peek(next), sign == "+" || sign == "-" { next += 1 }
        return peek(next).map { ("0"..."9").contains($0) } ?? false
    }

    // number: digits ('.' digits?)? | '.' digits; then (e|E) (+|-)? digits
    private mutating func scanNumber() {
        let start = position
        var text = ""
        _ = scanDigits(into: &text)
        if peek() == ".", let d = peek(1), ("0"..."9").contains(d) {
            text += "."
            advance()
            _ = scanDigits(into: &text)
        } else if !text.isEmpty, peek() == ".",
                  peek(1).map({ !Lexer.isIdentifierStart($0) && $0 != "." }) ?? true || exponentFollows(at: 1) {
            // `1.` and `1.e5` as Python and NumPy users write them (`[1., 2.]`); `1.T` stays a field.
            advance()
        }
        if let e = peek(), e == "e" || e == "E" {
            var ahead = 1
            if let sign = peek(1), sign == "+" || sign == "-" { ahead = 2 }
            if let d = peek(ahead), ("0"..."9").contains(d) {
                text += "e"
                advance()
                if ahead == 2, let sign = peek() {
                    text.unicodeScalars.append(sign)
                    advance()
                }
                _ = scanDigits(into: &text)
            }
        }
        if text.hasPrefix(".") { text = "0" + text }
        add(.number(Double(text) ?? .infinity), from: start)
        if let c = peek(), Lexer.isIdentifierStart(c) {
            let letterStart = position
            advance()
            error("expected an operator or the end of the statement after the number \(text), found '\(Character(c))'", from: letterStart,
                  label: "for a product, write \(text) * \(Character(c))")
            while let c = peek(), Lexer.isIdentifierContinue(c) { advance() }
        }
    }

    private mutating func scanString() {
        let start = position
        advance()
        var value = ""
        while true {
            guard let c = peek(), c != "\n" else {
                error("unclosed string: expected '\"' before the end of the line", from: start,
                      label: "this string is never closed")
                add(.string(value), from: start)
                return
            }
            if c == "\"" {
                advance()
                break
            }
            if c == "\\" {
                let escapeStart = position
                advance()
                switch peek() {
                case "n": value += "\n"; advance()
                case "t": value += "\t"; advance()
                case "\"": value += "\""; advance()
                case "\\": value += "\\"; advance()
                case let other?:
                    if other != "\n" { advance() }
                    error("unknown escape '\\\(other == "\n" ? "" : String(Character(other)))' in a string: expected \\n, \\t, \\\" or \\\\", from: escapeStart)
                case nil:
                    break
                }
                continue
            }
            value.unicodeScalars.append(c)
            advance()
        }
        add(.string(value), from: start)
    }

    private mutating func scanSymbol(_ c: Unicode.Scalar, from start: SourcePosition) {
        let two: String = {
            guard let d = peek(1) else { return "" }
            var s = String.UnicodeScalarView()
            s.append(c)
            s.append(d)
            return String(s)
        }()
        if let symbol = Symbol(rawValue: two), two.count == 2 {
            advance(); advance()
            add(.symbol(symbol), from: start)
            return
        }
        if let symbol = Symbol(rawValue: String(Character(c))), symbol != .colon || openBrackets > 0 {
            advance()
            add(.symbol(symbol), from: start)
            return
        }
        advance()
        if c == "\u{FFFD}" {
            error("invalid UTF-8 in the source (or the character U+FFFD)", from: start)
        } else if c == "!" {
            error("unexpected '!': use 'not' for negation, or '!=' for not-equal", from: start)
        } else if c == "'" {
            error("unexpected \"'\": strings use double quotes, \"like this\"", from: start)
        } else if c == ":" {
            error("unexpected ':': blocks use braces, as in 'if x > 0 { … }'", from: start)
        } else if c == "&" || c == "|" {
            error("unexpected '\(Character(c))': use 'and' / 'or'", from: start)
        } else if let hint = Lexer.lookalikes[c] ?? Lexer.digitHint(c) {
            error("unexpected character '\(Character(c))'", from: start, label: hint)
        } else {
            let hex = String(c.value, radix: 16, uppercase: true)
            let isInvisible = c.properties.generalCategory == .control || c.properties.generalCategory == .format
            let shown = isInvisible ? "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex : String(Character(c))
            error("unexpected character '\(shown)'", from: start)
        }
    }
}
