extension Parser {
    // expression: or
    mutating func parseExpression() throws(Failure) -> Expr {
        try enter(peek().range)
        defer { leave() }
        return try parseOr()
    }

    // or: and ('or' and)*
    mutating func parseOr() throws(Failure) -> Expr {
        var left = try parseAnd()
        while match(.or) {
            skipNewlines()
            let right = try parseAnd()
            left = try make(.or(left, right), left.range.union(right.range))
        }
        return left
    }

    // and: not ('and' not)*
    mutating func parseAnd() throws(Failure) -> Expr {
        var left = try parseNot()
        while match(.and) {
            skipNewlines()
            let right = try parseNot()
            left = try make(.and(left, right), left.range.union(right.range))
        }
        return left
    }

    // not: 'not' not | comparison
    mutating func parseNot() throws(Failure) -> Expr {
        guard check(.not) else { return try parseComparison() }
        let token = advance()
        try enter(token.range)
        defer { leave() }
        skipNewlines()
        let operand = try parseNot()
        return try make(.not(operand), token.range.union(operand.range))
    }

    static let comparisons: [Symbol: BinaryOperator] = [
        .equal: .equal, .notEqual: .notEqual, .less: .less,
        .lessEqual: .lessEqual, .greater: .greater, .greaterEqual: .greaterEqual,
    ]

    // comparison: additive (('==' | '!=' | '<' | '<=' | '>' | '>=') additive)?   (not chained)
    mutating func parseComparison() throws(Failure) -> Expr {
        let left = try parseAdditive()
        guard case .symbol(let symbol) = peek().kind, let op = Parser.comparisons[symbol] else { return left }
        advance()
        skipNewlines()
        let right = try parseAdditive()
        if case .symbol(let next) = peek().kind, Parser.comparisons[next] != nil {
            throw fail("comparisons cannot be chained: write 'a \(symbol.rawValue) b and b \(next.rawValue) c'",
                       label: "a second comparison")
        }
        return try make(.binary(op, left, right), left.range.union(right.range))
    }

    // additive: multiplicative (('+' | '-') multiplicative)*
    mutating func parseAdditive() throws(Failure) -> Expr {
        var left = try parseMultiplicative()
        while true {
            let op: BinaryOperator
            switch peek().kind {
            case .symbol(.plus): op = .add
            case .symbol(.minus): op = .subtract
            default: return left
            }
            advance()
            if check(.assign) || (op == .add && check(.plus)) {
                let written = op.rawValue + (check(.assign) ? "=" : "+")
                throw fail("expected an expression after '\(op.rawValue)'",
                           label: "nn has no '\(written)': write x = x \(op.rawValue) 1")
            }
            skipNewlines()
            let right = try parseMultiplicative()
            left = try make(.binary(op, left, right), left.range.union(right.range))
        }
    }

    // multiplicative: unary (('*' | '/' | '%' | '@') unary)*
    mutating func parseMultiplicative() throws(Failure) -> Expr {
        var left = try parseUnary()
        while true {
            let op: BinaryOperator
            switch peek().kind {
            case .symbol(.star): op = .multiply
            case .symbol(.slash): op = .divide
            case .symbol(.percent): op = .modulo
            case .symbol(.at): op = .matmul
            default: return left
            }
            advance()
            skipNewlines()
            if op == .multiply, check(.star) {
                throw fail("'**' is not an operator: write powers with '^', as in 2 ^ 3")
            }
            if op == .divide, check(.slash) {
                throw fail("'//' is not an operator: for the whole part of a quotient write floor(a / b)")
            }
            let right = try parseUnary()
            left = try make(.binary(op, left, right), left.range.union(right.range))
        }
    }

    // unary: '-' unary | power
    mutating func parseUnary() throws(Failure) -> Expr {
        guard check(.minus) else { return try parsePower() }
        let token = advance()
        try enter(token.range)
        defer { leave() }
        skipNewlines()
        let operand = try parseUnary()
        return try make(.negate(operand), token.range.union(operand.range))
    }

    // power: postfix ('^' unary)?      (right-associative; `2 ^ -1` allowed)
    mutating func parsePower() throws(Failure) -> Expr {
        let base = try parsePostfix()
        guard match(.caret) else { return base }
        try enter(previous.range)
        defer { leave() }
        skipNewlines()
        let exponent = try parseUnary()
        return try make(.binary(.power, base, exponent), base.range.union(exponent.range))
    }

