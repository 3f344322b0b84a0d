import Language
@testable import Workbench

/// Runs nn source in a fresh session and returns what it printed and reported.
///
///     let (out, diags) = runScript("print(1 + 2)")
///     #expect(out == "3\n")
///     #expect(diags.isEmpty)
func runScript(_ source: String, name: String = "test.nn", directory: String = ".") -> (stdout: String, diagnostics: [Diagnostic]) {
    let sink = BufferSink()
    let session = Session(output: sink)
    session.run(SourceFile(name: name, text: source, directory: directory))
    return (sink.output, sink.diagnostics)
}

/// The messages of the errors (not warnings) a script reported.
func errorMessages(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.filter { $0.severity == .error }.map(\.message)
}
