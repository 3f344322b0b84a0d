import Foundation

/// e^x over a buffer, 8 values at a time, within 1 ulp of libm's `exp`
/// (tested over [-708, 709]): softmax and the cross-entropy's log-sum-exp
/// call `exp` once per output per example, and libm's scalar call was 10%
/// of a digits training run.
///
///     VectorExp.apply(z, into: a, count: 10)   // a[i] = exp(z[i])
public enum VectorExp {
    public static func apply(_ x: UnsafePointer<Double>, into y: UnsafeMutablePointer<Double>, count: Int) {
        apply(x, minus: 0, into: y, count: count)
    }

    /// y[i] = exp(x[i] - shift) (softmax's max-subtracted exponentials);
    /// `y` may be `x`.
    public static func apply(
        _ x: UnsafePointer<Double>, minus shift: Double, into y: UnsafeMutablePointer<Double>, count: Int
    ) {
        let s = GEMMVector(repeating: shift)
        var i = 0
        while i + 8 <= count {
            storeVector(exp8(loadVector(x + i) - s), y + i)
            i += 8
        }
        if i < count {
            // The tail through a padded vector, so every value takes the same path.
            var lanes = GEMMVector(repeating: 0)
            for j in 0..<(count - i) { lanes[j] = x[i + j] - shift }
            let result = exp8(lanes)
            for j in 0..<(count - i) { y[i + j] = result[j] }
        }
    }

    /// exp(x[0] - shift) + exp(x[1] - shift) + ..., added in index order
    /// (the same order as a scalar loop), for a log-sum-exp.
    public static func sum(_ x: UnsafePointer<Double>, minus shift: Double, count: Int) -> Double {
        let s = GEMMVector(repeating: shift)
        var total = 0.0
        var i = 0
        while i < count {
            let valid = Swift.min(8, count - i)
            var lanes = GEMMVector(repeating: 0)
            if valid == 8 {
                lanes = loadVector(x + i) - s
            } else {
                for j in 0..<valid { lanes[j] = x[i + j] - shift }
            }
            let e = exp8(lanes)
            for j in 0..<valid { total += e[j] }
            i += 8
        }
        return total
    }

    /// x = n ln 2 + r with |r| <= ln 2 / 2 (Cody-Waite: n ln2hi is exact),
    /// e^r by its Taylor polynomial to r^13 / 13! (truncation below 1e-17),
    /// times 2^n built in the exponent bits. Lanes outside [-708, 709]
    /// (where 2^n would leave the normal range), and NaN, go to libm.
    @inline(__always)
    static func exp8(_ x: GEMMVector) -> GEMMVector {
        let inRange = (x .>= GEMMVector(repeating: -708)) .& (x .<= GEMMVector(repeating: 709))
        guard all(inRange) else {
            var out = x
            for j in 0..<8 { out[j] = Foundation.exp(x[j]) }
            return out
        }
        // Adding 1.5 * 2^52 rounds x / ln 2 to an integer held in the low mantissa bits.
        let shifter = GEMMVector(repeating: 0x1.8p52)
        let biased = x * GEMMVector(repeating: 1.4426950408889634) + shifter
        let n = biased - shifter
        var r = x - n * GEMMVector(repeating: 6.93147180369123816490e-01)
        r = r - n * GEMMVector(repeating: 1.90821492927058770002e-10)
        // Horner from 1/13! down to 1/0!.
        var p = GEMMVector(repeating: 1.0 / 6227020800)
        p = horner(p, r, 1.0 / 479001600)
        p = horner(p, r, 1.0 / 39916800)
        p = horner(p, r, 1.0 / 3628800)
        p = horner(p, r, 1.0 / 362880)
        p = horner(p, r, 1.0 / 40320)
        p = horner(p, r, 1.0 / 5040)
        p = horner(p, r, 1.0 / 720)
        p = horner(p, r, 1.0 / 120)
        p = horner(p, r, 1.0 / 24)
        p = horner(p, r, 1.0 / 6)
        p = horner(p, r, 0.5)
        p = horner(p, r, 1)
        p = horner(p, r, 1)
        // 2^n: n + 1023 in the exponent field.
        let bits = unsafeBitCast(biased, to: SIMD8<UInt64>.self) &- SIMD8<UInt64>(repeating: 0x4338_0000_0000_0000)
            &+ SIMD8<UInt64>(repeating: 1023)
        let scale = unsafeBitCast(bits &<< 52, to: GEMMVector.self)
        return p * scale
    }

    /// c + p r, fused where the target has FMA.
    @inline(__always)
    private static func horner(_ p: GEMMVector, _ r: GEMMVector, _ c: Double) -> GEMMVector {
        var t = GEMMVector(repeating: c)
        multiplyAdd(&t, p, r)
        return t
    }
}
