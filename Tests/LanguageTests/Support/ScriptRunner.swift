import Foundation
import Language

/// Runs nn source with the core built-ins and the list test operators, and
/// keeps what it printed and reported.
struct ScriptRun {
    let outcome: RunOutcome
    let output: String
    let diagnostics: [Diagnostic]
    let interpreter: Interpreter

    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    var outputLines: [String] {
        var lines = output.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Every diagnostic rendered as a student would see it.
    var renderedDiagnostics: String {
        diagnostics.map { DiagnosticRenderer().render($0) }.joined()
    }
}

func runScript(_ text: String, name: String = "test.nn", interpreter existing: Interpreter? = nil,
               interrupt: (@Sendable () -> Bool)? = nil) -> ScriptRun {
    let sink = BufferSink()
    let interpreter: Interpreter
    if let existing {
        interpreter = existing
        interpreter.output = sink
    } else {
        interpreter = Interpreter(output: sink)
        interpreter.installCoreBuiltins()
        interpreter.operators = ListOperators()
    }
    if let interrupt { interpreter.interruptCheck = interrupt }
    let outcome = interpreter.run(SourceFile(name: name, text: text, directory: "/tmp"))
    return ScriptRun(outcome: outcome, output: sink.output, diagnostics: sink.diagnostics, interpreter: interpreter)
}
