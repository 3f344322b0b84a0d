import Language
import NeuralEngine
@testable import Workbench

/// Runs nn source in a fresh session with some globals defined first (data
/// sets built in Swift, so these tests do not depend on `dataset(...)`).
///
///     let (out, errors) = runWithData("train(net, xor)", ["xor": TrainingData.xor])
func runWithData(_ source: String, _ globals: [String: Dataset] = [:], options: SessionOptions = SessionOptions()) -> (stdout: String, errors: [String], warnings: [String]) {
    let sink = BufferSink()
    let session = Session(output: sink, options: options)
    for (name, data) in globals { session.interpreter.defineGlobal(name, .native(DatasetValue(data))) }
    // Tests run in parallel: each script draws from its own random stream,
    // bound on the large-stack thread the interpreter then runs on inline.
    LargeStack.run {
        GlobalRandom.using(RandomSource(seed: GlobalRandom.defaultSeed)) {
            session.interpreter.run(SourceFile(name: "test.nn", text: source, directory: "."))
        }
    }
    let errors = sink.diagnostics.filter { $0.severity == .error }.map(\.message)
    let warnings = sink.diagnostics.filter { $0.severity == .warning }.map(\.message)
    return (sink.output, errors, warnings)
}

/// Small data sets, written out, for the training tests.
enum TrainingData {
    static let inputs = Tensor(rows: 4, cols: 2, [0, 0, 0, 1, 1, 0, 1, 1])
    static let xor = Dataset(name: "xor", x: inputs, y: Tensor([0, 1, 1, 0]), classes: ["0", "1"])
    static let and = Dataset(name: "and", x: inputs, y: Tensor([0, 0, 0, 1]), classes: ["0", "1"])
    static let or = Dataset(name: "or", x: inputs, y: Tensor([0, 1, 1, 1]), classes: ["0", "1"])
    /// Matt Mazur's worked example: one example, two targets.
    static let mazur = Dataset(name: "mazur", x: Tensor(rows: 1, cols: 2, [0.05, 0.10]), y: Tensor(rows: 1, cols: 2, [0.01, 0.99]))
}
