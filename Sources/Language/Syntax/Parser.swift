/// Recursive-descent parser from tokens to statements. It recovers at
/// statement boundaries, so one pass reports every syntax error of a script.
///
///     var parser = Parser(source)
///     let program = parser.parseProgram()   // parser.errors holds the diagnostics
struct Parser {
    /// Thrown after the diagnostic is recorded; the statement loop catches it
    /// and resynchronizes.
    struct Failure: Error {}

    /// How deep brackets, blocks and prefix operators may nest. Parsing
    /// recurses, so `((((…` 100,000 deep must stop long before the stack does.
    static let maxNesting = 200
    /// How deep an expression tree may be (long `a + b + c …` chains build
    /// deep trees without recursing in the parser; evaluation does recurse).
    static let maxExpressionDepth = 3_000
    /// After this many errors the rest are likely echoes of the first ones.
    static let maxErrors = 50

    let source: SourceFile
    var tokens: [Token]
    var current = 0
    var errors: [Diagnostic] = []
    /// Whether a newline ends the statement in the innermost context:
    /// false inside `( )` and `[ ]`, true at statement level and in blocks.
    var newlinesMatter: [Bool] = [true]
    var nesting = 0
    var loopDepth = 0
    var functionDepth = 0
    /// The index of the token the statement being parsed starts with.
    var statementStart = 0

    init(_ source: SourceFile) {
        self.source = source
        var lexer = Lexer(source)
        let (tokens, lexErrors) = lexer.tokenize()
        self.tokens = tokens
        self.errors = lexErrors
    }

    // program: statement*
    mutating func parseProgram() -> [Stmt] {
        var statements: [Stmt] = []
        while true {
            skipSeparators()
            let token = peek()
            if token.kind == .end { break }
            if token.kind == .symbol(.rightBrace) {
                record("unexpected '}': there is no open block to close", at: token.range)
                advance()
                continue
            }
            if errors.count >= Parser.maxErrors {
                stopReporting(at: token.range)
                break
            }
            if let statement = parseStatementRecovering() {
                statements.append(statement)
            }
        }
        return statements
    }

    /// Keeps the first `maxErrors` errors in source order and says where
    /// checking stopped, so a student knows more may follow.
    mutating func stopReporting(at stop: SourceRange) {
        errors.sort { ($0.range?.start.offset ?? 0) < ($1.range?.start.offset ?? 0) }
        var at = stop
        if errors.count > Parser.maxErrors, let first = errors[Parser.maxErrors].range {
            at = first
            errors.removeLast(errors.count - Parser.maxErrors)
        }
        errors.append(Diagnostic(.error, "stopped after \(errors.count) errors; fix these and run the script again",
                                 source: source, range: at, label: "not checked from here on"))
    }

    mutating func parseStatementRecovering() -> Stmt? {
        let start = current
        statementStart = current
        let contexts = newlinesMatter.count
        do {
            return try parseStatement()
        } catch {
            newlinesMatter.removeLast(newlinesMatter.count - contexts)
            synchronize()
            if current == start {
                advance()
                skipToStatementEnd()
            }
            return nil
        }
    }

    /// Skips to the start of the next statement: past the next newline or `;`
    /// outside nested braces, or up to the `}` closing the current block.
    /// An error found at the first token of a new line (a bracket left open
    /// on the line before) resumes right there.
    mutating func synchronize() {
        if current > 0, current < tokens.count,
           tokens[current - 1].kind == .newline, tokens[current].kind != .newline,
           !lineClosesUnopenedBracket(from: current) {
            return
        }
        skipToStatementEnd()
    }

    /// Whether the line starting at `index` closes a `(` or `[` it never
    /// opened (`2]` after `x = [1`): it is the rest of the broken statement,
    /// not a new one.
    func lineClosesUnopenedBracket(from index: Int) -> Bool {
        var depth = 0
        var i = index
        while i < tokens.count {
            switch tokens[i].kind {
            case .newline, .end: return false
            case .symbol(.leftParen), .symbol(.leftBracket): depth += 1
            case .symbol(.rightParen), .symbol(.rightBracket):
                depth -= 1
                if depth < 0 { return true }
            default: break
            }
            i += 1
        }
        return false
    }

