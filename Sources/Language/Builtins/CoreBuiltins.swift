/// The built-ins the language itself provides (LANGUAGE.md §3): `print`,
/// `type`, `len`, `range`, `append`, `concat`. Hosts add the rest.
enum CoreBuiltins {
    static var all: [Builtin] { [print, type, str, len, range, append, concat] }

    static var print: Builtin { Builtin(
        name: "print",
        signature: Signature([String](), variadic: "values"),
        help: Help(signature: "print(a, b, …)", summary: "print values on one line, separated by spaces",
                   concept: "basics", example: "print(\"cost\", 0.25)   # cost 0.25")
    ) { arguments, context throws(ScriptError) in
        let values = arguments.rest
        let text = values.map { value -> String in
            // Beside other values, a callable native (an activation, whose own line is
            // its formula) reads as its short form, as inside a list and as a user
            // function does: `print(f, f(z))` is `<activation relu> 0`.
            if values.count > 1, case .native(let n) = value, n.isCallable {
                return n.renderInline(context.renderOptions)
            }
            return value.render(context.renderOptions)
        }.joined(separator: " ")
        context.write(text + "\n")
        return .none
    } }

    static var type: Builtin { Builtin(
        name: "type",
        signature: Signature(["x"]),
        help: Help(summary: "the name of a value's type, as a string", concept: "basics",
                   example: "type(3)   # number")
    ) { arguments, _ throws(ScriptError) in
        .string((arguments["x"] ?? .none).typeName)
    } }

    /// As Python's `str`: the text `print` shows, so "epoch " + str(i) builds a title.
    static var str: Builtin { Builtin(
        name: "str",
        signature: Signature(["x"]),
        help: Help(summary: "a value as text, as print shows it", concept: "basics",
                   example: "\"accuracy \" + str(0.95)   # accuracy 0.95")
    ) { arguments, context throws(ScriptError) in
        .string((arguments["x"] ?? .none).render(context.renderOptions))
    } }

    static var len: Builtin { Builtin(
        name: "len",
        signature: Signature(["x"]),
        help: Help(summary: "the number of elements of a list, string or vector; the number of rows of a matrix",
                   concept: "basics", example: "len([1, 2, 3])   # 3")
    ) { arguments, _ throws(ScriptError) in
        let x = arguments["x"] ?? .none
        switch x {
        case .list(let items): return .number(Double(items.count))
        case .string(let s): return .number(Double(s.count))
        case .native(let n):
            if let items = n.elements() { return .number(Double(items.count)) }
        default: break
        }
        throw ScriptError("len needs a list, a string or a tensor, got \(article(x.typeName))", argument: .position(0))
    } }

    static var range: Builtin { Builtin(
        name: "range",
        signature: Signature([.init("a"), .init("b", default: "none"), .init("step", default: "1")]),
        help: Help(signature: "range(n), range(a, b), range(a, b, step)",
                   summary: "the list of whole numbers from a (default 0) up to, not including, b",
                   concept: "basics", example: "range(3)   # [0, 1, 2]\nrange(1, 10, 3)   # [1, 4, 7]")
    ) { arguments, _ throws(ScriptError) in
        let (start, step, n) = try rangeBounds(arguments)
        var items: [Value] = []
        items.reserveCapacity(n)
        for i in 0..<n { items.append(.number(start + Double(i) * step)) }
        return .list(items)
    } }

    /// The first value, step and length of `range(...)`, checked; `for`
    /// over a range uses it to count without building the list.
    static func rangeBounds(_ arguments: Arguments) throws(ScriptError) -> (start: Double, step: Double, count: Int) {
        func whole(_ name: String, _ shown: String) throws(ScriptError) -> Double {
            let value = arguments[name] ?? .none
            guard case .number(let x) = value else {
                throw ScriptError("range: \(shown) must be a whole number, got \(article(value.typeName))", argument: arguments.origin(name))
            }
            guard x.isFinite, x == x.rounded() else {
                throw ScriptError("range: \(shown) must be a whole number, got \(formatNumber(x))", argument: arguments.origin(name))
            }
            return x
        }
        let onlyEnd = arguments["b"]?.isNone ?? true
        let start = onlyEnd ? 0 : try whole("a", "the start")
        let end = onlyEnd ? try whole("a", "n") : try whole("b", "the end")
        let step = arguments["step"] == nil ? 1 : try whole("step", "the step")
        if step == 0 {
            throw ScriptError("range: the step must not be 0", argument: arguments.origin("step"))
        }
        let count = max(0, ((end - start) / step).rounded(.up))
        do throws(ScriptError) {
            try Limits.checkCount(count, of: "range")
        } catch {
            throw ScriptError(error.message, argument: arguments.origin(onlyEnd ? "a" : "b"))
        }
        for name in ["a", "b", "step"] {
            if case .number(let x)? = arguments[name], abs(x) > Limits.maxWholeNumber {
                throw ScriptError("range: \(formatNumber(x)) is beyond 2^53, where whole numbers stay exact", argument: arguments.origin(name))
            }
        }
        return (start, step, Int(count))
    }

    static var append: Builtin { Builtin(
        name: "append",
        signature: Signature(["list", "x"]),
        help: Help(summary: "a new list: the list with x added at the end (the list itself is unchanged)",
                   concept: "basics", example: "xs = [1, 2, 3]\nxs = append(xs, 4)   # [1, 2, 3, 4]")
    ) { arguments, _ throws(ScriptError) in
        var items = try listItems(arguments["list"] ?? .none, "append", arguments.origin("list"))
        try Limits.checkCount(Double(items.count + 1), of: "list")
        items.append(arguments["x"] ?? .none)
        return .list(items)
    } }

    static var concat: Builtin { Builtin(
        name: "concat",
        signature: Signature(["a", "b"]),
        help: Help(summary: "a new list: the items of a, then those of b", concept: "basics",
                   example: "concat([1, 2], [3])   # [1, 2, 3]")
    ) { arguments, _ throws(ScriptError) in
        let a = try listItems(arguments["a"] ?? .none, "concat", arguments.origin("a"))
        let b = try listItems(arguments["b"] ?? .none, "concat", arguments.origin("b"))
        try Limits.checkCount(Double(a.count) + Double(b.count), of: "list")
        return .list(a + b)
    } }

    /// A list's items, or a vector's elements as a list.
    private static func listItems(_ value: Value, _ function: String, _ origin: ScriptError.ArgumentRef?) throws(ScriptError) -> [Value] {
        switch value {
        case .list(let items): return items
        case .native(let n):
            if let items = n.elements() { return items }
        default: break
        }
        throw ScriptError("\(function) needs a list, got \(article(value.typeName))", argument: origin)
    }
}
