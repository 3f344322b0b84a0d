/// A point of a scatter or region chart with its class (0-based).
public struct ClassPoint: Sendable, Equatable {
    public var x: Double
    public var y: Double
    public var group: Int

    public init(x: Double, y: Double, group: Int = 0) {
        self.x = x
        self.y = y
        self.group = group
    }
}

/// Scatter of 2-feature points, one marker per class (`o x + * # …`, in
/// every charset) and a legend of class names.
///
///     var chart = ScatterChart(title: "xor", classNames: ["0", "1"])
///     chart.points = [ClassPoint(x: 0, y: 0, group: 0), ClassPoint(x: 1, y: 0, group: 1)]
public struct ScatterChart: Sendable {
    public var points: [ClassPoint]
    /// One name per class; missing names read `class k`.
    public var classNames: [String]
    public var title: String?
    public var xLabel: String?
    public var yLabel: String?
    /// Lines under the chart (which features are drawn, when there are more).
    public var notes: [String] = []

    public init(title: String? = nil, xLabel: String? = nil, yLabel: String? = nil, classNames: [String] = [], points: [ClassPoint] = []) {
        self.points = points
        self.classNames = classNames
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
    }

    public func render(width: Int, height: Int, style: ChartStyle) throws -> String {
        let drawable = points.filter { $0.x.isFinite && $0.y.isFinite }
        var frame = Frame(name: "a scatter chart", title: title, xLabel: xLabel, yLabel: yLabel)
        let classCount = max(classNames.count, (points.map(\.group).max() ?? -1) + 1)
        let colors = ChartColor.palette(count: classCount)
        frame.legend = ClassLegend.entries(classCount: classCount, names: classNames, colors: style.color ? colors : [])
        if drawable.count < points.count { frame.notes.append("\(count(points.count - drawable.count, "point")) skipped (nan or inf)") }
        frame.notes += notes
        let xs = drawable.map(\.x), ys = drawable.map(\.y)
        // Halves keep the margin finite for data across most of the doubles.
        let pad = { (lo: Double, hi: Double) in ((hi / 2 - lo / 2) * 0.1, lo, hi) }
        let (dx, xlo, xhi) = pad(xs.min() ?? 0, xs.max() ?? 1)
        let (dy, ylo, yhi) = pad(ys.min() ?? 0, ys.max() ?? 1)
        let top = Double.greatestFiniteMagnitude
        var chart = AxisChart(frame: frame, x: (max(xlo - dx, -top), min(xhi + dx, top)), y: (max(ylo - dy, -top), min(yhi + dy, top)))
        chart.growX = 0.2
        chart.growY = 0.2
        return try chart.render(width: width, height: height, style: style) { area in
            if drawable.isEmpty { area.caption("no points"); return }
            for p in drawable {
                guard let cell = area.cell(p.x, p.y) else { continue }
                area.mark(column: cell.column, row: cell.row,
                          Cell(Markers.forClass(p.group), color: style.color ? colors[safe: p.group] : nil))
            }
        }
    }
}

/// Legend entries naming each class by its marker.
enum ClassLegend {
    static func entries(classCount: Int, names: [String], colors: [ChartColor]) -> [LegendEntry] {
        (0..<classCount).map { k in
            let name = k < names.count && !names[k].isEmpty ? names[k] : "class \(k)"
            return LegendEntry(String(Markers.forClass(k)), color: colors[safe: k], label: name)
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { index >= 0 && index < count ? self[index] : nil }
}
