/// Register and cache block sizes of the blocked product.
enum Blocking {
    /// Depth of one packed block: a 256 x 16 strip of B is 32 KiB, at home in L1.
    static let kc = 256
    /// Rows of C per block (a multiple of both kernels' tile heights, 6 and 8).
    static let mc = 120
    /// Columns of B packed at once: 256 x 1024 doubles = 2 MiB (L2/L3).
    static let nc = 1024
    /// Products with at most this many rows read a row-major B in place:
    /// each strip is reused by only m / 8 tiles, too few to repay packing.
    static let inPlaceRowLimit = 64
}

typealias GEMMVector = SIMD8<Double>

/// acc += x * y, as one fused instruction where the target has it. Without
/// an FMA target (plain x86-64), `addProduct` becomes a libm call per lane,
/// 20x slower than a separate multiply and add.
@inline(__always)
func multiplyAdd(_ acc: inout GEMMVector, _ x: GEMMVector, _ y: GEMMVector) {
    #if NN_FMA || arch(arm64)
    acc.addProduct(x, y)
    #else
    acc += x * y
    #endif
}

@inline(__always)
func loadVector(_ p: UnsafePointer<Double>) -> GEMMVector {
    UnsafeRawPointer(p).loadUnaligned(as: GEMMVector.self)
}

@inline(__always)
func storeVector(_ v: GEMMVector, _ p: UnsafeMutablePointer<Double>) {
    UnsafeMutableRawPointer(p).storeBytes(of: v, as: GEMMVector.self)
}

extension GEMM {
    /// The portable block kernel (AVX2 on x86-64, NEON on arm64): same
    /// contract as `avx512BlockKernel` (A read in place, B in strips of 8
    /// columns, packed or in place), with 6 x 8 tiles held in 6
    /// `SIMD8<Double>` accumulators (12 AVX2 registers, leaving room for
    /// 2 loads of B and one broadcast of A: 15 of 16).
    static func portableBlockKernel(
        mc: Int, nc: Int, kc: Int,
        a: UnsafePointer<Double>, aRowStride: Int, aColStride: Int,
        b: UnsafePointer<Double>, bRowStride: Int, bStripStride: Int,
        alpha: Double, beta: Double,
        c: UnsafeMutablePointer<Double>, ldc: Int,
        scratch: UnsafeMutablePointer<Double>
    ) {
        var jr = 0
        while jr < nc {
            let cols = min(8, nc - jr)
            var ir = 0
            while ir < mc {
                microKernel(
                    kc: kc, a: a + ir * aRowStride, rowStride: aRowStride, colStride: aColStride,
                    b: b + (jr / 8) * bStripStride, bRowStride: bRowStride, alpha: alpha, beta: beta,
                    c: c + ir * ldc + jr, ldc: ldc, rows: min(6, mc - ir), cols: cols, scratch: scratch)
                ir += 6
            }
            jr += 8
        }
    }

    @inline(__always)
    private static func microKernel(
        kc: Int, a: UnsafePointer<Double>, rowStride: Int, colStride: Int, b: UnsafePointer<Double>, bRowStride: Int,
        alpha: Double, beta: Double,
        c: UnsafeMutablePointer<Double>, ldc: Int, rows: Int, cols: Int,
        scratch: UnsafeMutablePointer<Double>
    ) {
        var c0 = GEMMVector(), c1 = GEMMVector(), c2 = GEMMVector()
        var c3 = GEMMVector(), c4 = GEMMVector(), c5 = GEMMVector()
        // Offsets of rows 1-5 from row 0; missing rows read row 0 again.
        let r1 = rows > 1 ? rowStride : 0, r2 = rows > 2 ? 2 * rowStride : 0
        let r3 = rows > 3 ? 3 * rowStride : 0, r4 = rows > 4 ? 4 * rowStride : 0
        let r5 = rows > 5 ? 5 * rowStride : 0
        var pa = a
        var pb = b
        var p = 0
        while p < kc {
            let bv = loadVector(pb)
            multiplyAdd(&c0, GEMMVector(repeating: pa[0]), bv)
            multiplyAdd(&c1, GEMMVector(repeating: pa[r1]), bv)
            multiplyAdd(&c2, GEMMVector(repeating: pa[r2]), bv)
            multiplyAdd(&c3, GEMMVector(repeating: pa[r3]), bv)
            multiplyAdd(&c4, GEMMVector(repeating: pa[r4]), bv)
            multiplyAdd(&c5, GEMMVector(repeating: pa[r5]), bv)
            pa += colStride
            pb += bRowStride
            p += 1
        }
        let av = GEMMVector(repeating: alpha)
        if rows == 6 && cols == 8 {
            store(c0 * av, c, beta)
            store(c1 * av, c + ldc, beta)
            store(c2 * av, c + 2 * ldc, beta)
            store(c3 * av, c + 3 * ldc, beta)
            store(c4 * av, c + 4 * ldc, beta)
            store(c5 * av, c + 5 * ldc, beta)
            return
        }
        storeVector(c0 * av, scratch)
        storeVector(c1 * av, scratch + 8)
        storeVector(c2 * av, scratch + 16)
        storeVector(c3 * av, scratch + 24)
        storeVector(c4 * av, scratch + 32)
        storeVector(c5 * av, scratch + 40)
        for i in 0..<rows {
            let row = c + i * ldc
            let src = scratch + i * 8
            for j in 0..<cols {
                row[j] = beta == 0 ? src[j] : (beta == 1 ? row[j] + src[j] : src[j] + beta * row[j])
            }
        }
    }

    @inline(__always)
    private static func store(_ v: GEMMVector, _ c: UnsafeMutablePointer<Double>, _ beta: Double) {
        if beta == 0 {
            storeVector(v, c)
        } else if beta == 1 {
            storeVector(v + loadVector(c), c)
        } else {
            storeVector(v + GEMMVector(repeating: beta) * loadVector(c), c)
        }
    }
}
