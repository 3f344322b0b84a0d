extension Interpreter {
    func evaluate(_ expr: Expr, _ env: Environment) throws(Unwind) -> Value {
        switch expr.kind {
        case .number(let x): return .number(x)
        case .string(let s): return .string(s)
        case .bool(let b): return .bool(b)
        case .none: return .none
        case .list(let items):
            var values: [Value] = []
            values.reserveCapacity(items.count)
            for item in items { values.append(try evaluate(item, env)) }
            return .list(values)
        case .name(let name):
            return try variable(name, env, range: expr.range)
        case .negate(let operand):
            let value = try evaluate(operand, env)
            return try negate(value, range: expr.range)
        case .not(let operand):
            let value = try evaluate(operand, env)
            guard case .bool(let b) = value else {
                throw failure("'not' needs a bool, got \(article(value.typeName))", at: operand.range)
            }
            return .bool(!b)
        case .and(let left, let right):
            guard try logical(left, env, "and") else { return .bool(false) }
            return .bool(try logical(right, env, "and"))
        case .or(let left, let right):
            if try logical(left, env, "or") { return .bool(true) }
            return .bool(try logical(right, env, "or"))
        case .binary(let op, let left, let right):
            try checkStack(at: expr.range)
            let a = try evaluate(left, env)
            let b = try evaluate(right, env)
            return try binary(op, a, b, range: expr.range)
        case .call(let calleeExpr, let arguments):
            let callee = try evaluate(calleeExpr, env)
            return try call(callee, calleeExpr, arguments, range: expr.range, env)
        case .slice(let baseExpr, let fromExpr, let toExpr):
            let base = try evaluate(baseExpr, env)
            let from = try fromExpr.map { e throws(Unwind) in try evaluate(e, env) } ?? .none
            let to = try toExpr.map { e throws(Unwind) in try evaluate(e, env) } ?? .none
            return try slice(of: base, from, to, range: expr.range)
        case .index(let baseExpr, let indexExpr):
            let base = try evaluate(baseExpr, env)
            let index = try evaluate(indexExpr, env)
            return try element(of: base, at: index, range: indexExpr.range)
        case .field(let baseExpr, let name):
            let base = try evaluate(baseExpr, env)
            return try field(name, of: base, range: expr.range)
        }
    }

    private func logical(_ expr: Expr, _ env: Environment, _ op: String) throws(Unwind) -> Bool {
        let value = try evaluate(expr, env)
        guard case .bool(let b) = value else {
            throw failure("'\(op)' needs bools on both sides, got \(article(value.typeName))", at: expr.range)
        }
        return b
    }

    /// A variable's value: the nearest environment's, then host values, then built-ins.
    func variable(_ name: String, _ env: Environment, range: SourceRange) throws(Unwind) -> Value {
        var e: Environment? = env
        while let current = e {
            if let v = current.values[name] { return v }
            e = current.parent
        }
        if let v = hostValues[name] { return v }
        if let b = builtinTable[name] { return .function(.builtin(b)) }
        if let hint = Interpreter.otherLanguageNames[name] {
            throw failure("unknown name '\(name)'", at: range, label: hint)
        }
        // A name the student made or a built-in is the likelier typo; a keyword
        // only for words long enough to be one misspelt ('f' is not 'fn'), and a
        // three-letter word only with the keyword's own letters ('nto' is 'not',
        // but 'net' is a network not made yet, not 'not').
        let keyword = name.count >= 3 ? closestName(to: name, among: Interpreter.keywords) : nil
        let suggestion = closestName(to: name, among: namesVisible(from: env))
            ?? keyword.flatMap { name.count >= 4 || $0.sorted() == name.sorted() ? $0 : nil }
        throw failure("unknown name '\(name)'", at: range, label: suggestion.map { "did you mean '\($0)'?" })
    }

    /// Names students bring from Python, NumPy and other languages, with what nn says instead.
    static let otherLanguageNames: [String: String] = {
        var hints: [String: String] = [:]
        for name in ["null", "nil", "None", "NULL", "undefined", "Nothing"] { hints[name] = "nn writes it 'none'" }
        for name in ["TRUE", "True"] { hints[name] = "did you mean 'true'?" }
        for name in ["FALSE", "False"] { hints[name] = "did you mean 'false'?" }
        for name in ["np", "numpy", "math", "torch", "tf", "nn"] {
            hints[name] = "nn's functions need no module: write exp(x), zeros(2, 3), dense(4, relu)"
        }
        hints["import"] = "nn has no modules: every function is built in (type help to list them)"
        hints["self"] = "nn has no classes or 'self'"
        return hints
    }()

    func namesVisible(from env: Environment) -> [String] {
        var names: [String] = []
        var e: Environment? = env
        while let current = e {
            names += current.values.keys
            e = current.parent
        }
        return names + hostValues.keys + builtinTable.keys
    }

    /// `base[from:to]` of a list, a string or a native that can be sliced (a tensor's elements or rows).
    func slice(of base: Value, _ from: Value, _ to: Value, range: SourceRange) throws(Unwind) -> Value {
        do throws(ScriptError) {
            switch base {
            case .list(let items):
                return .list(Array(items[try resolveSlice(from, to, count: items.count)]))
            case .string(let s):
                let characters = Array(s)
                return .string(String(characters[try resolveSlice(from, to, count: characters.count)]))
            case .native(let n):
                guard let count = n.sliceCount else { return try n.slice(0..<0) }
                return try n.slice(try resolveSlice(from, to, count: count))
            default:
                throw ScriptError("\(article(base.typeName)) cannot be sliced")
            }
        } catch {
            throw failure(error, at: range)
        }
    }

    func element(of base: Value, at index: Value, range: SourceRange) throws(Unwind) -> Value {
        switch base {
        case .list(let items):
            do {
                return items[try resolveIndex(index, count: items.count, of: "a list")]
            } catch {
                throw failure(error, at: range)
            }
        case .string(let s):
            let characters = Array(s)
            do {
                return .string(String(characters[try resolveIndex(index, count: characters.count, of: "a string")]))
            } catch {
                throw failure(error, at: range)
            }
        case .native(let n):
            do {
                return try n.element(at: index)
            } catch {
                throw failure(error, at: range)
            }
        case .function(let f):
            throw failure("a function cannot be indexed", at: range,
                          label: "to call \(f.name) with a list, write \(f.name)([…])")
        default:
            throw failure("\(article(base.typeName)) cannot be indexed", at: range)
        }
    }

    func field(_ name: String, of base: Value, range: SourceRange) throws(Unwind) -> Value {
        do {
            if case .native(let n) = base {
                return try n.field(name)
            }
            if let value = try operators?.field(name, of: base) { return value }
        } catch {
            var located = error
            if case .native(let n) = base, located.label == nil, !n.fieldNames.contains(name),
               let guess = closestName(to: name, among: n.fieldNames) {
                located.label = "did you mean '\(guess)'?"
            }
            throw failure(located, at: range)
        }
        var hint: String?
        if case .list = base {
            switch name {
            case "append", "push", "add": hint = "lists are values: xs = append(xs, x)"
            case "len", "length", "size", "count": hint = "the number of items is len(xs)"
            default: break
            }
        } else if case .string = base, ["len", "length", "size"].contains(name) {
            hint = "the number of characters is len(s)"
        }
        throw failure("\(article(base.typeName)) has no field '\(name)'", at: range, label: hint)
    }
}
