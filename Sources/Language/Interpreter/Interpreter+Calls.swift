/// An argument after evaluation, with where it was written.
struct EvaluatedArgument {
    var label: String?
    var value: Value
    var range: SourceRange
}

extension Interpreter {
    func call(_ callee: Value, _ calleeExpr: Expr, _ arguments: [Argument], range: SourceRange, _ env: Environment) throws(Unwind) -> Value {
        var evaluated: [EvaluatedArgument] = []
        evaluated.reserveCapacity(arguments.count)
        for argument in arguments {
            evaluated.append(EvaluatedArgument(label: argument.label, value: try evaluate(argument.value, env), range: argument.range))
        }
        return try invoke(callee, evaluated, callRange: range, calleeRange: calleeExpr.range)
    }

    /// Calls with positional arguments only (bare `help`, `CallContext.call`).
    func callValue(_ callee: Value, _ positional: [Value], callRange: SourceRange, env: Environment) throws(Unwind) -> Value {
        let arguments = positional.map { EvaluatedArgument(label: nil, value: $0, range: callRange) }
        return try invoke(callee, arguments, callRange: callRange, calleeRange: callRange)
    }

    func invoke(_ callee: Value, _ arguments: [EvaluatedArgument], callRange: SourceRange, calleeRange: SourceRange) throws(Unwind) -> Value {
        try checkInterrupt(at: callRange)
        try checkStack(at: callRange)
        switch callee {
        case .function(.user(let function)):
            return try callUser(function, arguments, callRange: callRange)
        case .function(.builtin(let builtin)):
            return try callBuiltin(builtin, arguments, callRange: callRange)
        case .native(let native) where native.isCallable:
            var bound = Arguments()
            var keywords: [String: SourceRange] = [:]
            for (i, argument) in arguments.enumerated() {
                if let label = argument.label {
                    bound.named[label] = argument.value
                    bound.origins[label] = .keyword(label)
                    keywords[label] = argument.range
                } else {
                    bound.rest.append(argument.value)
                    bound.restPositions.append(i)
                }
            }
            return try runBuiltinBody(callRange: callRange, arguments: arguments.map(\.range), keywords: keywords) {
                context throws(ScriptError) in try native.call(bound, context)
            }
        default:
            let label = isCommandForm(calleeRange)
                ? "this is \(article(callee.typeName)): a name followed by a value reads as a call, as in 'print x'"
                : "this is \(article(callee.typeName)), not a function"
            throw failure("\(article(callee.typeName)) cannot be called", at: calleeRange, label: label)
        }
    }

    /// Whether the call was written in command syntax (`x 2`, no parentheses
    /// after the name), so the error can say why it is a call at all.
    private func isCommandForm(_ calleeRange: SourceRange) -> Bool {
        let bytes = currentSource.text.utf8
        guard var i = bytes.index(bytes.startIndex, offsetBy: calleeRange.end.offset, limitedBy: bytes.endIndex) else { return false }
        while i < bytes.endIndex, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") { i = bytes.index(after: i) }
        return i < bytes.endIndex && bytes[i] != UInt8(ascii: "(")
    }

    func callUser(_ function: UserFunction, _ arguments: [EvaluatedArgument], callRange: SourceRange) throws(Unwind) -> Value {
        guard let closure = function.payload as? Closure else {
            throw failure("the function \(function.name) cannot be called here", at: callRange)
        }
        let decl = closure.decl
        let parameters = decl.parameters
        let env = Environment(parent: closure.env)
        var positional = 0
        for argument in arguments {
            if let label = argument.label {
                guard parameters.contains(label) else {
                    let valid = parameters.isEmpty ? "it takes none" : "its parameters are " + parameters.joined(separator: ", ")
                    throw failure("fn \(decl.name) has no parameter '\(label)': \(valid)", at: argument.range,
                                  label: closestName(to: label, among: parameters).map { "did you mean '\($0)'?" })
                }
                if env.values[label] != nil {
                    throw failure("fn \(decl.name) got '\(label)' twice", at: argument.range)
                }
                env.values[label] = argument.value
            } else {
                positional += 1
                if positional <= parameters.count {
                    env.values[parameters[positional - 1]] = argument.value
                }
            }
        }
        if positional > parameters.count || env.values.count != parameters.count {
            let expected = "\(parameters.count) \(parameters.count == 1 ? "argument" : "arguments")"
            let list = parameters.isEmpty ? "" : " (\(parameters.joined(separator: ", ")))"
            throw failure("fn \(decl.name) expects \(expected)\(list), got \(arguments.count)", at: callRange)
        }
        if frames.count >= Limits.maxCallDepth {
            throw failure("calls nested more than \(Limits.maxCallDepth) deep", at: callRange,
                          label: "does this recursion reach a base case?")
        }
        frames.append(Frame(name: decl.name, callSite: callRange, callerSource: currentSource))
        let callerSource = currentSource
        currentSource = closure.source
        defer {
            currentSource = callerSource
            frames.removeLast()
        }
        switch try execute(decl.body, env) {
        case .returned(let value): return value
        default: return .none
        }
    }

