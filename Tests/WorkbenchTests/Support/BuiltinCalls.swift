import Language
@testable import Workbench

/// A call context for calling built-ins directly, without the interpreter:
/// it keeps what they write and warn.
final class TestCallContext: CallContext {
    var written = ""
    var warnings: [String] = []
    var isInterrupted = false
    var directory: String
    var renderOptions = RenderOptions()
    var sourceName = "test.nn"

    init(directory: String = ".") {
        self.directory = directory
    }

    func write(_ text: String) { written += text }
    func warn(_ message: String) { warnings.append(message) }

    func call(_ function: Value, _ arguments: [Value]) throws(ScriptError) -> Value {
        guard case .function(.builtin(let b)) = function else {
            throw ScriptError("TestCallContext calls built-ins only")
        }
        return try callBuiltin(b, arguments, context: self)
    }
}

/// Binds positional and keyword arguments to `builtin`'s signature the way
/// the interpreter does (positional in order, extras to `variadic`), then calls it.
func callBuiltin(_ builtin: Builtin, _ positional: [Value], _ keywords: [String: Value] = [:], context: TestCallContext = TestCallContext()) throws(ScriptError) -> Value {
    var args = Arguments()
    for (i, value) in positional.enumerated() {
        if i < builtin.signature.parameters.count {
            let name = builtin.signature.parameters[i].name
            args.named[name] = value
            args.origins[name] = .position(i)
        } else {
            args.rest.append(value)
            args.restPositions.append(i)
        }
    }
    for (name, value) in keywords {
        args.named[name] = value
        args.origins[name] = .keyword(name)
    }
    return try builtin.body(args, context)
}

extension Value {
    /// A list of numbers, as a script's `[1, 2, 3]`.
    static func numbers(_ xs: Double...) -> Value { .list(xs.map { .number($0) }) }
    /// A list of lists of numbers, as a script's `[[1, 2], [3, 4]]`.
    static func rows(_ rows: [Double]...) -> Value { .list(rows.map { .list($0.map { .number($0) }) }) }
    /// The text an echo shows.
    var shown: String { renderedForRecord(RenderOptions()) }
}
