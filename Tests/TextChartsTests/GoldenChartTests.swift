import Foundation
import Testing
@testable import TextCharts

/// Every chart kind, in braille and in ASCII, against files a person has looked at.
@Suite struct GoldenChartTests {
    static let styles: [(String, ChartStyle)] = [("braille", .plain), ("ascii", .ascii)]

    @Test(arguments: styles.map(\.0)) func costCurves(_ charset: String) throws {
        let style = try #require(Self.styles.first { $0.0 == charset }).1
        var chart = LineChart(title: "cost per epoch", xLabel: "epoch")
        chart.series = [Series("train", x: Sample.epochs, y: Sample.train),
                        Series("validation", x: Sample.epochs, y: Sample.validation, pattern: .dashed)]
        let text = try chart.render(width: 72, height: 18, style: style)
        expectFits(text, width: 72, height: 18)
        assertChart(text, golden: "line-\(charset)")
    }

    @Test(arguments: styles.map(\.0)) func activations(_ charset: String) throws {
        let style = try #require(Self.styles.first { $0.0 == charset }).1
        let plot = FunctionPlot(from: -5, to: 5, title: "sigmoid", xLabel: "z", functions: [.init("", Sample.sigmoid)])
        let text = try plot.render(width: 60, height: 15, style: style)
        expectFits(text, width: 60, height: 15)
        assertChart(text, golden: "sigmoid-\(charset)")

        let relu = FunctionPlot(from: -4, to: 4, xLabel: "z", functions: [.init("relu") { max(0, $0) }, .init("tanh", tanh)])
        assertChart(try relu.render(width: 60, height: 15, style: style), golden: "relu-tanh-\(charset)")
    }

    @Test(arguments: styles.map(\.0)) func stepAndItsDerivative(_ charset: String) throws {
        let style = try #require(Self.styles.first { $0.0 == charset }).1
        let plot = FunctionPlot(from: -4, to: 4, title: "step", xLabel: "z", functions: [
            .init("step") { $0 >= 0 ? 1 : 0 },
            .init("derivative(step)", undefinedAt: [0]) { $0 == 0 ? .nan : 0 },
        ])
        let text = try plot.render(width: 60, height: 15, style: style)
        expectFits(text, width: 60, height: 15)
        assertChart(text, golden: "step-\(charset)")
    }

    @Test(arguments: styles.map(\.0)) func scatter(_ charset: String) throws {
        let style = try #require(Self.styles.first { $0.0 == charset }).1
        let chart = ScatterChart(title: "xor", classNames: ["0", "1"], points: Sample.xor)
        let text = try chart.render(width: 60, height: 16, style: style)
        expectFits(text, width: 60, height: 16)
        assertChart(text, golden: "scatter-\(charset)")
    }

    @Test(arguments: styles.map(\.0)) func decisionRegions(_ charset: String) throws {
        let style = try #require(Self.styles.first { $0.0 == charset }).1
        // A boundary that gets the top-left corner wrong.
        var chart = RegionChart(shading: .classes { $0.map { $0.x < 0.3 && $0.y > 0.5 ? 0 : ($0.x > 0.5) != ($0.y > 0.5) ? 1 : 0 } },
                                points: Sample.xor, title: "net on xor: shade = predicted class")
        let text = try chart.render(width: 60, height: 16, style: style)
        expectFits(text, width: 60, height: 16)
        #expect(text.contains("4 of 16 points misclassified"))
        assertChart(text, golden: "regions-\(charset)")

        chart.shading = .probability { $0.map { 1 / (1 + exp(-10 * ($0.x - $0.y))) } }
        chart.title = "shade = p(class 1)"
        assertChart(try chart.render(width: 60, height: 16, style: style), golden: "probability-\(charset)")
    }

    @Test(arguments: styles.map(\.0)) func histogram(_ charset: String) throws {
        let style = try #require(Self.styles.first { $0.0 == charset }).1
        let text = try Histogram(values: Sample.bell, bins: 20, title: "values").render(width: 72, height: 18, style: style)
        expectFits(text, width: 72, height: 18)
        assertChart(text, golden: "hist-\(charset)")
    }

