// Logarithms and powers of ten without Foundation: TextCharts depends on
// nothing, and the standard library has no `log10`.

enum ChartMath {
    /// 10^n, exact for the powers a double holds exactly (|n| <= 22) and
    /// correctly rounded beyond, because negative powers divide once.
    static func pow10(_ n: Int) -> Double {
        var p = 1.0
        let k = min(abs(n), 400)
        for _ in 0..<k { p *= 10 }
        return n >= 0 ? p : 1 / p
    }

    /// The decimal exponent of |x|: floor(log10 |x|), for finite non-zero x.
    static func decade(_ x: Double) -> Int {
        var v = abs(x)
        guard v.isFinite, v > 0 else { return 0 }
        var e = 0
        while v >= 10 { v /= 10; e += 1 }
        while v < 1 { v *= 10; e -= 1 }
        // Repeated division can land a hair below a power of ten.
        if pow10(e + 1) <= abs(x) { e += 1 }
        return e
    }

    /// Natural logarithm from the binary exponent and an atanh series on the
    /// significand (in [1, 2), so the series converges in a few terms).
    static func ln(_ x: Double) -> Double {
        guard x > 0 else { return x == 0 ? -.infinity : .nan }
        guard x.isFinite else { return x }
        let e = Double(x.exponent)
        let m = x.significand
        let t = (m - 1) / (m + 1)
        let t2 = t * t
        var term = t
        var sum = 0.0
        var k = 1.0
        while k < 60 {
            sum += term / k
            term *= t2
            k += 2
            if abs(term) < 1e-18 { break }
        }
        return 2 * sum + e * 0.693147180559945309417232121458
    }

    static func log10(_ x: Double) -> Double {
        ln(x) / 2.302585092994045684017991454684
    }

    /// `x` rounded to an Int, or nil when it is not finite or out of range.
    static func int(_ x: Double) -> Int? {
        guard x.isFinite, abs(x) < 9e15 else { return nil }
        return Int(x.rounded())
    }
}
