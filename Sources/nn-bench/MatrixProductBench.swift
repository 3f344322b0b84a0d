import NeuralEngine

/// W5: square float64 matrix products through the engine's one GEMM entry
/// point, for n = 256, 512, 1024 on 1 and 2 threads.
enum MatrixProductBench {
    static func run(sizes: [Int] = [256, 512, 1024], threadCounts: [Int] = [1, 2]) {
        var rng = SeededRandom(seed: 5)
        for n in sizes {
            let a = (0..<n * n).map { _ in rng.uniform(-1, 1) }
            let b = (0..<n * n).map { _ in rng.uniform(-1, 1) }
            var c = [Double](repeating: 0, count: n * n)
            // Enough repetitions per timed run that each lasts ~50 ms or more.
            let repeats = max(1, (1024 / n) * (1024 / n) / 2)
            for threads in threadCounts {
                GEMM.threads = threads
                let product = {
                    for _ in 0..<repeats {
                        GEMM.multiply(m: n, n: n, k: n, a: a, lda: n, b: b, ldb: n, c: &c, ldc: n)
                    }
                }
                product()
                let timing = Timing.median(product)
                let seconds = timing.wall / Double(repeats), cpu = timing.cpu / Double(repeats)
                let flops = 2 * Double(n) * Double(n) * Double(n)
                print(JSONLine([
                    "workload": .text("W5"), "n": .integer(n), "threads": .integer(threads),
                    "precision": .text("float64"), "gflops": .number(flops / seconds / 1e9),
                    "seconds": .number(seconds), "cpu_gflops": .number(flops / cpu / 1e9),
                    "backend": .text(GEMM.backend),
                ]))
            }
        }
    }
}
