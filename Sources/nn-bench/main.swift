// nn-bench: the engine's benchmark workloads W1-W5 (see README), one JSON
// object per line. `nn-bench W5` runs only the named workloads.
let requested = Set(CommandLine.arguments.dropFirst().map { $0.uppercased() })
func wanted(_ name: String) -> Bool { requested.isEmpty || requested.contains(name) }

if wanted("W5") { MatrixProductBench.run() }
