extension GEMM {
    /// Copies rows i0..<i0+mc, columns p0..<p0+kc of op(A) into strips of
    /// `mr` rows, each stored column by column (mr values per p), padding the
    /// last strip with zeros so the micro-kernel never branches on edges.
    static func packA(
        _ a: MatrixOperand, i0: Int, mc: Int, p0: Int, kc: Int, into dst: UnsafeMutablePointer<Double>
    ) {
        let mr = Blocking.mr
        var strip = 0
        while strip < mc {
            let rows = min(mr, mc - strip)
            let out = dst + strip * kc
            if a.rowStride == 1 {
                // Transposed storage: the strip's rows are contiguous for each p.
                for p in 0..<kc {
                    let src = a.base + (p0 + p) * a.colStride + (i0 + strip)
                    let o = out + p * mr
                    for r in 0..<rows { o[r] = src[r] }
                    for r in rows..<mr { o[r] = 0 }
                }
            } else {
                for r in 0..<mr {
                    if r < rows {
                        let src = a.base + (i0 + strip + r) * a.rowStride + p0
                        for p in 0..<kc { out[p * mr + r] = src[p] }
                    } else {
                        for p in 0..<kc { out[p * mr + r] = 0 }
                    }
                }
            }
            strip += mr
        }
    }

    /// Copies rows p0..<p0+kc, columns j0..<j0+nc of op(B) into strips of
    /// `nr` columns, each stored row by row (nr values per p), zero-padded.
    static func packB(
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
                // Transposed storage: each column of op(B) is a contiguous stored row.
                for j in 0..<nr {
                    if j < cols {
                        let src = b.base + (j0 + strip + j) * b.colStride + p0
                        for p in 0..<kc { out[p * nr + j] = src[p] }
                    } else {
                        for p in 0..<kc { out[p * nr + j] = 0 }
                    }
                }
            }
            strip += nr
        }
    }
}
