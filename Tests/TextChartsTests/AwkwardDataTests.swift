import Foundation
import Testing
@testable import TextCharts

/// Charts never break on awkward data; they say what they left out.
@Suite struct AwkwardDataTests {
    @Test func emptySeriesSaysSo() throws {
        let text = try LineChart(series: [Series("cost", y: [])]).render(width: 50, height: 12, style: .plain)
        #expect(text.contains("no data"))
        #expect(text.contains("'cost' is empty"))
        expectFits(text, width: 50, height: 12)
        let none = try LineChart().render(width: 50, height: 12, style: .ascii)
        #expect(none.contains("nothing to plot"))
    }

    @Test func onePointAndConstantSeries() throws {
        let one = try LineChart(series: [Series(y: [0.25])]).render(width: 50, height: 12, style: .plain)
        #expect(one.contains("•"))
        let flat = try LineChart(series: [Series(y: Array(repeating: 3, count: 50))]).render(width: 50, height: 12, style: .ascii)
        #expect(flat.contains("3.0 +"))
        #expect(flat.contains("****"))
    }

    @Test func nanAndInfinityAreSkippedAndNoted() throws {
        let text = try LineChart(series: [Series("cost", y: [1, .nan, 0.5, .infinity, 0.2, -.infinity])]).render(width: 50, height: 12, style: .ascii)
        #expect(text.contains("'cost': 3 values skipped (nan or inf)"))
        expectFits(text, width: 50, height: 12)
    }

    @Test func extremeRanges() throws {
        for ys in [[1e-12, 2e-12, 3e-12], [0, 1e12], [1e-12, 1e12], [-1e12, 1e12], [1e12, 1e12 + 1]] {
            let text = try LineChart(series: [Series(y: ys)]).render(width: 50, height: 12, style: .ascii)
            expectFits(text, width: 50, height: 12)
            #expect(text.contains("*"))
        }
        let log = try LineChart(logY: true, series: [Series(y: [1e-12, 1, 1e12, 0, -1])]).render(width: 50, height: 20, style: .ascii)
        #expect(log.contains("1e12") && log.contains("1e-12"))
        #expect(log.contains("2 values <= 0 left off the log axis"))
    }

    @Test func longTitlesAndLabelsAreCutToTheWidth() throws {
        let long = String(repeating: "title ", count: 12)
        var chart = LineChart(title: long, xLabel: long, yLabel: "cost", series: [Series(y: [1, 2, 3])])
        for style in [ChartStyle.plain, .ascii] {
            let text = try chart.render(width: 40, height: 12, style: style)
            expectFits(text, width: 40, height: 12)
            #expect(text.contains(style.unicode ? "…" : "..."))
        }
        let legend = try LineChart(series: [Series(long, y: [1, 2]), Series("b", y: [2, 1])]).render(width: 30, height: 12, style: .ascii)
        expectFits(legend, width: 30, height: 12)
        #expect(legend.contains("** title title") && legend.contains("oo b"))
        chart.yLabel = nil
        chart.title = "short"
        #expect(try chart.render(width: 40, height: 12, style: .plain).split(separator: "\n").first?.trimmingCharacters(in: .whitespaces) == "short")
    }

    @Test func histogramEdgesToATenthOfTheBinWidth() throws {
        let values = (0..<100).map { -0.218 + Double($0) * 0.0577 }
        let text = try Histogram(values: values, bins: 20).render(width: 72, height: 12, style: .ascii)
        let ticks = text.split(separator: "\n").first { $0.hasPrefix(" ") && $0.contains("-0.2") }
        #expect(ticks?.contains("-0.22") == true && ticks?.contains("-0.218") == false, "\(text)")
    }

    @Test func signedWeightsInColourShadeBySize() throws {
        let w = [[-0.9, 0.0], [0.45, 0.9]]
        let colour = try Heatmap(w).render(width: 60, height: 8, style: ChartStyle(color: true))
        #expect(colour.contains("blue below 0, yellow above") && colour.contains(ChartColor.blue.escape + "██"))
        let plain = try Heatmap(w).render(width: 30, height: 8, style: .plain)
        #expect(plain.contains("-0.9 to 0.9") && !plain.contains("\u{1B}"))
    }