    func callBuiltin(_ builtin: Builtin, _ arguments: [EvaluatedArgument], callRange: SourceRange) throws(Unwind) -> Value {
        let (bound, keywords) = try bind(builtin, arguments, callRange: callRange)
        return try runBuiltinBody(callRange: callRange, arguments: arguments.map(\.range), keywords: keywords) {
            context throws(ScriptError) in try builtin.body(bound, context)
        }
    }

    func runBuiltinBody(callRange: SourceRange, arguments: [SourceRange], keywords: [String: SourceRange],
                        _ body: (InterpreterContext) throws(ScriptError) -> Value) throws(Unwind) -> Value {
        builtinCalls.append((callRange, arguments, keywords))
        defer { builtinCalls.removeLast() }
        do {
            let value = try body(context)
            pendingUnwind = nil
            return value
        } catch {
            throw failure(error, at: callRange, arguments: arguments, keywords: keywords)
        }
    }

    /// Binds a call to a built-in's signature (see `Signature`); the second
    /// result maps each bound parameter (and alias used) to its argument's range.
    func bind(_ builtin: Builtin, _ arguments: [EvaluatedArgument], callRange: SourceRange) throws(Unwind) -> (Arguments, [String: SourceRange]) {
        let signature = builtin.signature
        let positionalParameters = signature.parameters.filter { !$0.keywordOnly }
        var bound = Arguments()
        var ranges: [String: SourceRange] = [:]
        var nextPositional = 0
        for (i, argument) in arguments.enumerated() {
            if let label = argument.label {
                guard let parameter = signature.parameters.first(where: { $0.name == label || $0.aliases.contains(label) }) else {
                    let valid = signature.parameters.map(\.name)
                    let list = valid.isEmpty ? "it takes no keyword arguments" : "valid ones: " + valid.joined(separator: ", ")
                    let names = valid + signature.parameters.flatMap(\.aliases)
                    throw failure("\(builtin.name) has no parameter '\(label)'; \(list)", at: argument.range,
                                  label: closestName(to: label, among: names).map { "did you mean '\($0)'?" })
                }
                if bound.named[parameter.name] != nil {
                    // Usually a positional argument took this parameter's place: say which one.
                    var how = ""
                    if case .position(let p)? = bound.origins[parameter.name] {
                        how = ": as argument \(p + 1) and as \(label)="
                    }
                    throw failure("\(builtin.name) got '\(parameter.name)' twice\(how)", at: argument.range,
                                  label: "usage: \(builtin.usage)")
                }
                bound.named[parameter.name] = argument.value
                bound.origins[parameter.name] = .keyword(parameter.name)
                ranges[parameter.name] = argument.range
                ranges[label] = argument.range
            } else if nextPositional < positionalParameters.count {
                let parameter = positionalParameters[nextPositional]
                nextPositional += 1
                bound.named[parameter.name] = argument.value
                bound.origins[parameter.name] = .position(i)
                ranges[parameter.name] = argument.range
            } else if signature.variadic != nil {
                bound.rest.append(argument.value)
                bound.restPositions.append(i)
            } else {
                let most = positionalParameters.count
                throw failure("\(builtin.name) takes at most \(most) positional \(most == 1 ? "argument" : "arguments"), got \(arguments.filter { $0.label == nil }.count)",
                              at: argument.range, label: "usage: \(builtin.usage)")
            }
        }
        for parameter in signature.parameters where parameter.isRequired && bound.named[parameter.name] == nil {
            throw failure("\(builtin.name) needs the argument '\(parameter.name)'", at: callRange,
                          label: "usage: \(builtin.usage)")
        }
        return (bound, ranges)
    }
}

extension Builtin {
    /// How to call it: the help's signature, or one derived from `signature`
    /// (`train(net, data, epochs=100, …)`).
    public var usage: String {
        if let text = help.signature { return text }
        var parts = signature.parameters.map { p in
            p.defaultText.map { "\(p.name)=\($0)" } ?? p.name
        }
        if let variadic = signature.variadic {
            parts.insert("\(variadic)…", at: signature.parameters.firstIndex { $0.defaultText != nil } ?? parts.count)
        }
        return "\(name)(\(parts.joined(separator: ", ")))"
    }
}
