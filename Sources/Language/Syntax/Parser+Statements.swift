extension Parser {
    // statement: if | for | while | fn | return | break | continue
    //          | name (',' name)+ '=' expr | command | expr ('=' expr)?
    mutating func parseStatement() throws(Failure) -> Stmt {
        let token = peek()
        let first = current
        let statement: Stmt
        switch token.kind {
        case .keyword(.if): statement = try parseIf()
        case .keyword(.for): statement = try parseFor()
        case .keyword(.while): statement = try parseWhile()
        case .keyword(.fn): statement = try parseFunction()
        case .keyword(.return): statement = try parseReturn()
        case .keyword(.break), .keyword(.continue):
            advance()
            let isBreak = token.kind == .keyword(.break)
            if loopDepth == 0 {
                record("'\(isBreak ? "break" : "continue")' outside a loop: it must stand inside 'for' or 'while'", at: token.range)
            }
            statement = Stmt(kind: isBreak ? .break : .continue, range: token.range)
        case .keyword(.else):
            record("'else' without 'if': it must follow the '}' of an 'if' block on the same line", at: token.range)
            throw Failure()
        case .identifier("def") where isCommandStart(peekRaw(1).kind),
             .identifier("fun"), .identifier("func"), .identifier("function")
                where peekRaw(2).kind == .symbol(.leftParen) && Parser.isName(peekRaw(1).kind):
            record("functions are defined with 'fn', as in 'fn square(x) { return x * x }'", at: token.range)
            throw Failure()
        case .identifier(let name) where peekRaw(1).kind == .symbol(.comma):
            statement = try parseDestructuring(first: name, token.range)
        case .identifier where isCommandStart(peekRaw(1).kind):
            statement = try parseCommand()
        default:
            statement = try parseExpressionOrAssignment()
        }
        try expectStatementEnd(startingAt: first)
        return statement
    }

    /// A name followed on the same line by one of these is a command (§3).
    func isCommandStart(_ kind: TokenKind) -> Bool {
        switch kind {
        case .identifier, .number, .string, .keyword(.true), .keyword(.false), .keyword(.none): true
        default: false
        }
    }

    mutating func expectStatementEnd(startingAt first: Int) throws(Failure) {
        switch peek().kind {
        case .newline, .symbol(.semicolon): advance()
        case .end, .symbol(.rightBrace): break
        case .identifier("elif"):
            throw fail("expected the end of the statement (a new line or ';')", label: "write 'else if'")
        default:
            throw fail("expected the end of the statement (a new line or ';')", label: keywordTypo(inStatementAt: first))
        }
    }

    static func isName(_ kind: TokenKind) -> Bool {
        if case .identifier = kind { return true }
        return false
    }

    /// "did you mean 'for'?" when a misspelt keyword made a statement read as
    /// a command (`fro i in xs {`, `whiel x < 3 {`) or `}` is followed by a
    /// misspelt `else`.
    mutating func keywordTypo(inStatementAt first: Int) -> String? {
        let found = peek()
        if case .identifier(let word) = found.kind, previous.kind == .symbol(.rightBrace),
           closestName(to: word, among: ["else"]) != nil {
            return "found '\(word)': did you mean 'else'?"
        }
        // `h = train net, xor`: command syntax is for a whole statement only.
        if case .identifier(let name) = previous.kind, isCommandStart(found.kind), current - 1 > first,
           previous.range.end.line == found.range.start.line {
            return "found \(found.kind.described): a command without parentheses works only at the start of a statement; here write \(name)(…)"
        }
        guard found.kind == .symbol(.leftBrace) || found.kind == .keyword(.in),
              first < tokens.count, case .identifier(let name) = tokens[first].kind,
              let keyword = closestName(to: name, among: ["if", "for", "while"]) else { return nil }
        return "found \(found.kind.described): did you mean '\(keyword)' at \(Parser.at(tokens[first].range.start))?"
    }

    // command: name argument (',' argument)*
    mutating func parseCommand() throws(Failure) -> Stmt {
        let nameToken = advance()
        guard case .identifier(let name) = nameToken.kind else { throw fail("expected a name") }
        let callee = Expr(.name(name), nameToken.range)
        var arguments: [Argument] = []
        repeat {
            skipNewlines()
            arguments.append(try parseArgument(after: arguments))
            if isCommandStart(peek().kind) {
                throw fail("expected ',' between the arguments of '\(name)'")
            }
        } while match(.comma)
        let range = nameToken.range.union(arguments.last?.range ?? nameToken.range)
        let call = try make(.call(callee, arguments), range)
        return Stmt(kind: .expression(call, isCommand: true), range: range)
    }

    mutating func parseExpressionOrAssignment() throws(Failure) -> Stmt {
        let target = try parseExpression()
        guard check(.assign) else {
            return Stmt(kind: .expression(target, isCommand: false), range: target.range)
        }
        let equals = advance()
        switch target.kind {
        case .name, .index, .field:
            break
        case .binary(.equal, _, _):
            record("cannot assign here", at: equals.range)
            throw Failure()
        default:
            record("cannot assign to this: expected a name, an index or a field before '='", at: target.range)
            throw Failure()
        }
        skipNewlines()
        let value = try parseExpression()
        return Stmt(kind: .assign(target, value), range: target.range.union(value.range))
    }

    // destructuring: name (',' name)+ '=' expr
    mutating func parseDestructuring(first: String, _ firstRange: SourceRange) throws(Failure) -> Stmt {
        advance()
        var names = [(name: first, range: firstRange)]
        while match(.comma) {
            skipNewlines()
            let token = peek()
            guard case .identifier(let name) = token.kind else {
                throw fail("expected a name to assign to: destructuring takes names only, as in 'a, b = split(d, 0.8)'")
            }
            advance()
            if names.contains(where: { $0.name == name }) {
                record("the name '\(name)' appears twice on the left of '='", at: token.range)
            }
            names.append((name, token.range))
        }
        if check(.leftBracket) || check(.dot) {
            throw fail("destructuring assigns to names only, as in 'a, b = split(d, 0.8)'")
        }
        _ = try expect(.assign, "expected '=' after the names to assign, as in 'a, b = split(d, 0.8)'")
        skipNewlines()
        let value = try parseExpression()
        return Stmt(kind: .destructure(names, value), range: firstRange.union(value.range))
    }

    // block: '{' statement* '}'
    mutating func parseBlock(of owner: String) throws(Failure) -> [Stmt] {
        skipNewlines()
        let open = peek()
        guard open.kind == .symbol(.leftBrace) else {
            let label: String? = check(.assign) ? "use '==' to compare" : nil
            throw fail("expected '{' to start the block of '\(owner)'", label: label)
        }
        try enter(open.range)
        defer { leave() }
        advance()
        newlinesMatter.append(true)
        defer { newlinesMatter.removeLast() }
        var body: [Stmt] = []
        while true {
            skipSeparators()
            let token = peek()
            if token.kind == .symbol(.rightBrace) {
                advance()
                return body
            }
            if token.kind == .end {
                let end = lastWritten.range.end
                record("expected '}' to close the block opened at \(Parser.at(open.range.start))",
                       at: SourceRange(start: end, end: end), label: "the input ends here")
                throw Failure()
            }
            if errors.count >= Parser.maxErrors { throw Failure() }
            if let statement = parseStatementRecovering() {
                body.append(statement)
            }
        }
    }

    // if: 'if' expr block ('else' (if | block))?
    mutating func parseIf() throws(Failure) -> Stmt {
        let start = advance().range
        var branches: [(condition: Expr, body: [Stmt])] = []
        var elseBody: [Stmt]?
        let condition = try parseExpression()
        branches.append((condition, try parseBlock(of: "if")))
        while true {
            if !check(.else) {
                // `}` newline `else`: report, then read it as meant.
                guard peekRaw(0).kind == .newline, peekRaw(1).kind == .keyword(.else) else { break }
                advance()
                record("'else' must stand on the same line as the '}' before it", at: peek().range)
            }
            advance()
            if match(.if) {
                let condition = try parseExpression()
                branches.append((condition, try parseBlock(of: "if")))
            } else {
                elseBody = try parseBlock(of: "else")
                break
            }
        }
        return Stmt(kind: .if(branches, elseBody: elseBody), range: start.union(previous.range))
    }

    // for: 'for' name 'in' expr block
    mutating func parseFor() throws(Failure) -> Stmt {
        let start = advance().range
        let nameToken = peek()
        guard case .identifier(let name) = nameToken.kind else {
            throw fail("expected a name after 'for', as in 'for x in xs { … }'")
        }
        advance()
        guard match(.in) else { throw fail("expected 'in' after 'for \(name)'") }
        let sequence = try parseExpression()
        loopDepth += 1
        defer { loopDepth -= 1 }
        let body = try parseBlock(of: "for")
        return Stmt(kind: .for(name: name, nameRange: nameToken.range, sequence: sequence, body: body),
                    range: start.union(previous.range))
    }

    // while: 'while' expr block
    mutating func parseWhile() throws(Failure) -> Stmt {
        let start = advance().range
        let condition = try parseExpression()
        loopDepth += 1
        defer { loopDepth -= 1 }
        let body = try parseBlock(of: "while")
        return Stmt(kind: .while(condition, body), range: start.union(previous.range))
    }

    // fn: 'fn' name '(' (name (',' name)*)? ')' block
    mutating func parseFunction() throws(Failure) -> Stmt {
        let start = advance().range
        let nameToken = peek()
        guard case .identifier(let name) = nameToken.kind else {
            throw fail("expected the function's name after 'fn', as in 'fn square(x) { return x * x }'")
        }
        advance()
        let open = try expect(.leftParen, "expected '(' after 'fn \(name)' to list its parameters")
        newlinesMatter.append(false)
        var parameters: [String] = []
        if !check(.rightParen) {
            repeat {
                let token = peek()
                guard case .identifier(let parameter) = token.kind else {
                    newlinesMatter.removeLast()
                    throw fail("expected a parameter name")
                }
                advance()
                if parameters.contains(parameter) {
                    record("the parameter '\(parameter)' appears twice", at: token.range)
                }
                parameters.append(parameter)
            } while match(.comma)
        }
        guard check(.rightParen) else {
            let error = fail("expected ')' to close the parameters opened at \(Parser.at(open.range.start))")
            newlinesMatter.removeLast()
            throw error
        }
        advance()
        newlinesMatter.removeLast()
        let savedLoops = loopDepth
        loopDepth = 0
        functionDepth += 1
        defer {
            loopDepth = savedLoops
            functionDepth -= 1
        }
        let body = try parseBlock(of: "fn \(name)")
        let decl = FunctionDecl(name: name, nameRange: nameToken.range, parameters: parameters, body: body)
        return Stmt(kind: .function(decl), range: start.union(previous.range))
    }

    // return: 'return' expr?
    mutating func parseReturn() throws(Failure) -> Stmt {
        let token = advance()
        if functionDepth == 0 {
            record("'return' outside a function", at: token.range)
        }
        switch peek().kind {
        case .newline, .end, .symbol(.semicolon), .symbol(.rightBrace):
            return Stmt(kind: .return(nil), range: token.range)
        default:
            let value = try parseExpression()
            return Stmt(kind: .return(value), range: token.range.union(value.range))
        }
    }
}
