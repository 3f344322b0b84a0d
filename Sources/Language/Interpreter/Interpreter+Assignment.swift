extension Interpreter {
    /// Assignment updates the nearest existing variable of that name, else
    /// creates it in the current function (or globally at top level).
    /// Hiding a built-in warns (LANGUAGE.md §3).
    func setVariable(_ name: String, _ value: Value, _ env: Environment, range: SourceRange) {
        if let owner = env.owner(of: name) {
            owner.values[name] = value
            return
        }
        if let hidden = hiddenHostName(name),
           warnedHidings.insert("\(name)@\(currentSource.name):\(range.start.offset)").inserted {
            let now = value.typeName == "function" ? "another function" : article(value.typeName)
            output.report(Diagnostic(.warning, "'\(name)' now names \(now); \(hidden) is hidden",
                                     source: currentSource, range: range))
        }
        env.values[name] = value
        if env === globals { globalOrder.append(name) }
    }

    /// What a new global of this name would hide: "the function train",
    /// "the activation relu" (host values such as activations count too).
    private func hiddenHostName(_ name: String) -> String? {
        if let builtin = builtinTable[name] { return "the function \(builtin.name)" }
        switch hostValues[name] {
        case .function(.builtin(let b))?: return "the function \(b.name)"
        case let value?: return "the \(value.typeName) \(name)"
        case nil: return nil
        }
    }

    /// `target = value` where the target is a name, `base[index]` or
    /// `base.field`: the updated container is written back along the path,
    /// since lists and tensors are values. A native setter returning nil
    /// changed its object in place, and the path stops there.
    func assign(_ value: Value, to target: Expr, _ env: Environment) throws(Unwind) {
        switch target.kind {
        case .name(let name):
            setVariable(name, value, env, range: target.range)
        case .index(let baseExpr, let indexExpr):
            if case .name(let name) = baseExpr.kind, let owner = env.owner(of: name),
               case .list = owner.values[name] {
                let index = try evaluate(indexExpr, env)
                try assignInPlace(value, at: index, of: name, in: owner, range: indexExpr.range)
                return
            }
            let container = try evaluate(baseExpr, env)
            let index = try evaluate(indexExpr, env)
            if let updated = try settingElement(of: container, at: index, to: value, range: indexExpr.range) {
                try assign(updated, to: baseExpr, env)
            }
        case .slice:
            throw failure("a slice cannot be assigned to: assign one element at a time, xs[i] = x", at: target.range)
        case .field(let baseExpr, let name):
            let container = try evaluate(baseExpr, env)
            guard case .native(let native) = container else {
                throw failure("\(article(container.typeName)) has no field '\(name)' to assign", at: target.range)
            }
            let updated: Value?
            do {
                updated = try native.settingField(name, to: value)
            } catch {
                throw failure(error, at: target.range)
            }
            if let updated { try assign(updated, to: baseExpr, env) }
        default:
            throw failure("cannot assign to this", at: target.range)
        }
    }

    /// `xs[i] = v` on a list variable without copying the list: the variable
    /// is emptied while its storage is changed, so the array stays unique.
    private func assignInPlace(_ value: Value, at index: Value, of name: String, in owner: Environment, range: SourceRange) throws(Unwind) {
        guard case .list(var items)? = owner.values[name] else { return }
        owner.values[name] = Value.none
        defer { owner.values[name] = .list(items) }
        do {
            let i = try resolveIndex(index, count: items.count, of: "a list")
            items[i] = value
        } catch {
            throw failure(error, at: range)
        }
    }

    /// `xs = append(xs, v)`, the way lists grow in a loop, without copying
    /// the list each time (which made a loop of n appends take n^2 / 2
    /// copies). Only for the built-in `append` on a list variable; false
    /// leaves the statement to the general path.
    func appendedInPlace(_ target: Expr, _ valueExpr: Expr, _ env: Environment) throws(Unwind) -> Bool {
        guard case .name(let name) = target.kind,
              case .call(let callee, let arguments) = valueExpr.kind,
              case .name("append") = callee.kind, arguments.count == 2,
              arguments.allSatisfy({ $0.label == nil }),
              case .name(name) = arguments[0].value.kind,
              env.owner(of: "append") == nil, hostValues["append"] == nil, builtinTable["append"] != nil,
              let owner = env.owner(of: name), case .list(var items)? = owner.values[name]
        else { return false }
        // The list is read before the item is evaluated, as a call would.
        let item = try evaluate(arguments[1].value, env)
        do {
            try Limits.checkCount(Double(items.count + 1), of: "list")
        } catch {
            throw failure(error, at: valueExpr.range)
        }
        // The variable lets go of the array first, so `items` is its only owner and append does not copy it.
        owner.values[name] = Value.none
        items.append(item)
        owner.values[name] = .list(items)
        return true
    }

    /// The container after setting one element, or nil when a native changed in place.
    func settingElement(of container: Value, at index: Value, to value: Value, range: SourceRange) throws(Unwind) -> Value? {
        switch container {
        case .list(var items):
            do {
                items[try resolveIndex(index, count: items.count, of: "a list")] = value
            } catch {
                throw failure(error, at: range)
            }
            return .list(items)
        case .native(let native):
            do {
                return try native.settingElement(at: index, to: value)
            } catch {
                throw failure(error, at: range)
            }
        case .string:
            throw failure("a string cannot be changed in place", at: range, label: "build a new string with '+'")
        default:
            throw failure("\(article(container.typeName)) cannot be indexed", at: range)
        }
    }
}