    // postfix: primary ('(' arguments ')' | '[' expr ']' | '.' name)*
    mutating func parsePostfix() throws(Failure) -> Expr {
        var expr = try parsePrimary()
        while true {
            let token = peek()
            switch token.kind {
            case .symbol(.leftParen):
                advance()
                newlinesMatter.append(false)
                defer { newlinesMatter.removeLast() }
                var arguments: [Argument] = []
                while !check(.rightParen) {
                    arguments.append(try parseArgument(after: arguments))
                    if !match(.comma) { break }
                }
                guard check(.rightParen) else {
                    throw fail("expected ')' to close the call opened at \(Parser.at(token.range.start))")
                }
                let close = advance()
                expr = try make(.call(expr, arguments), expr.range.union(close.range))
            case .symbol(.leftBracket):
                advance()
                newlinesMatter.append(false)
                defer { newlinesMatter.removeLast() }
                let from = check(.colon) ? nil : try parseExpression()
                if match(.colon) {
                    let to = check(.rightBracket) ? nil : try parseExpression()
                    guard check(.rightBracket) else {
                        throw fail("expected ']' to close the slice opened at \(Parser.at(token.range.start))",
                                   label: check(.colon) ? "a slice has no step in nn: xs[from:to]" : nil)
                    }
                    let close = advance()
                    expr = try make(.slice(expr, from, to), expr.range.union(close.range))
                    continue
                }
                guard let index = from else { throw fail("expected an index") }
                guard check(.rightBracket) else {
                    var label: String?
                    if check(.comma), case .name(let name) = expr.kind {
                        label = "an index is one number; to pass a list, write \(name)([…])"
                    }
                    throw fail("expected ']' to close the index opened at \(Parser.at(token.range.start))", label: label)
                }
                let close = advance()
                expr = try make(.index(expr, index), expr.range.union(close.range))
            case .symbol(.dot):
                advance()
                let nameToken = peek()
                let name: String
                switch nameToken.kind {
                case .identifier(let n): name = n
                case .keyword(let k): name = k.rawValue
                default: throw fail("expected a field name after '.'")
                }
                advance()
                expr = try make(.field(expr, name), expr.range.union(nameToken.range))
            default:
                return expr
            }
        }
    }

    // argument: (name '=')? expr
    mutating func parseArgument(after earlier: [Argument]) throws(Failure) -> Argument {
        let token = peek()
        if case .identifier(let label) = token.kind, peekRaw(1).kind == .symbol(.assign) {
            advance()
            advance()
            skipNewlines()
            let value = try parseExpression()
            if earlier.contains(where: { $0.label == label }) {
                record("the argument '\(label)' is given twice", at: token.range)
            }
            return Argument(label: label, value: value, range: token.range.union(value.range))
        }
        let value = try parseExpression()
        if let keyword = earlier.last(where: { $0.label != nil }) {
            record("a positional argument cannot follow the keyword argument '\(keyword.label ?? "")'", at: value.range)
        }
        return Argument(label: nil, value: value, range: value.range)
    }

    // primary: number | string | 'true' | 'false' | 'none' | name | '(' expr ')' | '[' (expr (',' expr)* ','?)? ']'
    mutating func parsePrimary() throws(Failure) -> Expr {
        let token = peek()
        switch token.kind {
        case .number(let x):
            advance()
            return Expr(.number(x), token.range)
        case .string(let s):
            advance()
            return Expr(.string(s), token.range)
        case .keyword(.true):
            advance()
            return Expr(.bool(true), token.range)
        case .keyword(.false):
            advance()
            return Expr(.bool(false), token.range)
        case .keyword(.none):
            advance()
            return Expr(.none, token.range)
        case .identifier(let name):
            advance()
            return Expr(.name(name), token.range)
        case .symbol(.leftParen):
            advance()
            newlinesMatter.append(false)
            defer { newlinesMatter.removeLast() }
            let inner = try parseExpression()
            guard check(.rightParen) else {
                throw fail("expected ')' to close the '(' opened at \(Parser.at(token.range.start))")
            }
            let close = advance()
            var expr = inner
            expr.range = token.range.union(close.range)
            return expr
        case .symbol(.leftBracket):
            advance()
            newlinesMatter.append(false)
            defer { newlinesMatter.removeLast() }
            var items: [Expr] = []
            while !check(.rightBracket) {
                items.append(try parseExpression())
                if !match(.comma) { break }
            }
            guard check(.rightBracket) else {
                throw fail("expected ']' to close the list opened at \(Parser.at(token.range.start))")
            }
            let close = advance()
            return try make(.list(items), token.range.union(close.range))
        case .keyword(.fn):
            throw fail("expected an expression; a function is defined as a statement: fn name(x) { … }")
        default:
            throw fail("expected an expression")
        }
    }
}
