// Compiled for skylake-avx512 as its own target (NeuralEngineAVX512) and
// called only after the CPU was checked for AVX-512. Only pointer and SIMD
// arithmetic here: any generic function specialized in this module could be
// shared with code that runs on CPUs without AVX-512.
#if arch(x86_64)

typealias Vector = SIMD8<Double>

@inline(__always)
private func load(_ p: UnsafePointer<Double>) -> Vector {
    UnsafeRawPointer(p).loadUnaligned(as: Vector.self)
}

@inline(__always)
private func store(_ v: Vector, _ p: UnsafeMutablePointer<Double>) {
    UnsafeMutableRawPointer(p).storeBytes(of: v, as: Vector.self)
}

/// Writes one accumulated row segment: C = alpha*acc (+ beta*C, or + C).
@inline(__always)
private func update(_ acc: Vector, _ c: UnsafeMutablePointer<Double>, _ alpha: Vector, _ beta: Double) {
    if beta == 0 {
        store(acc * alpha, c)
    } else if beta == 1 {
        var v = load(c)
        v.addProduct(acc, alpha)
        store(v, c)
    } else {
        var v = load(c) * Vector(repeating: beta)
        v.addProduct(acc, alpha)
        store(v, c)
    }
}

/// C[0..<mc, 0..<nc] (+)= alpha * A * B for one block: A read in place
/// (element (i, p) at `a[i * aRowStride + p * aColStride]`, so either
/// storage order works without packing), B in strips of 16 columns: 16
/// values per depth step, `bRowStride` apart, strips `bStripStride` apart
/// (packed: 16 and kc * 16, zero-padded; or B's own rows read in place:
/// its row stride and 16, when every strip is whole). Each 8 x 16 tile of C
/// lives in 16 zmm registers while the depth loop runs (8 rows: batches of
/// 16, 32, 64 split into whole tiles); rows of A broadcast straight from
/// memory. A short last tile repeats row 0 for its missing rows and drops
/// their results; edge tiles go through `scratch` (128 doubles).
public func avx512BlockKernel(
    mc: Int, nc: Int, kc: Int,
    a: UnsafePointer<Double>, aRowStride: Int, aColStride: Int,
    b: UnsafePointer<Double>, bRowStride: Int, bStripStride: Int,
    alpha: Double, beta: Double,
    c: UnsafeMutablePointer<Double>, ldc: Int,
    scratch: UnsafeMutablePointer<Double>
) {
    let av = Vector(repeating: alpha)
    var jr = 0
    while jr < nc {
        let cols = nc - jr < 16 ? nc - jr : 16
        var ir = 0
        while ir < mc {
            let rows = mc - ir < 8 ? mc - ir : 8
            var c00 = Vector(), c01 = Vector()
            var c10 = Vector(), c11 = Vector()
            var c20 = Vector(), c21 = Vector()
            var c30 = Vector(), c31 = Vector()
            var c40 = Vector(), c41 = Vector()
            var c50 = Vector(), c51 = Vector()
            var c60 = Vector(), c61 = Vector()
            var c70 = Vector(), c71 = Vector()
            // Offsets of rows 1-7 from row 0; missing rows read row 0 again.
            let r1 = rows > 1 ? aRowStride : 0
            let r2 = rows > 2 ? 2 * aRowStride : 0
            let r3 = rows > 3 ? 3 * aRowStride : 0
            let r4 = rows > 4 ? 4 * aRowStride : 0
            let r5 = rows > 5 ? 5 * aRowStride : 0
            let r6 = rows > 6 ? 6 * aRowStride : 0
            let r7 = rows > 7 ? 7 * aRowStride : 0
            var pa = a + ir * aRowStride
            var pb = b + (jr / 16) * bStripStride
            var p = 0
            while p < kc {
                let b0 = load(pb), b1 = load(pb + 8)
                var x = Vector(repeating: pa[0])
                c00.addProduct(x, b0); c01.addProduct(x, b1)
                x = Vector(repeating: pa[r1])
                c10.addProduct(x, b0); c11.addProduct(x, b1)
                x = Vector(repeating: pa[r2])
                c20.addProduct(x, b0); c21.addProduct(x, b1)
                x = Vector(repeating: pa[r3])
                c30.addProduct(x, b0); c31.addProduct(x, b1)
                x = Vector(repeating: pa[r4])
                c40.addProduct(x, b0); c41.addProduct(x, b1)
                x = Vector(repeating: pa[r5])
                c50.addProduct(x, b0); c51.addProduct(x, b1)
                x = Vector(repeating: pa[r6])
                c60.addProduct(x, b0); c61.addProduct(x, b1)
                x = Vector(repeating: pa[r7])
                c70.addProduct(x, b0); c71.addProduct(x, b1)
                pa += aColStride
                pb += bRowStride
                p += 1
            }
            let tile = c + ir * ldc + jr
            if rows == 8 && cols == 16 {
                update(c00, tile, av, beta); update(c01, tile + 8, av, beta)
                update(c10, tile + 1 * ldc, av, beta); update(c11, tile + 1 * ldc + 8, av, beta)
                update(c20, tile + 2 * ldc, av, beta); update(c21, tile + 2 * ldc + 8, av, beta)
                update(c30, tile + 3 * ldc, av, beta); update(c31, tile + 3 * ldc + 8, av, beta)
                update(c40, tile + 4 * ldc, av, beta); update(c41, tile + 4 * ldc + 8, av, beta)
                update(c50, tile + 5 * ldc, av, beta); update(c51, tile + 5 * ldc + 8, av, beta)
                update(c60, tile + 6 * ldc, av, beta); update(c61, tile + 6 * ldc + 8, av, beta)
                update(c70, tile + 7 * ldc, av, beta); update(c71, tile + 7 * ldc + 8, av, beta)
            } else {
                store(c00 * av, scratch + 0); store(c01 * av, scratch + 8)
                store(c10 * av, scratch + 16); store(c11 * av, scratch + 24)
                store(c20 * av, scratch + 32); store(c21 * av, scratch + 40)
                store(c30 * av, scratch + 48); store(c31 * av, scratch + 56)
                store(c40 * av, scratch + 64); store(c41 * av, scratch + 72)
                store(c50 * av, scratch + 80); store(c51 * av, scratch + 88)
                store(c60 * av, scratch + 96); store(c61 * av, scratch + 104)
                store(c70 * av, scratch + 112); store(c71 * av, scratch + 120)
                var i = 0
                while i < rows {
                    let row = tile + i * ldc
                    let src = scratch + i * 16
                    var j = 0
                    while j < cols {
                        row[j] = beta == 0 ? src[j] : (beta == 1 ? row[j] + src[j] : src[j] + beta * row[j])
                        j += 1
                    }
                    i += 1
                }
            }
            ir += 8
        }
        jr += 16
    }
}

#endif
