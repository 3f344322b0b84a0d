/// Maps data values on one axis to a fraction of the axis: linear, or
/// logarithmic (values <= 0 cannot be placed on a log axis).
///
///     AxisScale(lo: 0, hi: 10).fraction(2.5)   // 0.25
public struct AxisScale: Sendable, Equatable {
    public var lo: Double
    public var hi: Double
    public var log: Bool

    public init(lo: Double, hi: Double, log: Bool = false) {
        self.lo = lo
        self.hi = hi
        self.log = log
    }

    private func t(_ v: Double) -> Double { log ? ChartMath.log10(v) : v }

    /// 0 at `lo`, 1 at `hi`; nil for values that cannot be placed (nan,
    /// infinite, or <= 0 on a log axis). Values outside the range give
    /// fractions outside [0, 1].
    public func fraction(_ v: Double) -> Double? {
        guard v.isFinite, !log || v > 0 else { return nil }
        let a = t(lo), b = t(hi)
        guard b > a else { return 0.5 }
        // Halves keep the span finite for ranges across most of the doubles (-1e308 … 1e308).
        if !(b - a).isFinite { return (t(v) / 2 - a / 2) / (b / 2 - a / 2) }
        return (t(v) - a) / (b - a)
    }

    /// The value at a fraction of the axis (used to sample functions and regions).
    public func value(at fraction: Double) -> Double {
        if log {
            let a = ChartMath.log10(lo), b = ChartMath.log10(hi)
            return exp10(a + (b - a) * fraction)
        }
        return (hi - lo).isFinite ? lo + (hi - lo) * fraction : lo * (1 - fraction) + hi * fraction
    }

    private func exp10(_ x: Double) -> Double {
        // 10^x = 10^whole * 10^frac, the fraction by its Taylor series of e^(frac ln 10).
        guard x.isFinite else { return x }
        let whole = x.rounded(.down)
        let y = (x - whole) * 2.302585092994045684017991454684
        var term = 1.0, sum = 1.0
        for k in 1..<30 { term *= y / Double(k); sum += term }
        return sum * ChartMath.pow10(Int(max(min(whole, 400), -400)))
    }
}