    @Test func costsCanKeepZeroOnTheAxis() throws {
        var chart = LineChart(series: [Series(y: [0.045, 0.03, 0.025, 0.02])])
        #expect(!(try chart.render(width: 60, height: 12, style: .ascii)).contains("0.00 +"))
        chart.includeZero = true
        let text = try chart.render(width: 60, height: 12, style: .ascii)
        #expect(text.contains("0.00 +") || text.contains("0 +"), "\(text)")
    }

    @Test func wholeXValuesGetWholeTicks() throws {
        let epochs = try LineChart(series: [Series(x: [1, 2, 3], y: [0.3, 0.1, 0])]).render(width: 72, height: 10, style: .ascii)
        #expect(!epochs.contains("1.5") && epochs.contains(" 1 ") && epochs.contains(" 3"))
        let one = try LineChart(series: [Series(x: [1], y: [0.9])]).render(width: 72, height: 10, style: .ascii)
        #expect(one.contains(" 0 ") && one.contains(" 2") && !one.contains("0.95"))
    }

    @Test func fiveSeriesHaveFiveLineStyles() throws {
        let series = (0..<5).map { k in Series("s\(k)", y: (0..<20).map { Double($0 * k) }) }
        let text = try LineChart(series: series).render(width: 72, height: 18, style: .plain)
        for sample in ["── s0", "╌╌ s1", "┈┈ s2", "─· s3", "·· s4"] { #expect(text.contains(sample), "\(sample)") }
    }

    @Test func logAxisOverThreeHundredDecades() throws {
        let runs = [Series("slow", y: (0..<200).map { 10 - Double($0) * 0.04 }),
                    Series("good", y: (0..<200).map { 10 * pow(0.93, Double($0)) }),
                    Series("wild", y: (0..<100).map { pow(10, Double($0) * 3.05) } + [.infinity])]
        let text = try LineChart(logY: true, series: runs).render(width: 72, height: 18, style: .ascii)
        expectFits(text, width: 72, height: 18)
        #expect(text.contains("1e300 +") && text.contains("1e100 +") && text.contains("    1 +"))
        #expect(text.contains("'wild': 1 value skipped (nan or inf)"))
        #expect(text.contains("o") && text.contains("+"))
    }

    @Test func tooSmallIsAClearError() {
        #expect(throws: ChartError.self) { try LineChart(series: [Series(y: [1, 2])]).render(width: 12, height: 4, style: .plain) }
        do {
            _ = try LineChart(series: [Series(y: [1, 2])]).render(width: 12, height: 4, style: .plain)
        } catch {
            #expect("\(error)".hasPrefix("a line chart needs at least"))
            #expect("\(error)".hasSuffix("got 12 x 4"))
        }
        #expect(throws: ChartError.self) { try Histogram(values: [1, 2, 3], bins: 100).render(width: 40, height: 12, style: .plain) }
        #expect(throws: ChartError.self) { try FunctionPlot(from: 3, to: 1, functions: [.init("f") { $0 }]).render(width: 60, height: 15, style: .plain) }
    }

    @Test func asciiChartsAreAscii() throws {
        let charts = [
            try LineChart(title: "t", series: [Series("a", y: [1, 3, 2]), Series("b", y: [2, 1, 3])]).render(width: 50, height: 14, style: .ascii),
            try FunctionPlot(functions: [.init("d", undefinedAt: [0]) { $0 == 0 ? .nan : 0 }]).render(width: 50, height: 14, style: .ascii),
            try Heatmap(Sample.digitZero).render(width: 40, height: 14, style: .ascii),
            try Histogram(values: Sample.bell).render(width: 60, height: 14, style: .ascii),
        ]
        for text in charts { let ascii = text.unicodeScalars.allSatisfy { $0.isASCII }; #expect(ascii, "\(text)") }
    }

    @Test func emptyAndBrokenInputsForEveryKind() throws {
        _ = try ScatterChart(points: []).render(width: 40, height: 12, style: .plain)
        _ = try ScatterChart(points: [ClassPoint(x: .nan, y: 1)]).render(width: 40, height: 12, style: .plain)
        _ = try Histogram(values: []).render(width: 40, height: 12, style: .plain)
        _ = try Histogram(values: [2, 2, 2], bins: 5).render(width: 40, height: 12, style: .plain)
        _ = try Heatmap([]).render(width: 40, height: 12, style: .plain)
        let nanMap = try Heatmap([[1, .nan], [3]]).render(width: 40, height: 12, style: .plain)
        #expect(nanMap.contains("? 2 values nan, inf or missing"))
        _ = try RegionChart(shading: .classes { $0.map { _ in 0 } }).render(width: 40, height: 12, style: .plain)
    }

    @Test func valuesAtTheLimitsOfDoublesDoNotCrash() throws {
        let wild: [Double] = [-1.7e308, 1.7e308, 0, .nan, Double.leastNonzeroMagnitude, -.infinity]
        for style in [ChartStyle.plain, .ascii] {
            _ = try LineChart(series: [Series(x: wild, y: wild)]).render(width: 50, height: 12, style: style)
            _ = try LineChart(logY: true, series: [Series(y: wild)]).render(width: 50, height: 12, style: style)
            _ = try Histogram(values: wild, bins: 7).render(width: 50, height: 12, style: style)
            _ = try Heatmap([wild, wild]).render(width: 50, height: 12, style: style)
            _ = try ScatterChart(points: wild.map { ClassPoint(x: $0, y: -$0, group: 1) }).render(width: 50, height: 12, style: style)
            _ = try FunctionPlot(from: -1e308, to: 1e308, functions: [.init("f") { $0 * 1e10 }]).render(width: 50, height: 12, style: style)
            _ = try RegionChart(shading: .probability { $0.map { _ in .nan } }, points: [ClassPoint(x: 1e308, y: -1e308, group: 7)]).render(width: 50, height: 12, style: style)
        }
    }

    @Test func jumpsAreNotDrawnAsSteepLines() throws {
        // ASCII: one dot per cell, so a drawn jump would fill the column at z = 0 between the two levels.
        let text = try FunctionPlot(from: -4, to: 4, functions: [.init("step") { $0 >= 0 ? 1 : 0 }]).render(width: 60, height: 15, style: .ascii)
        let rows = text.split(separator: "\n").map { Array($0) }
        let middle = rows[3...7].filter { $0.contains("*") }
        #expect(middle.isEmpty, "the jump of step is drawn:\n\(text)")
    }

    @Test func histogramsFillTheirWidthWithEqualBars() throws {
        for (bins, width) in [(20, 60), (20, 72), (7, 40), (3, 23), (13, 120)] {
            let text = try Histogram(values: (0..<300).map { Double($0 % 37) }, bins: bins).render(width: width, height: 15, style: .ascii)
            let lines = text.split(separator: "\n")
            #expect(lines.count == 15)
            #expect(lines.map(\.count).max() == width, "\(bins) bins at \(width):\n\(text)")
            // Every bar as wide as the others: the runs of # on the bottom row.
            let bottom = try #require(lines.first { $0.contains(" 0 +") || $0.hasPrefix("0 +") })
            let runs = bottom.split(separator: " ").filter { $0.allSatisfy { $0 == "#" } }.map(\.count)
            #expect(Set(runs).count == 1, "bars of widths \(runs) in:\n\(text)")
        }
    }

    @Test func histogramOfNothingCountableSaysSo() throws {
        let text = try Histogram(values: [.nan, .infinity]).render(width: 50, height: 12, style: .plain)
        #expect(text.contains("no finite values") && text.contains("2 values skipped (nan or inf)"))
        // Values a subnormal apart still land in the bins.
        let tiny = try Histogram(values: [0, 0, 0, 1e-300], bins: 4).render(width: 50, height: 12, style: .ascii)
        #expect(!tiny.contains("outside the range"))
        #expect(try Histogram(values: [0, 0, 0, 1e-300], bins: 4).counts().counts.reduce(0, +) == 4)
    }

    @Test func emptyAndOneByOneHeatmaps() throws {
        let empty = try Heatmap([]).render(width: 40, height: 10, style: .plain)
        #expect(empty == "empty matrix: nothing to draw")
        let one = try Heatmap([[3]]).render(width: 20, height: 8, style: .ascii)
        expectFits(one, width: 20, height: 8)
        #expect(one.contains("3 to 3"))
        let flat = try Heatmap([[2, 2], [2, 2]]).render(width: 30, height: 10, style: .plain)
        #expect(Set(flat.split(separator: "\n").dropLast(3).flatMap { $0.dropFirst(4) }) == ["▒"])
        let missing = try Heatmap([[1, .nan], [3, 4]]).render(width: 30, height: 10, style: .ascii)
        #expect(missing.contains("?") && missing.contains("1 value nan, inf or missing"))
    }

    @Test func misclassifiedPointsStandOutWithoutColour() throws {
        // Everything predicted class 0: the class-1 points are wrong, drawn as X.
        let points = [ClassPoint(x: 0, y: 0, group: 0), ClassPoint(x: 1, y: 1, group: 1), ClassPoint(x: 1, y: 0, group: 1)]
        let chart = RegionChart(shading: .classes { $0.map { _ in 0 } }, points: points)
        for style in [ChartStyle.plain, .ascii] {
            let text = try chart.render(width: 40, height: 14, style: style)
            let plane = text.split(separator: "\n").filter { $0.contains("┤") || $0.contains("│") || $0.contains("|") || $0.contains(" +") }
            #expect(plane.joined().filter { $0 == "X" }.count == 2 && plane.joined().contains("o"), "\(text)")
            #expect(text.contains("2 of 3 points misclassified (drawn as X)"))
        }
    }

    @Test func rangesAcrossMostOfTheDoubles() throws {
        // Spans beyond the largest double still get ticks and drawn data.
        let line = try LineChart(series: [Series(y: [-1e308, 1e308])]).render(width: 50, height: 10, style: .ascii)
        #expect(line.contains("1e308") && line.contains("-1e308") && line.contains("*"), "\(line)")
        let scatter = try ScatterChart(points: [ClassPoint(x: -1e308, y: 1e308, group: 0), ClassPoint(x: 1e308, y: -1e308, group: 1)])
            .render(width: 50, height: 12, style: .ascii)
        #expect(scatter.contains("o") && scatter.contains("x") && scatter.contains("5e307"), "\(scatter)")
        let hist = try Histogram(values: [-1e308, 1e308]).render(width: 50, height: 12, style: .ascii)
        #expect(hist.contains("bins of width 1e307") && hist.contains("-1e308"), "\(hist)")
        for text in [line, scatter, hist] { expectFits(text, width: 50, height: 12) }
    }

    /// The smallest size a too-small error names draws, and one line less does not.
    @Test func theSizeATooSmallErrorNamesIsEnough() throws {
        let charts: [(String, (Int, Int) throws -> String)] = [
            ("function", { try FunctionPlot(functions: [.init("relu") { max(0, $0) }, .init("tanh", tanh)]).render(width: $0, height: $1, style: .plain) }),
            ("line", { try LineChart(title: "cost", series: [Series(y: Sample.train)]).render(width: $0, height: $1, style: .ascii) }),
            ("scatter", { try ScatterChart(classNames: ["a", "b"], points: Sample.xor).render(width: $0, height: $1, style: .plain) }),
            ("regions", { try RegionChart(shading: .classes { $0.map { $0.x > 0.5 ? 1 : 0 } }, points: Sample.xor).render(width: $0, height: $1, style: .plain) }),
            ("histogram", { try Histogram(values: Sample.bell, bins: 20).render(width: $0, height: $1, style: .ascii) }),
            ("heatmap", { try Heatmap(Sample.digitZero).render(width: $0, height: $1, style: .plain) }),
        ]
        for (name, render) in charts {
            var minimum: (Int, Int)?
            do { _ = try render(1, 1) } catch let ChartError.tooSmall(_, _, _, w, h) { minimum = (w, h) }
            let (w, h) = try #require(minimum, "\(name) drew at 1 x 1")
            let text = try render(w, h)
            expectFits(text, width: w, height: h)
            #expect(throws: ChartError.self, "\(name) drew at \(w) x \(h - 1)") { try render(w, h - 1) }
        }
    }
}

