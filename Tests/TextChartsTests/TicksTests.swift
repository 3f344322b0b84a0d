import Testing
@testable import TextCharts

@Suite struct TicksTests {
    @Test func costRangeGetsNiceLimitsAndSteps() {
        let r = Ticks.linear(lo: 0.03, hi: 0.78, maxCount: 6)
        #expect(r.ticks.map(\.label) == ["0.0", "0.2", "0.4", "0.6", "0.8"])
        #expect(r.lo == 0 && r.hi == 0.8)
    }

    @Test func stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        let ranges: [(Double, Double)] = [(0, 1), (-5, 5), (1, 2000), (0.001, 0.0042), (-3e7, 9e8), (17, 23), (-1e-12, 1e-12), (1e-12, 1e12)]
        for (lo, hi) in ranges {
            for maxCount in 4...8 {
                let r = Ticks.linear(lo: lo, hi: hi, maxCount: maxCount)
                #expect(r.ticks.count >= 3, "only \(r.ticks.count) ticks for \(lo)...\(hi)")
                #expect(r.ticks.count <= maxCount)
                let step = r.ticks[1].value - r.ticks[0].value
                let m = step / pow(10, (log10(step) + 1e-9).rounded(.down))
                #expect([1.0, 2.0, 5.0].contains { abs($0 - m) < 1e-6 }, "step \(step) for \(lo)...\(hi)")
                #expect(r.lo <= lo && r.hi >= hi)
            }
        }
    }

    @Test func ticksInsideARangeThatMustNotGrow() {
        let r = Ticks.linear(lo: -5, hi: 5, maxCount: 6, growth: 0)
        #expect(r.ticks.map(\.label) == ["-4", "-2", "0", "2", "4"])
        #expect(r.lo == -5 && r.hi == 5)
    }

    @Test func hugeAndTinyRangesUseScientificLabels() {
        #expect(Ticks.linear(lo: 0, hi: 1e12, maxCount: 6).ticks.map(\.label) == ["0", "2e11", "4e11", "6e11", "8e11", "1e12"])
        #expect(Ticks.linear(lo: 0, hi: 3e-12, maxCount: 4).ticks.map(\.label) == ["0", "1e-12", "2e-12", "3e-12"])
    }

    @Test func flatDataGetsARangeAroundIt() {
        let r = Ticks.linear(lo: 0.5, hi: 0.5, maxCount: 5)
        #expect(r.lo < 0.5 && r.hi > 0.5)
        let zero = Ticks.linear(lo: 0, hi: 0, maxCount: 5)
        #expect(zero.lo == -1 && zero.hi == 1)
    }

    @Test func logTicksAtPowersOfTen() {
        #expect(Ticks.logarithmic(lo: 0.002, hi: 7, maxCount: 6).ticks.map(\.label) == ["0.001", "0.01", "0.1", "1", "10"])
        #expect(Ticks.logarithmic(lo: 1e-12, hi: 1e12, maxCount: 7).ticks.map(\.label) == ["1e-12", "1e-8", "1e-4", "1", "1e4", "1e8", "1e12"])
        #expect(Ticks.logarithmic(lo: 1.5, hi: 8, maxCount: 6).ticks.map(\.label) == ["1", "2", "5", "10"])
    }

    @Test func logTicksOverHundredsOfDecades() {
        // A run that diverged: costs from 1e-6 to 5e304, on about 7 labels.
        let r = Ticks.logarithmic(lo: 1e-6, hi: 5.37e304, maxCount: 7)
        #expect(r.ticks.map(\.label) == ["1", "1e50", "1e100", "1e150", "1e200", "1e250", "1e300"])
        #expect(r.lo <= 1e-6 && r.hi >= 5.37e304 && r.hi.isFinite)
        // The ends stay finite at the limits of doubles.
        let top = Ticks.logarithmic(lo: 1e-300, hi: .greatestFiniteMagnitude, maxCount: 8)
        #expect(top.lo > 0 && top.hi.isFinite && top.ticks.count >= 2 && top.ticks.count <= 8)
        #expect(top.ticks.allSatisfy { $0.value.isFinite && $0.value > 0 })
        let tiny = Ticks.logarithmic(lo: 5e-324, hi: 1e-300, maxCount: 5)
        #expect(tiny.lo > 0 && tiny.ticks.count >= 2)
    }

    @Test func fixedEndsAreLabelledWhenRound() {
        let fitsAll = { (_: TickedRange) in true }
        #expect(Ticks.throughEnds(lo: -5, hi: 5, maxCount: 11, fits: fitsAll)?.ticks.map(\.label) == ["-5", "-4", "-3", "-2", "-1", "0", "1", "2", "3", "4", "5"])
        #expect(Ticks.throughEnds(lo: -5, hi: 5, maxCount: 6, fits: fitsAll)?.ticks.map(\.label) == ["-5", "0", "5"])
        #expect(Ticks.throughEnds(lo: 0, hi: 1, maxCount: 6, fits: fitsAll)?.ticks.map(\.label) == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        #expect(Ticks.throughEnds(lo: -1.3, hi: 2.9, maxCount: 8, fits: fitsAll) == nil)
    }

    @Test func logTicksInsideADecade() {
        // 1, 2, 5 when they keep the data on half the axis or more, finer ticks when it sits in one gap.
        #expect(Ticks.logarithmic(lo: 0.5, hi: 0.7, maxCount: 5, cells: 10).ticks.map(\.label) == ["0.5", "0.6", "0.7"])
        #expect(Ticks.logarithmic(lo: 4, hi: 6, maxCount: 5, cells: 10).ticks.map(\.label) == ["4", "5", "6"])
        #expect(Ticks.logarithmic(lo: 20, hi: 60, maxCount: 5, cells: 10).ticks.map(\.label) == ["20", "50", "100"])
        for (lo, hi) in [(0.5, 0.7), (4.0, 6.0), (1.5, 8.0), (0.011, 0.9), (3.0, 3.0)] {
            let r = Ticks.logarithmic(lo: lo, hi: hi, maxCount: 5, cells: 10)
            #expect(r.ticks.count >= 2 && r.ticks.count <= 5, "\(lo)…\(hi): \(r.ticks.map(\.label))")
            #expect(r.lo <= lo && r.hi >= hi)
            // Neighbouring labels at least two of the ten rows apart.
            let rows = r.ticks.map { 9 * (log10($0.value) - log10(r.lo)) / (log10(r.hi) - log10(r.lo)) }
            #expect(zip(rows, rows.dropFirst()).allSatisfy { $1 - $0 >= 2 - 1e-9 }, "\(lo)…\(hi): \(r.ticks.map(\.label))")
        }
    }

    @Test func logTicksLabelBothEndsOfAHugeRange() {
        // Ten rows for 1e-12 … 1e12: every sixth power, ends included.
        #expect(Ticks.logarithmic(lo: 1e-12, hi: 1e12, maxCount: 5, cells: 10).ticks.map(\.label) == ["1e-12", "1e-6", "1", "1e6", "1e12"])
    }

    @Test func flatRangesHoldTheirData() {
        for (lo, hi) in [(0.0, 1e-300), (0.0, 5e-324), (-1e-310, 1e-310), (7.0, 7.0), (1e12, 1e12 + 1)] {
            let (a, b) = Ticks.widen(lo: lo, hi: hi)
            #expect(a <= lo && b >= hi && a < b, "\(lo)…\(hi) widened to \(a)…\(b)")
        }
    }

    @Test func integerTicksForCounts() {
        let r = Ticks.linear(lo: 0, hi: 3, maxCount: 8, integers: true)
        #expect(r.ticks.map(\.label) == ["0", "1", "2", "3"])
    }
}