    mutating func skipToStatementEnd() {
        var braces = 0
        while current < tokens.count {
            switch tokens[current].kind {
            case .end:
                return
            case .newline, .symbol(.semicolon):
                if braces == 0 {
                    current += 1
                    return
                }
            case .symbol(.leftBrace):
                braces += 1
            case .symbol(.rightBrace):
                if braces == 0 { return }
                braces -= 1
            default:
                break
            }
            current += 1
        }
    }

    // MARK: - Tokens

    /// The next token, skipping newlines inside brackets.
    mutating func peek() -> Token {
        if newlinesMatter.last == false {
            while current < tokens.count - 1, tokens[current].kind == .newline { current += 1 }
        }
        return tokens[min(current, tokens.count - 1)]
    }

    /// The token after the next one, as written (newlines included).
    func peekRaw(_ ahead: Int) -> Token {
        tokens[min(current + ahead, tokens.count - 1)]
    }

    var previous: Token { tokens[max(current - 1, 0)] }

    /// The last token consumed that is not a newline.
    var lastWritten: Token {
        var i = current - 1
        while i > 0, tokens[i].kind == .newline { i -= 1 }
        return tokens[max(i, 0)]
    }

    @discardableResult
    mutating func advance() -> Token {
        let token = peek()
        if current < tokens.count - 1 { current += 1 }
        return token
    }

    mutating func check(_ symbol: Symbol) -> Bool { peek().kind == .symbol(symbol) }
    mutating func check(_ keyword: Keyword) -> Bool { peek().kind == .keyword(keyword) }

    mutating func match(_ symbol: Symbol) -> Bool {
        guard check(symbol) else { return false }
        advance()
        return true
    }

    mutating func match(_ keyword: Keyword) -> Bool {
        guard check(keyword) else { return false }
        advance()
        return true
    }

    mutating func skipNewlines() {
        while tokens[current].kind == .newline, current < tokens.count - 1 { current += 1 }
    }

    mutating func skipSeparators() {
        while current < tokens.count - 1,
              tokens[current].kind == .newline || tokens[current].kind == .symbol(.semicolon) {
            current += 1
        }
    }

    // MARK: - Errors

    mutating func record(_ message: String, at range: SourceRange, label: String? = nil) {
        // One error per line: a second one on the same line is almost always an echo of the first.
        if errors.contains(where: { $0.range?.start.line == range.start.line }) { return }
        errors.append(Diagnostic(.error, message, source: source, range: range, label: label))
    }

    /// Records an error about the next token ("expected X, found Y") and throws.
    /// When the next token starts a new line, the caret goes at the end of the
    /// line before: that is where something is missing.
    mutating func fail(_ expected: String, label: String? = nil) -> Failure {
        let token = peek()
        let before = lastWritten
        // A token that opens a statement (`+ 2` on its own line) is itself the problem.
        let opensStatement = current == statementStart
        if current > 0, !opensStatement, token.range.start.line > before.range.end.line || token.kind == .newline {
            let end = before.range.end
            let at = token.kind == .newline ? token.range : SourceRange(start: end, end: end)
            record(expected, at: at, label: label ?? "found the end of the line")
        } else {
            record(expected, at: token.range, label: label ?? "found \(token.kind.described)")
        }
        return Failure()
    }

    mutating func expect(_ symbol: Symbol, _ message: @autoclosure () -> String) throws(Failure) -> Token {
        guard check(symbol) else { throw fail(message()) }
        return advance()
    }

    static func at(_ position: SourcePosition) -> String { "\(position.line):\(position.column)" }

    // MARK: - Nesting

    mutating func enter(_ range: SourceRange) throws(Failure) {
        nesting += 1
        if nesting > Parser.maxNesting {
            record("this is nested too deeply: at most \(Parser.maxNesting) levels of brackets, blocks and operators", at: range)
            throw Failure()
        }
    }

    mutating func leave() { nesting -= 1 }

    /// Builds an expression node, refusing trees too deep to evaluate.
    mutating func make(_ kind: ExprKind, _ range: SourceRange) throws(Failure) -> Expr {
        let expr = Expr(kind, range)
        if expr.depth > Parser.maxExpressionDepth {
            record("this expression is too long: it nests more than \(Parser.maxExpressionDepth) operations", at: range)
            throw Failure()
        }
        return expr
    }
}