    @Test(arguments: styles.map(\.0)) func heatmaps(_ charset: String) throws {
        let style = try #require(Self.styles.first { $0.0 == charset }).1
        let text = try Heatmap(Sample.digitZero, title: "digit 0").render(width: 40, height: 14, style: style)
        expectFits(text, width: 40, height: 14)
        assertChart(text, golden: "heatmap-\(charset)")

        let noisy = Sample.digitZero.enumerated().map { r, row in row.enumerated().map { c, v in v + Double((r * 7 + c * 3) % 9) - 4 } }
        var maps = [Heatmap(noisy, title: "noisy"), Heatmap(Sample.digitZero, title: "clean"),
                    Heatmap(Sample.digitZero.map { $0.map { $0 * 0.9 } }, title: "reconstructed")]
        let side = try Heatmap.sideBySide(maps, width: 72, height: 14, style: style)
        expectFits(side, width: 72, height: 14)
        assertChart(side, golden: "heatmaps-\(charset)")

        // One range for all (as heatmap(a, b, c) gives them): the scale is written once, under a title.
        for i in maps.indices { maps[i].range = (-4, 19) }
        let shared = try Heatmap.sideBySide(maps, title: "denoising", width: 60, height: 15, style: style)
        expectFits(shared, width: 60, height: 15)
        assertChart(shared, golden: "heatmaps-shared-\(charset)")
    }

    /// Three learning rates on a log axis, one diverging to 1e302 and then inf (demo 04).
    @Test(arguments: styles.map(\.0)) func logCostCurves(_ charset: String) throws {
        let style = try #require(Self.styles.first { $0.0 == charset }).1
        var chart = LineChart(title: "cost per epoch", xLabel: "epoch", logY: true)
        let epochs = (1...200).map(Double.init)
        chart.series = [Series("lr 0.001", x: epochs, y: epochs.map { 30 * pow(0.995, $0) }),
                        Series("lr 0.05", x: epochs, y: epochs.map { 30 * pow(0.9, $0) + 1e-6 }, pattern: .dashed),
                        Series("lr 2", x: Array(epochs.prefix(101)), y: (0..<101).map { $0 == 100 ? .infinity : pow(10, Double($0) * 3.02) }, pattern: .dotted)]
        let text = try chart.render(width: 72, height: 18, style: style)
        expectFits(text, width: 72, height: 18)
        assertChart(text, golden: "log-\(charset)")
    }

    /// Several series of plain numbers with a legend (truth and prediction).
    @Test(arguments: styles.map(\.0)) func severalSeries(_ charset: String) throws {
        let style = try #require(Self.styles.first { $0.0 == charset }).1
        let t = (0..<120).map { Double($0) / 10 }
        let chart = LineChart(title: "truth and prediction", series: [Series("truth", y: t.map { sin($0) + 0.1 * sin(7 * $0) }),
                                                                  Series("prediction", y: t.map { 0.9 * sin($0 - 0.1) })])
        let text = try chart.render(width: 60, height: 15, style: style)
        expectFits(text, width: 60, height: 15)
        assertChart(text, golden: "series-\(charset)")
    }

    @Test func blockCharsetForProjectors() throws {
        let plot = FunctionPlot(from: -5, to: 5, title: "tanh", functions: [.init("", tanh)])
        assertChart(try plot.render(width: 60, height: 15, style: ChartStyle(charset: .block)), golden: "tanh-block")
        // Train solid, validation dashed: still two lines in thick strokes.
        var chart = LineChart(title: "cost per epoch", xLabel: "epoch")
        chart.series = [Series("train", x: Sample.epochs, y: Sample.train),
                        Series("validation", x: Sample.epochs, y: Sample.validation, pattern: .dashed)]
        let text = try chart.render(width: 60, height: 15, style: ChartStyle(charset: .block))
        expectFits(text, width: 60, height: 15)
        assertChart(text, golden: "line-block")
    }
}
