import Foundation
import NeuralEngine

/// `nn-bench shapes`: the products one W4 update makes (batch 64,
/// 784-128-10), each timed alone on one thread by CPU time, to see where a
/// training step's matrix time goes. Not one of the workloads.
enum ShapeBench {
    struct Shape {
        var name: String
        var transposeA: Bool, transposeB: Bool
        var m: Int, n: Int, k: Int
    }

    static let w4: [Shape] = [
        Shape(name: "forward 1: X W1^T", transposeA: false, transposeB: true, m: 64, n: 128, k: 784),
        Shape(name: "forward 1 untransposed", transposeA: false, transposeB: false, m: 64, n: 128, k: 784),
        Shape(name: "gradient 1: D1^T X", transposeA: true, transposeB: false, m: 128, n: 784, k: 64),
        Shape(name: "forward 2: A1 W2^T", transposeA: false, transposeB: true, m: 64, n: 10, k: 128),
        Shape(name: "gradient 2: D2^T A1", transposeA: true, transposeB: false, m: 10, n: 128, k: 64),
        Shape(name: "delta 1: D2 W2", transposeA: false, transposeB: false, m: 64, n: 128, k: 10),
        Shape(name: "W3 forward 1", transposeA: false, transposeB: true, m: 32, n: 64, k: 64),
        Shape(name: "W3 gradient 1", transposeA: true, transposeB: false, m: 64, n: 64, k: 32),
        Shape(name: "W3 forward 2", transposeA: false, transposeB: true, m: 32, n: 10, k: 64),
        Shape(name: "W3 gradient 2", transposeA: true, transposeB: false, m: 10, n: 64, k: 32),
        Shape(name: "W3 delta 1", transposeA: false, transposeB: false, m: 32, n: 64, k: 10),
        Shape(name: "W2 forward 1", transposeA: false, transposeB: true, m: 16, n: 16, k: 4),
        Shape(name: "W2 forward 2", transposeA: false, transposeB: true, m: 16, n: 3, k: 16),
        Shape(name: "W2 gradient 2", transposeA: true, transposeB: false, m: 3, n: 16, k: 16),
        Shape(name: "W2 delta 1", transposeA: false, transposeB: false, m: 16, n: 16, k: 3),
        Shape(name: "W2 gradient 1", transposeA: true, transposeB: false, m: 16, n: 4, k: 16),
        Shape(name: "W1 forward 1", transposeA: false, transposeB: true, m: 4, n: 4, k: 2),
        Shape(name: "W1 forward 2", transposeA: false, transposeB: true, m: 4, n: 1, k: 4),
        Shape(name: "W1 gradient 2", transposeA: true, transposeB: false, m: 1, n: 4, k: 4),
        Shape(name: "W1 delta 1", transposeA: false, transposeB: false, m: 4, n: 4, k: 1),
        Shape(name: "W1 gradient 1", transposeA: true, transposeB: false, m: 4, n: 2, k: 4),
        Shape(name: "square 512", transposeA: false, transposeB: false, m: 512, n: 512, k: 512),
    ]

    static func run() {
        let saved = GEMM.threads
        GEMM.threads = 1
        defer { GEMM.threads = saved }
        var rng = SeededRandom(seed: 9)
        for s in w4 {
            let a = (0..<s.m * s.k).map { _ in rng.uniform(-1, 1) }
            let b = (0..<s.k * s.n).map { _ in rng.uniform(-1, 1) }
            var c = [Double](repeating: 0, count: s.m * s.n)
            let lda = s.transposeA ? s.m : s.k, ldb = s.transposeB ? s.k : s.n
            let flops = 2.0 * Double(s.m * s.n * s.k)
            let repeats = max(1, Int(2e8 / max(flops, 2e4)))
            var best = Double.infinity
            for _ in 0..<5 {
                let start = threadCPUTime()
                for _ in 0..<repeats {
                    GEMM.multiply(transposeA: s.transposeA, transposeB: s.transposeB, m: s.m, n: s.n, k: s.k,
                                  a: a, lda: lda, b: b, ldb: ldb, c: &c, ldc: s.n)
                }
                best = min(best, (threadCPUTime() - start) / Double(repeats))
            }
            print(JSONLine([
                "shape": .text(s.name), "m": .integer(s.m), "n": .integer(s.n), "k": .integer(s.k),
                "ns": .number(best * 1e9), "gflops": .number(flops / best / 1e9),
            ]))
        }
    }

    /// This thread's CPU time: robust to other processes sharing the cores.
    static func threadCPUTime() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }
}