@Suite struct NumberFormatTests {
    @Test func shortNumbers() {
        #expect(NumberFormat.short(0.012345) == "0.0123")
        #expect(NumberFormat.short(15) == "15")
        #expect(NumberFormat.short(-2.5e11) == "-2.5e11")
        #expect(NumberFormat.short(0.47) == "0.47")
        #expect(NumberFormat.short(999.7) == "1000")
        #expect(NumberFormat.short(1e-12) == "1e-12")
        #expect(NumberFormat.short(.nan) == "nan")
        #expect(NumberFormat.short(-.infinity) == "-inf")
    }

    @Test func logarithmsMatchTheLibrary() {
        for x in [1e-300, 1e-12, 0.3, 1, 2, 10, 12345.678, 1e12, 1e300] {
            #expect(abs(ChartMath.log10(x) - log10(x)) < 1e-12, "log10(\(x))")
        }
        #expect(ChartMath.decade(1000) == 3)
        #expect(ChartMath.decade(999.999) == 2)
        #expect(ChartMath.decade(0.001) == -3)
    }

    @Test func scalesMapValuesToFractions() {
        #expect(AxisScale(lo: 0, hi: 10).fraction(2.5) == 0.25)
        let log = AxisScale(lo: 1, hi: 100, log: true)
        #expect(abs((log.fraction(10) ?? 0) - 0.5) < 1e-12)
        #expect(log.fraction(0) == nil)
        #expect(abs(log.value(at: 0.5) - 10) < 1e-9)
    }
}

import Foundation
