/// Decision regions of a 2-input classifier: the plane shaded by predicted
/// class (or by probability, for one sigmoid output), the data drawn on
/// top. A misclassified point keeps its own marker on the other class's
/// shade, and is counted under the chart (and reversed, in colour).
///
///     var chart = RegionChart(shading: .classes { points in points.map { $0.x > $0.y ? 1 : 0 } })
///     chart.points = data
///     print(try chart.render(width: 72, height: 18, style: .ascii))
public struct RegionChart {
    /// How to colour the plane, given all the points to evaluate in one batch.
    public enum Shading {
        /// The predicted class at each point.
        case classes(([ClassPoint]) throws -> [Int])
        /// The probability of class 1 at each point (binary classifiers).
        case probability(([ClassPoint]) throws -> [Double])
    }

    public var shading: Shading
    public var points: [ClassPoint]
    public var classNames: [String]
    /// nil: the data's range with a margin.
    public var xRange: (lo: Double, hi: Double)?
    public var yRange: (lo: Double, hi: Double)?
    public var title: String?
    public var xLabel: String?
    public var yLabel: String?

    public init(shading: Shading, points: [ClassPoint] = [], classNames: [String] = [], title: String? = nil, xLabel: String? = nil, yLabel: String? = nil) {
        self.shading = shading
        self.points = points
        self.classNames = classNames
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
    }

    public func render(width: Int, height: Int, style: ChartStyle) throws -> String {
        let drawable = points.filter { $0.x.isFinite && $0.y.isFinite }
        let classCount = max(classNames.count, (points.map(\.group).max() ?? -1) + 1, 2)
        let colors = ChartColor.palette(count: classCount)
        var frame = Frame(name: "a decision-boundary chart", title: title, xLabel: xLabel, yLabel: yLabel)
        let fills = ShadeScale.classes(style)
        switch shading {
        case .classes:
            frame.legend = (0..<classCount).map { k in
                LegendEntry(String(fills[k % fills.count]), color: style.color ? colors[k] : nil,
                            label: "region " + (k < classNames.count && !classNames[k].isEmpty ? classNames[k] : "\(k)"))
            }
        case .probability:
            let shades = String(ShadeScale.probability(style))
            frame.legend = [LegendEntry("[" + shades + "]", color: nil, label: "p(\(className(1))) from 0 to 1")]
        }
        frame.legend += ClassLegend.entries(classCount: classCount, names: classNames, colors: style.color ? colors : [])
        if drawable.count < points.count { frame.notes.append("\(count(points.count - drawable.count, "point")) skipped (nan or inf)") }

        // Predictions at the data points, to find the misclassified ones.
        let predicted = try predict(drawable)
        let misclassified = zip(drawable, predicted).filter { $0.0.group != $0.1 }
        let wrong = misclassified.count
        if !drawable.isEmpty {
            // Capitals mark them without colour; reverse video adds to it in colour.
            let capitals = Set(misclassified.map(\.0.group)).sorted().map { Markers.emphasised(Markers.forClass($0)) }.filter(\.isUppercase)
            let how = (capitals.isEmpty ? [] : ["drawn as " + capitals.map(String.init).joined(separator: " ")]) + (style.color ? ["reversed"] : [])
            frame.notes.append(wrong == 0 ? "all \(count(drawable.count, "point")) classified correctly"
                : "\(wrong) of \(count(drawable.count, "point")) misclassified" + (how.isEmpty ? "" : " (" + how.joined(separator: ", ") + ")"))
        }

        let x = xRange ?? padded(drawable.map(\.x))
        let y = yRange ?? padded(drawable.map(\.y))
        var chart = AxisChart(frame: frame, x: x, y: y)
        chart.growX = 0.1
        chart.growY = 0.1
        chart.zeroAxes = false
        return try chart.render(width: width, height: height, style: style) { area in
            try shade(&area, style: style, colors: colors)
            // Misclassified points last, so a correct one in the same cell does not hide them.
            for (p, guess) in zip(drawable, predicted).sorted(by: { ($0.0.group == $0.1 ? 0 : 1) < ($1.0.group == $1.1 ? 0 : 1) }) {
                guard let cell = area.cell(p.x, p.y) else { continue }
                let marker = Markers.forClass(p.group)
                area.mark(column: cell.column, row: cell.row,
                          Cell(guess != p.group ? Markers.emphasised(marker) : marker, color: style.color ? colors[safe: p.group] : nil, emphasis: guess != p.group))
            }
        }
    }

    private func className(_ k: Int) -> String {
        k < classNames.count && !classNames[k].isEmpty ? classNames[k] : "class \(k)"
    }

    private func predict(_ points: [ClassPoint]) throws -> [Int] {
        guard !points.isEmpty else { return [] }
        switch shading {
        case .classes(let f): return try f(points)
        case .probability(let f): return try f(points).map { $0 >= 0.5 ? 1 : 0 }
        }
    }

    private func padded(_ values: [Double]) -> (lo: Double, hi: Double) {
        guard let lo = values.min(), let hi = values.max() else { return (0, 1) }
        let (a, b) = Ticks.widen(lo: lo, hi: hi)
        let margin = (b / 2 - a / 2) * 0.16
        let top = Double.greatestFiniteMagnitude
        return (max(a - margin, -top), min(b + margin, top))
    }

    /// Evaluates the classifier at every cell's centre, in one batch.
    private func shade(_ area: inout PlotArea, style: ChartStyle, colors: [ChartColor]) throws {
        let across = area.canvas.dotsAcross, down = area.canvas.dotsDown
        let w = Double(max(area.canvas.dotWidth - 1, 1)), h = Double(max(area.canvas.dotHeight - 1, 1))
        var grid: [ClassPoint] = []
        grid.reserveCapacity(area.rows * area.columns)
        for r in 0..<area.rows {
            for c in 0..<area.columns {
                let fx = (Double(c * across) + Double(across - 1) / 2) / w
                let fy = 1 - (Double(r * down) + Double(down - 1) / 2) / h
                grid.append(ClassPoint(x: area.x.value(at: fx), y: area.y.value(at: fy)))
            }
        }
        switch shading {
        case .classes(let f):
            let classes = try f(grid)
            let fills = ShadeScale.classes(style)
            for (i, k) in classes.enumerated() where i < grid.count {
                area.shade(column: i % area.columns, row: i / area.columns,
                           Cell(fills[((k % fills.count) + fills.count) % fills.count], color: style.color ? colors[safe: k] : nil, faint: true))
            }
        case .probability(let f):
            let ps = try f(grid)
            let shades = ShadeScale.probability(style)
            for (i, p) in ps.enumerated() where i < grid.count {
                let level = ShadeScale.level(p, lo: 0, hi: 1, count: shades.count)
                let color: ChartColor? = style.color ? (p >= 0.5 ? colors[1] : colors[0]) : nil
                area.shade(column: i % area.columns, row: i / area.columns, Cell(shades[level], color: color, faint: true))
            }
        }
    }
}
