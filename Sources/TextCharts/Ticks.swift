/// A labelled position on an axis.
public struct Tick: Sendable, Equatable {
    public var value: Double
    public var label: String
}

/// An axis range and its ticks.
public struct TickedRange: Sendable, Equatable {
    public var lo: Double
    public var hi: Double
    public var ticks: [Tick]
}

/// Tick selection: steps of 1, 2 or 5 x 10^n, as many as fit, never just
/// the two limits when three fit.
///
///     Ticks.linear(lo: 0.03, hi: 0.78, maxCount: 6)   // 0 to 0.8 by 0.2
public enum Ticks {
    /// A step m x 10^exponent with m in {1, 2, 5}.
    struct Step: Equatable {
        var mantissa: Int
        var exponent: Int
        var value: Double {
            exponent >= 0 ? Double(mantissa) * ChartMath.pow10(exponent) : Double(mantissa) / ChartMath.pow10(-exponent)
        }
        func value(times k: Int) -> Double {
            exponent >= 0 ? Double(k * mantissa) * ChartMath.pow10(exponent) : Double(k * mantissa) / ChartMath.pow10(-exponent)
        }
        var next: Step {
            switch mantissa {
            case 1: Step(mantissa: 2, exponent: exponent)
            case 2: Step(mantissa: 5, exponent: exponent)
            default: Step(mantissa: 1, exponent: exponent + 1)
            }
        }
    }

    /// The range to show for data from `lo` to `hi`: widened when empty or
    /// flat, so a constant series still gets an axis around its value.
    public static func widen(lo: Double, hi: Double) -> (lo: Double, hi: Double) {
        guard lo.isFinite, hi.isFinite, lo <= hi else { return (0, 1) }
        let mid = lo / 2 + hi / 2
        if hi - lo > abs(mid) * 1e-9, hi - lo > 1e-300 { return (lo, hi) }
        // Wide enough to hold the data even when it spans a subnormal sliver (0 … 1e-300).
        let d = mid == 0 && hi == lo ? 1 : max(abs(mid) / 10, hi - lo)
        return (mid - d, mid + d)
    }

    /// Ticks for [lo, hi]. With `expand` the range grows to the nearest
    /// ticks outside it (nice limits); otherwise ticks stay inside.
    /// `integers` keeps steps whole (counts, indices).
    public static func linear(lo: Double, hi: Double, maxCount: Int, expand: Bool = true, integers: Bool = false) -> TickedRange {
        linear(lo: lo, hi: hi, maxCount: maxCount, growth: expand ? .infinity : 0, integers: integers)
    }

    /// Ticks for [lo, hi]; each end grows to the next tick outside it when
    /// that adds at most `growth` times the span (0.05: snap 1…2000 to 0…2000,
    /// but keep -5…5 as it is).
    /// `cells`: the rows or columns the axis spans, so ticks closer than
    /// two cells apart count as crowded.
    /// `unlabelled`: the weight of data beyond the outer ticks (higher for
    /// cost curves, whose first, largest value should sit under a label).
    public static func linear(lo: Double, hi: Double, maxCount: Int, growth: Double, integers: Bool = false, cells: Int? = nil,
                              unlabelled unlabelledWeight: Double = 0.8) -> TickedRange {
        let (lo, hi) = widen(lo: lo, hi: hi)
        if !(hi - lo).isFinite {
            // A span beyond the largest double: choose for a tenth of the data, then scale back.
            let r = linear(lo: lo / 10, hi: hi / 10, maxCount: maxCount, growth: growth, integers: integers, cells: cells, unlabelled: unlabelledWeight)
            let top = Double.greatestFiniteMagnitude
            let ticks = r.ticks.map { $0.value * 10 }.filter(\.isFinite).map { Tick(value: $0, label: NumberFormat.short($0)) }
            return TickedRange(lo: max(r.lo * 10, -top), hi: min(r.hi * 10, top), ticks: ticks)
        }
        let maxCount = max(maxCount, 2)
        let raw = (hi - lo) / Double(maxCount)
        var step = Step(mantissa: 1, exponent: ChartMath.decade(raw) - 1)
        if integers, step.exponent < 0 { step = Step(mantissa: 1, exponent: 0) }
        // Every step and way of growing the ends that fits is scored: space
        // wasted beyond the data, data beyond the outer ticks (unlabelled),
        // and too few ticks all cost; the cheapest wins.
        let target = Double(min(maxCount, 6))
        let span = hi - lo
        var best: (cost: Double, range: TickedRange)?
        for _ in 0..<40 {
            let variants = ticks(lo: lo, hi: hi, step: step, growth: growth)
            if variants.contains(where: { $0.ticks.count >= 2 }) || best == nil {
                for v in variants where v.ticks.count <= maxCount && (v.ticks.count >= 2 || best == nil) {
                    guard let first = v.ticks.first?.value, let last = v.ticks.last?.value else { continue }
                    let wasted = ((v.hi - v.lo) - span) / span
                    let unlabelled = (max(first - lo, 0) + max(hi - last, 0)) / span
                    let few = max(target - Double(v.ticks.count), 0) / target
                    let many = max(Double(v.ticks.count) - target, 0) / target
                    var cost = wasted + unlabelledWeight * unlabelled + 0.5 * few + 0.1 * many
                    if let cells, v.ticks.count > 1 {
                        // Labels on neighbouring rows read as one crowded,
                        // uneven column: fewer, evenly spaced ones win.
                        let spacing = Double(max(cells - 1, 1)) * step.value / (v.hi - v.lo)
                        if spacing < 2 { cost += 2 + (2 - spacing) }
                    }
                    if best == nil || cost < (best?.cost ?? .infinity) { best = (cost, v) }
                }
            }
            if let b = best, b.range.ticks.count >= 2, variants.allSatisfy({ $0.ticks.count < 2 }) { break }
            step = step.next
        }
        if let best { return best.range }
        return TickedRange(lo: lo, hi: hi, ticks: [])
    }

