/// General matrix product on row-major buffers:
/// C = alpha * op(A) * op(B) + beta * C, where op(A) is m x k and op(B) is k x n.
///
/// The single entry point every matrix product in the engine goes through,
/// so one kernel (or a system BLAS) serves forward, backward and `@`.
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
        // Reference loop; the Kernels owner replaces it with a blocked SIMD kernel.
        for i in 0..<m {
            for j in 0..<n {
                var sum = 0.0
                for p in 0..<k {
                    let av = transposeA ? a[p * lda + i] : a[i * lda + p]
                    let bv = transposeB ? b[j * ldb + p] : b[p * ldb + j]
                    sum += av * bv
                }
                c[i * ldc + j] = alpha * sum + (beta == 0 ? 0 : beta * c[i * ldc + j])
            }
        }
    }
}
