extension GEMM {
    /// Copies rows p0..<p0+kc, columns j0..<j0+nc of op(B) into strips of
    /// `nr` columns, each stored row by row (nr values per p), zero-padded.
    @inline(never) static func packB(
        _ b: MatrixOperand, p0: Int, kc: Int, j0: Int, nc: Int, nr: Int, into dst: UnsafeMutablePointer<Double>
    ) {
        var strip = 0
        while strip < nc {
            let cols = min(nr, nc - strip)
            let out = dst + strip * kc
            if b.colStride == 1 {
                for p in 0..<kc {
                    let src = b.base + (p0 + p) * b.rowStride + (j0 + strip)
                    let o = out + p * nr
                    if cols == nr {
                        var j = 0
                        while j < nr {
                            storeVector(loadVector(src + j), o + j)
                            j += 8
                        }
                    } else {
                        for j in 0..<cols { o[j] = src[j] }
                        for j in cols..<nr { o[j] = 0 }
                    }
                }
            } else {
                // Transposed storage: each column of op(B) is a contiguous
                // stored row. Read 8 depths of a column as one vector and
                // spread them over 8 packed rows, so reads stay sequential.
                for j in cols..<nr {
                    for p in 0..<kc { out[p * nr + j] = 0 }
                }
                var p = 0
                while p + 8 <= kc {
                    for j in 0..<cols {
                        let v = loadVector(b.base + (j0 + strip + j) * b.colStride + p0 + p)
                        let o = out + p * nr + j
                        o[0] = v[0]; o[nr] = v[1]; o[2 * nr] = v[2]; o[3 * nr] = v[3]
                        o[4 * nr] = v[4]; o[5 * nr] = v[5]; o[6 * nr] = v[6]; o[7 * nr] = v[7]
                    }
                    p += 8
                }
                while p < kc {
                    for j in 0..<cols { out[p * nr + j] = b.base[(j0 + strip + j) * b.colStride + p0 + p] }
                    p += 1
                }
            }
            strip += nr
        }
    }
}