    /// Ticks from `lo` to `hi` both included, by the finest 1-2-5 step
    /// that divides both ends and whose labels `fit`; nil when the ends are
    /// not round (from=-1.3) or no such step gives 3 to `maxCount` ticks.
    public static func throughEnds(lo: Double, hi: Double, maxCount: Int, fits: (TickedRange) -> Bool) -> TickedRange? {
        guard lo.isFinite, hi.isFinite, lo < hi else { return nil }
        let span = hi - lo
        var step = Step(mantissa: 1, exponent: ChartMath.decade(span / Double(max(maxCount, 2))) - 1)
        for _ in 0..<12 {
            let s = step.value
            if let kLo = ChartMath.int(lo / s), let kHi = ChartMath.int(hi / s),
               abs(Double(kLo) * s - lo) <= span * 1e-9, abs(Double(kHi) * s - hi) <= span * 1e-9 {
                let count = kHi - kLo + 1
                if count < 3 { return nil }
                if count <= maxCount {
                    let range = make(kLo: kLo, kHi: kHi, step: step, lo: lo, hi: hi)
                    if fits(range) { return range }
                }
            }
            step = step.next
        }
        return nil
    }

    /// The ticks of one step, for each way the ends may grow (each end
    /// grows to the next tick outside only within `growth` of the span).
    static func ticks(lo: Double, hi: Double, step: Step, growth: Double) -> [TickedRange] {
        let s = step.value
        let slack = 1e-9
        let allowed = (hi - lo) * growth
        guard let outLo = ChartMath.int((lo / s + slack).rounded(.down)), let inLo = ChartMath.int((lo / s - slack).rounded(.up)),
              let outHi = ChartMath.int((hi / s - slack).rounded(.up)), let inHi = ChartMath.int((hi / s + slack).rounded(.down)),
              outHi - outLo < 10_000
        else { return [] }
        let loChoices = lo - step.value(times: outLo) <= allowed ? [outLo, inLo] : [inLo]
        let hiChoices = step.value(times: outHi) - hi <= allowed ? [outHi, inHi] : [inHi]
        var result: [TickedRange] = []
        for kLo in Set(loChoices) {
            for kHi in Set(hiChoices) where kHi >= kLo {
                result.append(make(kLo: kLo, kHi: kHi, step: step,
                                   lo: kLo == outLo ? step.value(times: kLo) : lo, hi: kHi == outHi ? step.value(times: kHi) : hi))
            }
        }
        // Ties in count prefer the widest range (nice limits at both ends).
        return result.sorted { ($0.hi - $0.lo) > ($1.hi - $1.lo) }
    }

    private static func make(kLo: Int, kHi: Int, step: Step, lo: Double, hi: Double) -> TickedRange {
        let top = max(abs(step.value(times: kLo)), abs(step.value(times: kHi)))
        let scientific = top >= 1e7 || (step.exponent < -4)
        let decimals = max(0, -step.exponent)
        let ticks = (kLo...kHi).map { k in
            Tick(value: step.value(times: k),
                 label: NumberFormat.label(k * step.mantissa, exponent: step.exponent, decimals: decimals, scientific: scientific))
        }
        return TickedRange(lo: min(lo, hi), hi: max(lo, hi), ticks: ticks)
    }

    private static func floorDiv(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }

    private static func ceilDiv(_ a: Int, _ b: Int) -> Int { -floorDiv(-a, b) }

