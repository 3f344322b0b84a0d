import Foundation
import Synchronization

/// General matrix product on row-major buffers:
/// C = alpha * op(A) * op(B) + beta * C, where op(A) is m x k and op(B) is k x n.
///
/// The single entry point every matrix product in the engine goes through,
/// so one kernel (or a system BLAS) serves forward, backward and `@`.
/// `lda`, `ldb`, `ldc` are row strides of the buffers as stored: A is
/// m x k (k x m when `transposeA`), B is k x n (n x k when `transposeB`).
/// As in BLAS, `beta == 0` means C is not read (NaNs there are overwritten).
///
///     GEMM.multiply(m: 2, n: 2, k: 3, a: a, lda: 3, b: b, ldb: 2, c: c, ldc: 2)
public enum GEMM {
    public static func multiply(
        transposeA: Bool = false, transposeB: Bool = false,
        m: Int, n: Int, k: Int,
        alpha: Double = 1,
        a: UnsafePointer<Double>, lda: Int,
        b: UnsafePointer<Double>, ldb: Int,
        beta: Double = 0,
        c: UnsafeMutablePointer<Double>, ldc: Int
    ) {
        guard m > 0, n > 0 else { return }
        if k == 0 || alpha == 0 {
            scale(m: m, n: n, beta: beta, c: c, ldc: ldc)
            return
        }
        let a = MatrixOperand(base: a, ld: lda, transposed: transposeA)
        let b = MatrixOperand(base: b, ld: ldb, transposed: transposeB)
        let work = m * n * k
        if work <= smallProductLimit {
            multiplySmall(m: m, n: n, k: k, alpha: alpha, a: a, b: b, beta: beta, c: c, ldc: ldc)
            return
        }
        if work >= systemBLASMinimum, let blas = SystemBLAS.shared {
            blas.dgemm(
                transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: alpha,
                a: a.base, lda: lda, b: b.base, ldb: ldb, beta: beta, c: c, ldc: ldc,
                threads: threads)
            return
        }
        multiplyBlocked(m: m, n: n, k: k, alpha: alpha, a: a, b: b, beta: beta, c: c, ldc: ldc)
    }

    /// Products of at most this many multiply-adds (m*n*k) run as plain
    /// loops: packing and blocking cost more than they save below it, and the
    /// tiny networks students start with live entirely down here.
    static let smallProductLimit = 8 * 8 * 8

    /// Below this, the Swift kernel beats a call into a system BLAS (its
    /// per-call setup and thread wake-up dominate small products).
    static let systemBLASMinimum = 64 * 64 * 64

    /// Largest number of threads one product may use (default: up to 2, the
    /// cores of the machines this was tuned on). `NN_THREADS` sets it at start-up.
    public static var threads: Int {
        get { threadLimit.load(ordering: .relaxed) }
        set { threadLimit.store(max(1, newValue), ordering: .relaxed) }
    }

    private static let threadLimit = Atomic<Int>(defaultThreads())

    private static func defaultThreads() -> Int {
        if let text = kernelSetting("NN_THREADS"), let value = Int(text), value >= 1 { return value }
        return min(2, max(1, ProcessInfo.processInfo.activeProcessorCount))
    }

    /// Which kernel serves large products: the system BLAS library's name
    /// when one was loaded, else `"swift-avx512"` or `"swift"`.
    public static var backend: String { SystemBLAS.shared?.name ?? KernelChoice.current.name }

    /// C = beta * C (beta == 0 clears, without reading C).
    static func scale(m: Int, n: Int, beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int) {
        if beta == 1 { return }
        for i in 0..<m {
            let row = c + i * ldc
            if beta == 0 {
                row.update(repeating: 0, count: n)
            } else {
                for j in 0..<n { row[j] *= beta }
            }
        }
    }
}

/// A matrix operand as stored: element (i, p) of op(X) is at
/// `base[i * rowStride + p * colStride]`.
struct MatrixOperand: @unchecked Sendable {
    let base: UnsafePointer<Double>
    let rowStride: Int
    let colStride: Int

    init(base: UnsafePointer<Double>, rowStride: Int, colStride: Int) {
        self.base = base
        self.rowStride = rowStride
        self.colStride = colStride
    }

    init(base: UnsafePointer<Double>, ld: Int, transposed: Bool) {
        self.base = base
        rowStride = transposed ? 1 : ld
        colStride = transposed ? ld : 1
    }

    @inline(__always) subscript(i: Int, p: Int) -> Double { base[i * rowStride + p * colStride] }
}
