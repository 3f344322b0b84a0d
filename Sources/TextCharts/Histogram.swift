/// Histogram: values counted in equal bins between the smallest and largest
/// value, drawn as vertical bars with the bin edges on the x axis.
///
///     print(try Histogram(values: weights, bins: 20, title: "weights of layer 1").render(width: 72, height: 18, style: .plain))
public struct Histogram: Sendable {
    public var values: [Double]
    public var bins: Int
    /// nil: from the smallest to the largest value.
    public var range: (lo: Double, hi: Double)?
    public var title: String?
    public var xLabel: String?
    public var yLabel: String?

    public init(values: [Double], bins: Int = 20, title: String? = nil, xLabel: String? = nil, yLabel: String? = "count") {
        self.values = values
        self.bins = bins
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
    }

    /// The bin edges (bins + 1 of them) and the count in each bin.
    public func counts() -> (edges: [Double], counts: [Int]) {
        let finite = values.filter(\.isFinite)
        let bins = max(self.bins, 1)
        let (lo, hi) = range.map { Ticks.widen(lo: $0.lo, hi: $0.hi) }
            ?? Ticks.widen(lo: finite.min() ?? 0, hi: finite.max() ?? 1)
        // Halves keep the width finite when the values span most of the doubles.
        let w = (hi / 2 - lo / 2) / Double(bins) * 2
        // An edge within rounding of zero is zero (not -8.9e-16).
        let edges = (0...bins).map { $0 == bins ? hi : lo + w * Double($0) }.map { abs($0) < w * 1e-9 ? 0 : $0 }
        var counts = Array(repeating: 0, count: bins)
        for v in finite where v >= lo && v <= hi {
            let k = ChartMath.int(((v / 2 - lo / 2) / (w / 2)).rounded(.down)) ?? 0
            counts[min(max(k, 0), bins - 1)] += 1
        }
        return (edges, counts)
    }

    public func render(width: Int, height: Int, style: ChartStyle) throws -> String {
        guard bins >= 1 else { throw ChartError.invalid("bins must be at least 1, got \(bins)") }
        let (edges, counts) = counts()
        let finite = values.filter(\.isFinite).count
        var frame = Frame(name: "a histogram with \(bins) bins", title: title, xLabel: xLabel, yLabel: yLabel)
        if values.isEmpty { frame.notes.append("no values") }
        if finite < values.count { frame.notes.append("\(count(values.count - finite, "value")) skipped (nan or inf)") }
        let outside = values.filter(\.isFinite).count - counts.reduce(0, +)
        if outside > 0 { frame.notes.append("\(count(outside, "value")) outside the range left out") }
        if finite > 0, let lo = edges.first, let hi = edges.last {
            frame.notes.append("\(count(bins, "bin")) of width \(NumberFormat.short((hi / 2 - lo / 2) / Double(bins) * 2)) from \(NumberFormat.short(lo)) to \(NumberFormat.short(hi))")
        }
        let top = counts.max() ?? 0
        let labelWidth = String(top).count
        let columns = width - labelWidth - 2
        var chart = AxisChart(frame: frame, x: (edges.first ?? 0, edges.last ?? 1), y: (0, Double(max(top, 1))))
        chart.integerY = true
        chart.growY = .infinity
        chart.zeroAxes = false
        chart.columnMultiple = bins
        chart.fixedXTicks = edgeTicks(edges, columns: columns - columns % bins)
        let fill: Character = style.unicode ? "█" : "#"
        let eighths: [Character] = style.unicode ? [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇"] : [" ", " ", " ", " ", "#", "#", "#", "#"]
        return try chart.render(width: width, height: height, style: style) { area in
            if finite == 0 { area.caption(values.isEmpty ? "no values" : "no finite values"); return }
            let barWidth = area.columns / bins
            let offset = AxisChart.dataOffset(columns: area.columns, multiple: bins)
            let color: ChartColor? = style.color ? .blue : nil
            for (b, n) in counts.enumerated() where n > 0 {
                guard let f = area.y.fraction(Double(n)) else { continue }
                let height = max(ChartMath.int(f * Double(area.rows * 8)) ?? 1, 1)
                let drawn = barWidth >= 3 ? barWidth - 1 : barWidth
                for c in offset + b * barWidth ..< offset + b * barWidth + drawn {
                    for level in 0..<area.rows {
                        let filled = height - level * 8
                        guard filled > 0 else { break }
                        let ch = filled >= 8 ? fill : eighths[filled]
                        area.mark(column: c, row: area.rows - 1 - level, Cell(ch == " " ? (style.unicode ? "▁" : "_") : ch, color: color))
                    }
                }
            }
        }
    }

    /// Every k-th edge, k as small as lets the labels fit.
    private func edgeTicks(_ edges: [Double], columns: Int) -> [Tick] {
        // Edges to a tenth of the bin width: -0.22, not -0.218, when bins are 0.29 wide.
        let width = edges.count > 1 ? abs(edges[1] - edges[0]) : 0
        let unit = ChartMath.decade(width) - 1
        let labels = edges.map { edge in
            guard width > 0, edge != 0 else { return NumberFormat.short(edge) }
            return NumberFormat.short(edge, digits: max(1, min(6, ChartMath.decade(edge) - unit + 1)))
        }
        let longest = labels.map(\.count).max() ?? 1
        let bins = edges.count - 1
        let fits = { (every: Int) in bins / every + 1 <= max(columns / (longest + 2), 2) }
        // Prefer a step that divides the bins, so the last edge is labelled too.
        let every = (1...max(bins, 1)).first { bins % $0 == 0 && fits($0) && bins / $0 >= 2 }
            ?? (1...max(bins, 1)).first(where: fits) ?? bins
        return stride(from: 0, to: edges.count, by: every).map { Tick(value: edges[$0], label: labels[$0]) }
    }
}