    /// For a log axis over the decades eLo…eHi: label every `every`-th
    /// power of ten (multiples of it read best: 1e-12, 1e-8, 1e-4, 1…), as
    /// few as keep the count within `maxCount`. The ends move out to the
    /// next labelled power only when that stays close (a run that diverges
    /// to 1e305 must not push the axis to 1e400, or the small costs to 1e-50).
    static func decadeStep(eLo: Int, eHi: Int, maxCount: Int, cells: Int? = nil) -> (every: Int, lo: Int, hi: Int) {
        let span = max(eHi - eLo, 1)
        let maxCount = max(maxCount, 2)
        let steps = [1, 2, 3, 4, 5, 6, 10, 20, 25, 50, 100, 200, 500]
        for every in steps {
            let inside = floorDiv(eHi, every) - ceilDiv(eLo, every) + 1
            guard inside <= maxCount, inside >= 2 || every == steps.last else { continue }
            if let cells, every != steps.last, Double(max(cells - 1, 1)) * Double(every) / Double(span) < 2 { continue }
            var lo = eLo, hi = eHi, count = inside
            let outLo = floorDiv(eLo, every) * every, outHi = ceilDiv(eHi, every) * every
            let close = max(span / 10, 1)
            let growLo = { if outLo < lo, lo - outLo <= close, outLo >= -307, count < maxCount { lo = outLo; count += 1 } }
            let growHi = { if outHi > hi, outHi - hi <= close, outHi <= 308, count < maxCount { hi = outHi; count += 1 } }
            // The end that needs less room grows first.
            if lo - outLo <= outHi - hi { growLo(); growHi() } else { growHi(); growLo() }
            return (every, lo, hi)
        }
        return (steps.last ?? 100, eLo, eHi)
    }

    /// Ticks at powers of ten for a log axis over [lo, hi] (both > 0),
    /// with 2 and 5 between them when the range spans a decade or less.
    /// `cells`: the rows the axis spans, so labels stay at least two rows apart.
    public static func logarithmic(lo: Double, hi: Double, maxCount: Int, cells: Int? = nil) -> TickedRange {
        guard lo > 0, hi.isFinite, lo.isFinite, lo <= hi else { return logarithmic(lo: 1, hi: 10, maxCount: maxCount, cells: cells) }
        // Powers of ten a double holds as normal numbers: 1e-307 … 1e308.
        var eLo = max(ChartMath.decade(lo), -307)
        var eHi = min(ChartMath.decade(hi), 308)
        if eHi < 308, ChartMath.pow10(eHi) < hi * (1 - 1e-12) { eHi += 1 }
        if eHi == eLo { if eHi < 308 { eHi += 1 } else { eLo -= 1 } }
        let decades = eHi - eLo
        let sci = eLo < -4 || eHi >= 7
        func tick(_ m: Int, _ e: Int) -> Tick {
            let value = e >= 0 ? Double(m) * ChartMath.pow10(e) : Double(m) / ChartMath.pow10(-e)
            return Tick(value: value, label: NumberFormat.label(m, exponent: e, decimals: max(0, -e), scientific: sci))
        }
        var ticks: [Tick] = []
        // Within a decade or two, ticks between the powers: 1, 2, 5 when
        // they keep the data on at least half the axis (1…10 for 1.5…8),
        // finer ones when the data sits inside one gap (4, 5, 6 for 4…6).
        func between(_ mantissas: [Int]) -> [Tick] {
            var all: [Tick] = []
            for e in eLo..<eHi { all += mantissas.map { tick($0, e) } }
            all.append(tick(1, eHi))
            // From the last tick at or below the data to the first at or above it.
            let first = all.lastIndex { $0.value <= lo * (1 + 1e-12) } ?? 0
            let last = all.firstIndex { $0.value >= hi * (1 - 1e-12) } ?? (all.count - 1)
            return first < last ? Array(all[first...last]) : all
        }
        func spaced(_ t: [Tick]) -> Bool {
            guard let cells, let a = t.first?.value, let b = t.last?.value, b > a else { return true }
            let span = ChartMath.log10(b) - ChartMath.log10(a)
            let closest = zip(t, t.dropFirst()).map { ChartMath.log10($1.value) - ChartMath.log10($0.value) }.min() ?? span
            return Double(max(cells - 1, 1)) * closest / span >= 2
        }
        func dataShare(_ t: [Tick]) -> Double {
            guard let a = t.first?.value, let b = t.last?.value, b > a else { return 1 }
            return (ChartMath.log10(hi) - ChartMath.log10(lo)) / (ChartMath.log10(b) - ChartMath.log10(a))
        }
        if decades <= 2 {
            let coarse = between([1, 2, 5])
            let fits = { (t: [Tick]) in t.count <= maxCount && spaced(t) }
            if coarse.count >= 3, fits(coarse), dataShare(coarse) >= 0.5 {
                ticks = coarse
            } else if let fine = [[1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 5]].map(between).first(where: { $0.count >= 3 && fits($0) }) {
                ticks = fine
            } else if fits(coarse) {
                ticks = coarse
            }
        }
        if ticks.isEmpty {
            let (every, axisLo, axisHi) = decadeStep(eLo: eLo, eHi: eHi, maxCount: maxCount, cells: cells)
            eLo = axisLo
            eHi = axisHi
            ticks = stride(from: ceilDiv(eLo, every) * every, through: eHi, by: every).map { tick(1, $0) }
            return TickedRange(lo: min(tick(1, eLo).value, lo), hi: max(tick(1, eHi).value, hi), ticks: ticks)
        }
        let first = ticks.first?.value ?? lo
        let last = ticks.last?.value ?? hi
        return TickedRange(lo: min(first, lo), hi: max(last, hi), ticks: ticks)
    }
}
