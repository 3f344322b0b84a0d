import Foundation

extension GEMM {
    /// Products of at least this many multiply-adds are split over threads.
    /// Waking a sleeping worker takes long enough on a busy machine that
    /// products of ~100-200 us (W4's 64x128x784) gained nothing from a second
    /// thread, while the wake-ups cost CPU time (W3's evaluation passes).
    static let threadedProductMinimum = 256 * 256 * 256

    /// Cache-blocked product over packed strips, split over up to `threads`
    /// threads along the longer of m and n for large products.
    static func multiplyBlocked(
        m: Int, n: Int, k: Int, alpha: Double, a: MatrixOperand, b: MatrixOperand,
        beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int, kernel: KernelChoice = .current,
        threadedMinimum: Int = threadedProductMinimum
    ) {
        let parts = m * n * k >= threadedMinimum ? min(threads, 8) : 1
        if parts <= 1 {
            blockedRange(m: m, n: n, k: k, alpha: alpha, a: a, b: b, beta: beta, c: CPointer(c), ldc: ldc, kernel: kernel)
            return
        }
        let splitColumns = n >= m
        let length = splitColumns ? n : m
        let unit = splitColumns ? kernel.nr : kernel.mr
        let units = (length + unit - 1) / unit
        let count = min(parts, units)
        let cp = CPointer(c)
        DispatchQueue.concurrentPerform(iterations: count) { part in
            let start = units * part / count * unit
            let end = min(length, units * (part + 1) / count * unit)
            guard start < end else { return }
            if splitColumns {
                let bPart = b.offset(row: 0, col: start)
                blockedRange(
                    m: m, n: end - start, k: k, alpha: alpha, a: a, b: bPart, beta: beta,
                    c: CPointer(cp.base + start), ldc: ldc, kernel: kernel)
            } else {
                let aPart = a.offset(row: start, col: 0)
                blockedRange(
                    m: end - start, n: n, k: k, alpha: alpha, a: aPart, b: b, beta: beta,
                    c: CPointer(cp.base + start * ldc), ldc: ldc, kernel: kernel)
            }
        }
    }

    /// One thread's share: the classic five loops around the micro-kernel
    /// (columns by nc, depth by kc, rows by mc, then the strips).
    private static func blockedRange(
        m: Int, n: Int, k: Int, alpha: Double, a: MatrixOperand, b: MatrixOperand,
        beta: Double, c: CPointer, ldc: Int, kernel: KernelChoice
    ) {
        let mr = kernel.mr, nr = kernel.nr
        // Equal depth blocks of at most Blocking.kc: 784 = 4 x 196 rather
        // than 3 x 256 + 16, whose thin last block would cost a full pass over C.
        let kcMax = (k + (k + Blocking.kc - 1) / Blocking.kc - 1) / ((k + Blocking.kc - 1) / Blocking.kc)
        let ncMax = roundUp(min(n, Blocking.nc), nr)
        let scratchSize = mr * nr
        let ws = PackingBuffer.take(doubles: kcMax * ncMax + scratchSize)
        defer { PackingBuffer.give(ws) }
        let packedB = ws.base
        let scratch = packedB + kcMax * ncMax

        // B's rows are read in place when they already hold contiguous
        // columns and few rows of A reuse each strip: packing would cost more
        // than it saves. Only a ragged last strip is packed then.
        let inPlace = b.colStride == 1 && m <= Blocking.inPlaceRowLimit
        var j0 = 0
        while j0 < n {
            let nc = min(Blocking.nc, n - j0)
            let whole = inPlace ? nc / nr * nr : 0
            var p0 = 0
            while p0 < k {
                let kc = min(kcMax, k - p0)
                if whole < nc {
                    packB(b, p0: p0, kc: kc, j0: j0 + whole, nc: nc - whole, nr: nr, into: packedB)
                }
                let blockBeta = p0 == 0 ? beta : 1
                var i0 = 0
                while i0 < m {
                    let mc = min(Blocking.mc, m - i0)
                    let aBlock = a.offset(row: i0, col: p0)
                    let cBlock = c.base + i0 * ldc + j0
                    if whole > 0 {
                        kernel.run(
                            mc: mc, nc: whole, kc: kc, a: aBlock,
                            b: b.base + p0 * b.rowStride + j0, bRowStride: b.rowStride, bStripStride: nr,
                            alpha: alpha, beta: blockBeta, c: cBlock, ldc: ldc, scratch: scratch)
                    }
                    if whole < nc {
                        kernel.run(
                            mc: mc, nc: nc - whole, kc: kc, a: aBlock, b: packedB, bRowStride: nr, bStripStride: kc * nr,
                            alpha: alpha, beta: blockBeta, c: cBlock + whole, ldc: ldc, scratch: scratch)
                    }
                    i0 += mc
                }
                p0 += kc
            }
            j0 += nc
        }
    }

    @inline(__always)
    static func roundUp(_ x: Int, _ unit: Int) -> Int { (x + unit - 1) / unit * unit }
}

/// The output pointer, handed to the worker threads; each writes a disjoint block.
struct CPointer: @unchecked Sendable {
    let base: UnsafeMutablePointer<Double>
    init(_ base: UnsafeMutablePointer<Double>) { self.base = base }
}

extension MatrixOperand {
    /// The operand starting at element (row, col) of op(X).
    func offset(row: Int, col: Int) -> MatrixOperand {
        MatrixOperand(base: base + row * rowStride + col * colStride, rowStride: rowStride, colStride: colStride)
    }
}
