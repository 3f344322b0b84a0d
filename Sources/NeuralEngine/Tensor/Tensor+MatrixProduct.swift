/// The `@` operator: every product goes through `GEMM.multiply`.
extension Tensor {
    /// matrix @ matrix; matrix @ vector is a vector (the vector taken as a
    /// column); vector @ matrix is a vector; vector @ vector is the dot
    /// product (a 1-vector here; `dot` gives the number).
    ///
    ///     try Tensor.matmul(w, x)
    public static func matmul(_ a: Tensor, _ b: Tensor) throws(ShapeError) -> Tensor {
        let m = a.isMatrix ? a.shape[0] : 1
        let k = a.isMatrix ? a.shape[1] : a.shape[0]
        let kb = b.isMatrix ? b.shape[0] : b.shape[0]
        let n = b.isMatrix ? b.shape[1] : 1
        guard k == kb else {
            throw ShapeError("matrix product \(a.shapeNoun) @ \(b.shapeNoun): the left side has \(k) columns, so the right side needs \(k) rows, got \(kb)")
        }
        try checkCount(m, n)
        var out = [Double](repeating: 0, count: m * n)
        a.storage.withUnsafeBufferPointer { ap in
            b.storage.withUnsafeBufferPointer { bp in
                out.withUnsafeMutableBufferPointer { cp in
                    guard m > 0, n > 0, let ab = ap.baseAddress, let bb = bp.baseAddress, let cb = cp.baseAddress else { return }
                    GEMM.multiply(m: m, n: n, k: k, a: ab, lda: max(k, 1), b: bb, ldb: max(n, 1), c: cb, ldc: n)
                }
            }
        }
        switch (a.isMatrix, b.isMatrix) {
        case (true, true): return Tensor(unchecked: [m, n], out)
        case (true, false): return Tensor(unchecked: [m], out)
        case (false, true): return Tensor(unchecked: [n], out)
        case (false, false): return Tensor(unchecked: [1], out)
        }
    }

    /// The dot product of two vectors of equal length.
    public static func dot(_ a: Tensor, _ b: Tensor) throws(ShapeError) -> Double {
        guard a.isVector, b.isVector, a.count == b.count else {
            throw ShapeError("dot product needs two vectors of equal length, got \(a.shapeNoun) and \(b.shapeNoun)")
        }
        var s = 0.0
        for i in 0..<a.count { s += a.storage[i] * b.storage[i] }
        return s
    }
}
