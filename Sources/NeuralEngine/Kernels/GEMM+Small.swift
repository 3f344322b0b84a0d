extension GEMM {
    /// Plain loops for tiny products (the 2-4-1 networks students start
    /// with): no packing, no allocation, no threads, no library calls. Four
    /// outputs of a row are summed side by side so their additions overlap;
    /// C is written once, so beta == 0 never reads it.
    @inline(__always)
    static func multiplySmall(
        m: Int, n: Int, k: Int, alpha: Double, a: MatrixOperand, b: MatrixOperand,
        beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int
    ) {
        let ar = a.rowStride, ac = a.colStride, br = b.rowStride, bc = b.colStride
        for i in 0..<m {
            let aRow = a.base + i * ar
            let cRow = c + i * ldc
            var j = 0
            while j + 4 <= n {
                var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
                var pa = aRow
                var pb = b.base + j * bc
                for _ in 0..<k {
                    let x = pa.pointee
                    s0 += x * pb[0]
                    s1 += x * pb[bc]
                    s2 += x * pb[2 * bc]
                    s3 += x * pb[3 * bc]
                    pa += ac
                    pb += br
                }
                store(s0, alpha, beta, cRow + j)
                store(s1, alpha, beta, cRow + j + 1)
                store(s2, alpha, beta, cRow + j + 2)
                store(s3, alpha, beta, cRow + j + 3)
                j += 4
            }
            while j < n {
                var s = 0.0
                var pa = aRow
                var pb = b.base + j * bc
                for _ in 0..<k {
                    s += pa.pointee * pb.pointee
                    pa += ac
                    pb += br
                }
                store(s, alpha, beta, cRow + j)
                j += 1
            }
        }
    }

    @inline(__always)
    private static func store(_ sum: Double, _ alpha: Double, _ beta: Double, _ c: UnsafeMutablePointer<Double>) {
        c.pointee = beta == 0 ? alpha * sum : alpha * sum + beta * c.pointee
    }
}
