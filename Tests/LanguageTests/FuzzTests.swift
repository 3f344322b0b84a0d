import Synchronization
import Testing
import Language

/// Token soup: random sequences of the language's pieces must end in a
/// diagnostic or a clean run, never a crash or a hang.
@Test func tokenSoupNeverCrashes() {
    let pieces = [
        "x", "y", "f", "print", "len", "range", "append", "=", "==", "+", "-", "*", "/", "%", "^", "@",
        "(", ")", "[", "]", "{", "}", ",", ".", ";", "\n", "if", "else", "for", "in", "while", "fn",
        "return", "break", "continue", "true", "false", "none", "and", "or", "not", "0", "1", "2.5",
        "-1", "1e308", "\"s\"", "\"", "#", "##", "T", "<", ">=", "!=", " ", "\t", "مثال", "\u{0}", "'",
    ]
    var generator = LCG(seed: 7)
    for round in 0..<400 {
        var text = "x = [1, 2]\nfn f(a) { return a }\n"
        for _ in 0..<(5 + generator.next(below: 40)) {
            text += pieces[generator.next(below: pieces.count)] + " "
        }
        let polls = Atomic<Int>(0)
        let run = runScript(text) { polls.add(1, ordering: .relaxed).newValue > 20_000 }
        if run.outcome != .success {
            #expect(!run.diagnostics.isEmpty, "round \(round): \(text.debugDescription)")
        }
        for diagnostic in run.diagnostics { _ = DiagnosticRenderer().render(diagnostic) }
    }
}
