/// What a built-in sees of the interpreter while it runs (`CallContext`).
final class InterpreterContext: CallContext {
    private unowned let interpreter: Interpreter

    init(_ interpreter: Interpreter) {
        self.interpreter = interpreter
    }

    func write(_ text: String) {
        interpreter.output.write(text)
    }

    func warn(_ message: String) {
        let range = interpreter.builtinCalls.last?.call
        interpreter.output.report(Diagnostic(.warning, message, source: range == nil ? nil : interpreter.currentSource, range: range))
    }

    var isInterrupted: Bool { interpreter.interruptCheck() }

    func call(_ function: Value, _ arguments: [Value]) throws(ScriptError) -> Value {
        let site = interpreter.builtinCalls.last?.call
            ?? SourceRange(start: SourcePosition(offset: 0, line: 1, column: 1), end: SourcePosition(offset: 0, line: 1, column: 1))
        do {
            return try interpreter.callValue(function, arguments, callRange: site, env: interpreter.globals)
        } catch {
            interpreter.pendingUnwind = error
            switch error {
            case .error(let failure): throw ScriptError(failure.message)
            case .interrupted: throw ScriptError("interrupted")
            }
        }
    }

    var directory: String { interpreter.runSource.directory }
    var renderOptions: RenderOptions { interpreter.renderOptions }
    var sourceName: String { interpreter.runSource.name }
}
