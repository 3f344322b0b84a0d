/// Line chart of one or more series: cost curves (train solid, validation
/// dashed), any list of numbers, optionally on a log y axis.
///
///     var chart = LineChart(title: "cost per epoch", xLabel: "epoch")
///     chart.series = [Series("train", x: epochs, y: costs)]
///     print(try chart.render(width: 72, height: 18, style: .plain))
public struct LineChart: Sendable {
    public var series: [Series]
    public var title: String?
    public var xLabel: String?
    public var yLabel: String?
    public var logY: Bool
    /// Whether to name the series under the chart; nil: when there are several, or one with a label.
    public var showLegend: Bool?
    /// Whether the y axis reaches down to 0 (costs: a drop from 0.045 to
    /// 0.02 should look like halving, not like reaching zero). Ignored on a
    /// log axis and when values are negative.
    public var includeZero = false

    public init(title: String? = nil, xLabel: String? = nil, yLabel: String? = nil, logY: Bool = false, series: [Series] = []) {
        self.series = series
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.logY = logY
    }

    public func render(width: Int, height: Int, style: ChartStyle) throws -> String {
        let colors = ChartColor.palette(count: series.count)
        let prepared = series.map { $0.runs(logY: logY) }
        let points = prepared.flatMap { $0.runs.joined() }
        var frame = Frame(name: "a line chart", title: title, xLabel: xLabel, yLabel: yLabel)

        for (i, s) in series.enumerated() {
            let name = s.label.isEmpty ? (series.count > 1 ? "series \(i + 1)" : "") : "'\(s.label)'"
            let prefix = name.isEmpty ? "" : name + ": "
            let p = prepared[i]
            if s.y.isEmpty { frame.notes.append(name.isEmpty ? "no values to plot" : "\(name) is empty") }
            if p.nonFinite > 0 { frame.notes.append(prefix + "\(count(p.nonFinite, "value")) skipped (nan or inf)") }
            if p.nonPositive > 0 { frame.notes.append(prefix + "\(count(p.nonPositive, "value")) <= 0 left off the log axis") }
        }
        if showLegend ?? (series.count > 1 || series.contains { !$0.label.isEmpty }) {
            frame.legend = series.enumerated().map { i, s in
                let sample = style.unicode ? pattern(i).sample(style) : String(repeating: Markers.forSeries(i), count: 2)
                return LegendEntry(sample, color: style.color ? colors[i] : nil, label: s.label.isEmpty ? "series \(i + 1)" : s.label)
            }
        }

        let xs = points.map(\.0), ys = points.map(\.1)
        // Epochs, updates and indices are whole: no tick at epoch 1.5.
        let wholeX = !xs.isEmpty && xs.allSatisfy { $0 == $0.rounded() && abs($0) < 1e15 }
        var x = (lo: xs.min() ?? 0, hi: xs.max() ?? 1)
        if wholeX, x.lo == x.hi { x = (x.lo - 1, x.hi + 1) }
        var y = (lo: ys.min() ?? 0, hi: ys.max() ?? 1)
        if includeZero, !logY, y.lo > 0 { y.lo = 0 }
        var chart = AxisChart(frame: frame, x: x, y: y)
        chart.logY = logY
        // A cost curve's first value is its largest: a label should reach it.
        chart.unlabelledY = 1.5
        chart.integerX = series.allSatisfy { $0.x == nil } || wholeX
        if points.isEmpty, logY { chart.y = (1, 10) }
        return try chart.render(width: width, height: height, style: style) { area in
            if points.isEmpty { area.caption(series.isEmpty ? "nothing to plot" : "no data"); return }
            for (i, p) in prepared.enumerated() {
                let ink = Ink(marker: Markers.forSeries(i), color: style.color ? colors[i] : nil)
                var step = 0
                for run in p.runs {
                    if run.count == 1, let cell = area.cell(run[0].0, run[0].1) {
                        let lone = Ink(marker: style.unicode ? Markers.point(style) : ink.marker, color: ink.color)
                        area.mark(column: cell.column, row: cell.row, Cell(lone.marker, color: lone.color))
                        continue
                    }
                    for (a, b) in zip(run, run.dropFirst()) {
                        area.line(from: a, to: b, ink: ink, pattern: style.unicode ? pattern(i) : .solid, step: &step)
                    }
                }
            }
        }
    }

    private func pattern(_ i: Int) -> LinePattern {
        series[i].pattern ?? LinePattern.allCases[i % LinePattern.allCases.count]
    }
}

func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }
