extension GEMM {
    /// Plain loops for tiny products: no packing, no allocation, no threads.
    /// A 4x2 by 2x4 product costs tens of nanoseconds here.
    static func multiplySmall(
        m: Int, n: Int, k: Int, alpha: Double, a: MatrixOperand, b: MatrixOperand,
        beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int
    ) {
        if b.colStride == 1 {
            // Rows of op(B) are contiguous: C[i, :] += A[i, p] * B[p, :].
            for i in 0..<m {
                let row = c + i * ldc
                if beta == 0 {
                    row.update(repeating: 0, count: n)
                } else if beta != 1 {
                    for j in 0..<n { row[j] *= beta }
                }
                for p in 0..<k {
                    let s = alpha * a[i, p]
                    let bRow = b.base + p * b.rowStride
                    for j in 0..<n { row[j] += s * bRow[j] }
                }
            }
        } else {
            // op(B) = B^T: C[i, j] is a dot product of two stored rows.
            for i in 0..<m {
                let row = c + i * ldc
                for j in 0..<n {
                    let bRow = b.base + j * b.colStride
                    var sum = 0.0
                    for p in 0..<k { sum += a[i, p] * bRow[p] }
                    row[j] = beta == 0 ? alpha * sum : alpha * sum + beta * row[j]
                }
            }
        }
    }
}
