import Testing
@testable import NeuralEngine

/// The matrix product against the obvious triple loop, over shapes that hit
/// every path: empty, tiny (plain loops), edge tiles, several depth/row/column
/// blocks, the threaded split, every transpose, alpha/beta and padded strides.
struct GEMMTests {
    struct Case: CustomTestStringConvertible {
        var m, n, k: Int
        var testDescription: String { "\(m)x\(k) @ \(k)x\(n)" }
    }

    static let shapes: [Case] = [
        (0, 3, 2), (3, 0, 2), (3, 2, 0), (1, 1, 1), (4, 4, 2), (2, 4, 4), (1, 7, 3), (7, 1, 5),
        (8, 8, 8), (9, 9, 9), (6, 8, 1), (13, 17, 11), (16, 16, 4), (33, 31, 29), (64, 10, 64),
        (5, 100, 3), (121, 9, 260), (7, 1030, 5), (127, 37, 257), (100, 100, 100), (130, 70, 40),
    ].map { Case(m: $0.0, n: $0.1, k: $0.2) }

    @Test(arguments: shapes)
    func matchesNaiveLoopForEveryTransposeAndScaling(_ shape: Case) {
        var rng = SeededRandom(seed: UInt64(shape.m * 10_007 + shape.n * 101 + shape.k))
        for transposeA in [false, true] {
            for transposeB in [false, true] {
                check(shape, transposeA, transposeB, [(1, 0), (1, 1), (-0.5, 2), (2, 0)], &rng)
            }
        }
    }

    /// Both Swift kernels (the AVX-512 one only where the CPU has it), on
    /// 1, 2 and 3 threads (split whatever the product's size), whatever
    /// `GEMM.multiply` would pick.
    @Test(arguments: [1, 2, 3])
    func swiftKernelsMatchNaiveLoopOnEveryThreadCount(_ threads: Int) {
        let saved = GEMM.threads
        defer { GEMM.threads = saved }
        GEMM.threads = threads
        var rng = SeededRandom(seed: 7)
        let kernels: [KernelChoice] = KernelChoice.current == .avx512 ? [.portable, .avx512] : [.portable]
        for kernel in kernels {
            for shape in [Case(m: 150, n: 140, k: 130), Case(m: 300, n: 20, k: 200), Case(m: 9, n: 500, k: 300), Case(m: 13, n: 17, k: 5)] {
                for (transposeA, transposeB) in [(false, false), (true, false), (false, true), (true, true)] {
                    check(shape, transposeA, transposeB, [(1.5, 0.5), (1, 0), (1, 1)], &rng, kernel: kernel)
                }
            }
        }
    }

    @Test func betaZeroOverwritesNaNInOutput() {
        for size in [2, 20] {
            let a = [Double](repeating: 1, count: size * size)
            var c = [Double](repeating: .nan, count: size * size)
            a.withUnsafeBufferPointer { ap in
                c.withUnsafeMutableBufferPointer { cp in
                    GEMM.multiply(
                        m: size, n: size, k: size, a: ap.baseAddress!, lda: size, b: ap.baseAddress!, ldb: size,
                        c: cp.baseAddress!, ldc: size)
                }
            }
            #expect(c.allSatisfy { $0 == Double(size) })
        }
    }

    @Test func handComputedProduct() {
        // [1 2 3; 4 5 6] @ [7 8; 9 10; 11 12] = [58 64; 139 154]
        let a: [Double] = [1, 2, 3, 4, 5, 6], b: [Double] = [7, 8, 9, 10, 11, 12]
        var c = [Double](repeating: 0, count: 4)
        GEMM.multiply(m: 2, n: 2, k: 3, a: a, lda: 3, b: b, ldb: 2, c: &c, ldc: 2)
        #expect(c == [58, 64, 139, 154])
    }

    /// Runs one product through `GEMM.multiply` (or one Swift kernel) with
    /// padded leading dimensions, for several alpha/beta pairs, and compares
    /// with the naive loop (computed once per operand pair).
    private func check(
        _ s: Case, _ transposeA: Bool, _ transposeB: Bool, _ scalings: [(Double, Double)],
        _ rng: inout SeededRandom, kernel: KernelChoice? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let (aRows, aCols) = transposeA ? (s.k, s.m) : (s.m, s.k)
        let (bRows, bCols) = transposeB ? (s.n, s.k) : (s.k, s.n)
        let lda = aCols + 3, ldb = bCols + 1, ldc = s.n + 2
        let a = (0..<max(1, aRows * lda)).map { _ in rng.uniform(-1, 1) }
        let b = (0..<max(1, bRows * ldb)).map { _ in rng.uniform(-1, 1) }
        let c0 = (0..<max(1, s.m * ldc)).map { _ in rng.uniform(-1, 1) }
        var product = [Double](repeating: 0, count: c0.count)
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                for i in 0..<s.m {
                    for j in 0..<s.n {
                        var sum = 0.0
                        for p in 0..<s.k {
                            sum += (transposeA ? a[p * lda + i] : a[i * lda + p]) * (transposeB ? b[j * ldb + p] : b[p * ldb + j])
                        }
                        product[i * ldc + j] = sum
                    }
                }
            }
        }
        for (alpha, beta) in scalings {
            var c = c0
            a.withUnsafeBufferPointer { ap in
                b.withUnsafeBufferPointer { bp in
                    c.withUnsafeMutableBufferPointer { cp in
                        if let kernel {
                            GEMM.multiplyBlocked(
                                m: s.m, n: s.n, k: s.k, alpha: alpha,
                                a: MatrixOperand(base: ap.baseAddress!, ld: lda, transposed: transposeA),
                                b: MatrixOperand(base: bp.baseAddress!, ld: ldb, transposed: transposeB),
                                beta: beta, c: cp.baseAddress!, ldc: ldc, kernel: kernel, threadedMinimum: 0)
                        } else {
                            GEMM.multiply(
                                transposeA: transposeA, transposeB: transposeB, m: s.m, n: s.n, k: s.k, alpha: alpha,
                                a: ap.baseAddress!, lda: lda, b: bp.baseAddress!, ldb: ldb, beta: beta,
                                c: cp.baseAddress!, ldc: ldc)
                        }
                    }
                }
            }
            var worst = 0.0
            for i in 0..<s.m {
                for j in 0..<s.n {
                    let index = i * ldc + j
                    let expected = alpha * product[index] + (beta == 0 ? 0 : beta * c0[index])
                    worst = max(worst, abs(c[index] - expected))
                }
            }
            // Padding between rows must be left alone.
            let untouched = (0..<s.m).allSatisfy { i in (s.n..<ldc).allSatisfy { c[i * ldc + $0] == c0[i * ldc + $0] } }
            // Each entry sums k products of numbers in [-1, 1]; reordering the
            // sum moves it by a few ulps of k.
            #expect(
                worst <= 1e-13 * Double(max(s.k, 1)) * max(1, abs(alpha)) + 1e-14 && untouched,
                "\(s.testDescription) \(kernel.map { "\($0)" } ?? "default") transposeA \(transposeA) transposeB \(transposeB) alpha \(alpha) beta \(beta): off by \(worst), padding untouched \(untouched)",
                sourceLocation: sourceLocation)
        }
    }
}
