extension Interpreter {
    func execute(_ statements: [Stmt], _ env: Environment) throws(Unwind) -> Flow {
        for statement in statements {
            let flow = try execute(statement, env)
            if case .normal = flow { continue }
            return flow
        }
        return .normal
    }

    func execute(_ statement: Stmt, _ env: Environment) throws(Unwind) -> Flow {
        switch statement.kind {
        case .expression(let expr, _):
            _ = try evaluate(expr, env)
        case .assign(let target, let valueExpr):
            if try appendedInPlace(target, valueExpr, env) { return .normal }
            let value = try evaluate(valueExpr, env)
            try assign(value, to: target, env)
        case .destructure(let names, let valueExpr):
            let value = try evaluate(valueExpr, env)
            let items = try destructuredItems(value, count: names.count, range: valueExpr.range)
            for (name, item) in zip(names, items) {
                setVariable(name.name, item, env, range: name.range)
            }
        case .function(let decl):
            let closure = Closure(decl: decl, env: env, source: currentSource)
            let function = UserFunction(name: decl.name, parameters: decl.parameters, payload: closure)
            setVariable(decl.name, .function(.user(function)), env, range: decl.nameRange)
        case .if(let branches, let elseBody):
            for branch in branches {
                if try condition(branch.condition, env, of: "if") {
                    return try execute(branch.body, env)
                }
            }
            if let elseBody { return try execute(elseBody, env) }
        case .for(let name, let nameRange, let sequenceExpr, let body):
            let sequence = try loopSequence(sequenceExpr, env)
            for i in 0..<sequence.count {
                try checkInterrupt(at: statement.range)
                setVariable(name, sequence.item(i), env, range: nameRange)
                switch try execute(body, env) {
                case .normal, .continueLoop: continue
                case .breakLoop: return .normal
                case .returned(let v): return .returned(v)
                }
            }
        case .while(let conditionExpr, let body):
            while try condition(conditionExpr, env, of: "while") {
                try checkInterrupt(at: statement.range)
                switch try execute(body, env) {
                case .normal, .continueLoop: continue
                case .breakLoop: return .normal
                case .returned(let v): return .returned(v)
                }
            }
        case .return(let expr):
            return .returned(try expr.map { e throws(Unwind) in try evaluate(e, env) } ?? .none)
        case .break:
            return .breakLoop
        case .continue:
            return .continueLoop
        }
        return .normal
    }

    /// `if` and `while` need a bool (LANGUAGE.md §3).
    func condition(_ expr: Expr, _ env: Environment, of keyword: String) throws(Unwind) -> Bool {
        let value = try evaluate(expr, env)
        guard case .bool(let b) = value else {
            throw failure("'\(keyword)' needs a bool (true or false), got \(article(value.typeName))", at: expr.range,
                          label: hintForCondition(value))
        }
        return b
    }

    private func hintForCondition(_ value: Value) -> String? {
        switch value {
        case .number: "compare it, as in 'x != 0'"
        case .list, .native: "comparisons on tensors are element-wise; compare a single number, or test them all with sum(a != b) == 0"
        case .none: "compare it, as in 'x == none'"
        default: nil
        }
    }

    /// What `for` visits. `for i in range(n)` counts without building the
    /// list (when `range` is the language's own).
    func loopSequence(_ expr: Expr, _ env: Environment) throws(Unwind) -> LoopSequence {
        guard coreRangeActive, case .call(let calleeExpr, let arguments) = expr.kind else {
            return .items(try iterationItems(try evaluate(expr, env), range: expr.range))
        }
        let callee = try evaluate(calleeExpr, env)
        guard case .function(.builtin(let builtin)) = callee, builtin.name == "range" else {
            let value = try call(callee, calleeExpr, arguments, range: expr.range, env)
            return .items(try iterationItems(value, range: expr.range))
        }
        var evaluated: [EvaluatedArgument] = []
        for argument in arguments {
            evaluated.append(EvaluatedArgument(label: argument.label, value: try evaluate(argument.value, env), range: argument.range))
        }
        let (bound, keywords) = try bind(builtin, evaluated, callRange: expr.range)
        do {
            let (start, step, count) = try CoreBuiltins.rangeBounds(bound)
            return .range(start: start, step: step, count: count)
        } catch {
            throw failure(error, at: expr.range, arguments: evaluated.map(\.range), keywords: keywords)
        }
    }

    /// The values `for` visits: a list's items, a string's characters, a native's elements.
    func iterationItems(_ value: Value, range: SourceRange) throws(Unwind) -> [Value] {
        switch value {
        case .list(let items): return items
        case .string(let s): return s.map { .string(String($0)) }
        case .native(let n):
            if let items = n.elements() { return items }
            throw failure("cannot loop over \(article(n.typeName))", at: range)
        case .number:
            throw failure("cannot loop over a number", at: range, label: "to count, loop over range(n)")
        default:
            throw failure("cannot loop over \(article(value.typeName))", at: range)
        }
    }

    func destructuredItems(_ value: Value, count: Int, range: SourceRange) throws(Unwind) -> [Value] {
        let items: [Value]
        switch value {
        case .list(let xs): items = xs
        case .native(let n) where n.elements() != nil: items = n.elements() ?? []
        default:
            throw failure("cannot unpack \(article(value.typeName)) into \(count) names: expected a list of \(count) items", at: range)
        }
        guard items.count == count else {
            throw failure("cannot unpack \(items.count) \(items.count == 1 ? "item" : "items") into \(count) names: expected exactly \(count)", at: range)
        }
        return items
    }
}

/// "a number", "an activation".
func article(_ typeName: String) -> String {
    let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
    if typeName == "none" { return "none" }
    return (typeName.first.map { vowels.contains($0) } ?? false ? "an " : "a ") + typeName
}
