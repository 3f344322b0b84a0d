import NeuralEngine

// nn-bench: the engine's benchmark workloads W1-W5 (benchmarks/RESULTS.md),
// one JSON object per line. `nn-bench W1 W5` runs only the named workloads.
let requested = Set(CommandLine.arguments.dropFirst().map { $0.uppercased() })
func wanted(_ name: String) -> Bool { requested.isEmpty || requested.contains(name) }

do {
    if wanted("W1") { try TrainingBench.xor() }
    if wanted("W2") { try TrainingBench.iris() }
    if wanted("W3") { try TrainingBench.digits() }
    if wanted("W4") { try TrainingBench.mnistSize() }
    if wanted("W5") { MatrixProductBench.run() }
    // Not a workload: the products of one W4 update, timed alone (kernel tuning).
    if requested.contains("SHAPES") { ShapeBench.run() }
} catch {
    print(JSONLine(["error": .text("\(error)")]))
}
