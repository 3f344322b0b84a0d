extension Interpreter {
    /// Parses, then runs top-level statements one by one, echoing bare
    /// expressions and commands (LANGUAGE.md §3).
    func runOnLargeStack(_ source: SourceFile, beforeStatement: ((SourceRange) -> Void)?) -> RunOutcome {
        var parser = Parser(source)
        let program = parser.parseProgram()
        if !parser.errors.isEmpty {
            let sorted = parser.errors.sorted { ($0.range?.start.offset ?? 0) < ($1.range?.start.offset ?? 0) }
            for diagnostic in sorted { output.report(diagnostic) }
            return .syntaxErrors(sorted.count)
        }
        let outermost = stackBase == 0
        if outermost {
            stackBase = LargeStack.currentAddress()
            stackSize = LargeStack.currentSize
            warnedHidings = []
        }
        defer { if outermost { stackBase = 0 } }
        let saved = (currentSource, runSource, frames)
        currentSource = source
        runSource = source
        frames = []
        defer { (currentSource, runSource, frames) = saved }
        do {
            for statement in program {
                beforeStatement?(statement.range)
                try checkInterrupt(at: statement.range)
                try executeTopLevel(statement)
            }
            return .success
        } catch {
            pendingUnwind = nil
            switch error {
            case .error(let failure):
                output.report(failure.diagnostic)
                return .runtimeError
            case .interrupted(let range, let where_):
                output.report(Diagnostic(.warning, "interrupted", source: where_, range: range,
                                         label: "stopped here; everything done before is kept"))
                return .interrupted
            }
        }
    }

    func executeTopLevel(_ statement: Stmt) throws(Unwind) {
        guard case .expression(let expr, _) = statement.kind else {
            _ = try execute(statement, globals)
            return
        }
        // A bare call to a built-in that does not echo (`train net, xor`).
        if case .call(let calleeExpr, let arguments) = expr.kind {
            let callee = try evaluate(calleeExpr, globals)
            let value = try call(callee, calleeExpr, arguments, range: expr.range, globals)
            if case .function(.builtin(let b)) = callee, !b.echoesResult { return }
            echo(value)
            return
        }
        var value = try evaluate(expr, globals)
        // A bare `help` is the overview, not the function's echo.
        if case .name("help") = expr.kind, case .function(.builtin(let b)) = value, b.name == "help" {
            value = try callValue(value, [], callRange: expr.range, env: globals)
        }
        echo(value)
    }

    private func echo(_ value: Value) {
        if !value.isNone {
            output.write(value.render(renderOptions) + "\n")
        }
    }

    /// Refuses to go deeper once three quarters of the evaluation stack is used.
    func checkStack(at range: SourceRange) throws(Unwind) {
        let used = stackBase &- LargeStack.currentAddress()
        if stackBase != 0, used > UInt(stackSize / 4 * 3), used < UInt(stackSize) * 2 {
            throw failure("this computation nests too deeply", at: range,
                          label: "simplify the expression or the recursion")
        }
    }

    func checkInterrupt(at range: SourceRange) throws(Unwind) {
        if interruptCheck() { throw .interrupted(range, currentSource) }
    }

    /// An error at `range` in the running code, with the call chain as notes.
    func failure(_ message: String, at range: SourceRange, label: String? = nil, notes: [String] = []) -> Unwind {
        .error(RuntimeError(message: message, range: range, source: currentSource, label: label,
                            notes: notes + callChain(from: range)))
    }

    /// `in fn fib at 4:12, called from 9:1`, innermost first; a deep chain
    /// keeps its first and last few lines.
    /// Positions are `line:col`, or `file:line:col` when the chain crosses
    /// sources (a function defined in an earlier REPL input or another file).
    func callChain(from range: SourceRange) -> [String] {
        var lines: [String] = []
        let qualify = Set(frames.map(\.callerSource.name) + [currentSource.name]).count > 1
        func place(_ p: SourcePosition, _ source: SourceFile) -> String {
            (qualify ? source.name + ":" : "") + "\(p.line):\(p.column)"
        }
        var position = range.start
        var source = currentSource
        for frame in frames.reversed() {
            lines.append("in fn \(frame.name) at \(place(position, source)), called from \(place(frame.callSite.start, frame.callerSource))")
            position = frame.callSite.start
            source = frame.callerSource
        }
        if lines.count > 8 {
            let hidden = lines.count - 6
            lines = Array(lines.prefix(3)) + ["… \(hidden) more calls …"] + Array(lines.suffix(3))
        }
        return lines
    }

    /// Turns a built-in's or native's `ScriptError` into a located failure:
    /// at the argument it names, else at `range`.
    func failure(_ error: ScriptError, at range: SourceRange, arguments: [SourceRange] = [], keywords: [String: SourceRange] = [:]) -> Unwind {
        // The built-in passed on an error from a function it called back:
        // report that error with its own place and call chain.
        if let pending = pendingUnwind {
            pendingUnwind = nil
            switch pending {
            case .error(let inner) where inner.message == error.message: return pending
            case .interrupted where error.message == "interrupted": return pending
            default: break
            }
        }
        var place = range
        switch error.argument {
        case .position(let i)? where arguments.indices.contains(i): place = arguments[i]
        case .keyword(let k)?: place = keywords[k] ?? range
        default: break
        }
        return failure(error.message, at: place, label: error.label, notes: error.notes)
    }
}
