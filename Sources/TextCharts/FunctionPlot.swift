/// Plots functions of one variable over [from, to], sampled once per dot
/// column. Jumps (step, sign) are not drawn as steep lines: the line breaks
/// where bisection shows the function does not close the gap. Points where
/// a function is undefined are marked with an open circle.
///
///     var plot = FunctionPlot(from: -5, to: 5, title: "activations")
///     plot.functions = [.init("sigmoid") { 1 / (1 + exp(-$0)) }]
///     print(try plot.render(width: 60, height: 15, style: .plain))
public struct FunctionPlot {
    public struct Function {
        public var label: String
        public var f: (Double) throws -> Double
        /// x values where the function is undefined (the derivative of step at 0).
        public var undefinedAt: [Double]
        public var pattern: LinePattern?

        public init(_ label: String, undefinedAt: [Double] = [], pattern: LinePattern? = nil, _ f: @escaping (Double) throws -> Double) {
            self.label = label
            self.f = f
            self.undefinedAt = undefinedAt
            self.pattern = pattern
        }
    }

    public var functions: [Function]
    public var from: Double
    public var to: Double
    public var title: String?
    public var xLabel: String?
    public var yLabel: String?
    /// Whether to name the functions under the chart; nil: when there are several, or one with a label.
    public var showLegend: Bool?

    public init(from: Double = -5, to: Double = 5, title: String? = nil, xLabel: String? = nil, yLabel: String? = nil, functions: [Function] = []) {
        self.functions = functions
        self.from = from
        self.to = to
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
    }

    public func render(width: Int, height: Int, style: ChartStyle) throws -> String {
        guard from.isFinite, to.isFinite, from < to else {
            throw ChartError.invalid("from must be below to, got from=\(NumberFormat.short(from, digits: 6)) and to=\(NumberFormat.short(to, digits: 6))")
        }
        let colors = ChartColor.palette(count: functions.count)
        // A first pass at about the final resolution finds the y range.
        let n = max(2 * width, 20)
        var lo = Double.infinity, hi = -Double.infinity
        var skipped = Array(repeating: false, count: functions.count)
        // AxisScale interpolates without overflow when from…to spans more than the largest double.
        let span = AxisScale(lo: from, hi: to)
        for (i, fn) in functions.enumerated() {
            for k in 0...n {
                let y = try fn.f(span.value(at: Double(k) / Double(n)))
                if y.isFinite { lo = min(lo, y); hi = max(hi, y) } else { skipped[i] = true }
            }
        }
        var frame = Frame(name: "a function plot", title: title, xLabel: xLabel, yLabel: yLabel)
        if showLegend ?? (functions.count > 1 || functions.contains(where: { !$0.label.isEmpty })) {
            frame.legend = functions.enumerated().map { i, fn in
                let sample = style.unicode ? pattern(i).sample(style) : String(repeating: Markers.forSeries(i), count: 2)
                return LegendEntry(sample, color: style.color ? colors[i] : nil, label: fn.label)
            }
        }
        for fn in functions where !fn.undefinedAt.isEmpty {
            let at = fn.undefinedAt.map { NumberFormat.short($0, digits: 4) }.joined(separator: ", ")
            frame.notes.append("\(Markers.open(style)) \(fn.label.isEmpty ? "the function" : fn.label) is undefined at \(xLabel ?? "x") = \(at)")
        }
        for (i, fn) in functions.enumerated() where skipped[i] && fn.undefinedAt.isEmpty {
            frame.notes.append("\(fn.label.isEmpty ? "the function" : fn.label) is nan or inf at some points (not drawn)")
        }
        if functions.isEmpty { frame.notes.append("no functions to plot") }

        var chart = AxisChart(frame: frame, x: (from, to), y: lo <= hi ? (lo, hi) : (0, 1))
        chart.growX = 0
        return try chart.render(width: width, height: height, style: style) { area in
            for (i, fn) in functions.enumerated() {
                let ink = Ink(marker: Markers.forSeries(i), color: style.color ? colors[i] : nil)
                try draw(fn, in: &area, ink: ink, pattern: style.unicode ? pattern(i) : .solid, style: style)
            }
        }
    }

    private func pattern(_ i: Int) -> LinePattern {
        functions[i].pattern ?? LinePattern.allCases[i % LinePattern.allCases.count]
    }

    private func draw(_ fn: Function, in area: inout PlotArea, ink: Ink, pattern: LinePattern, style: ChartStyle) throws {
        let dots = area.canvas.dotWidth
        let xs = (0..<dots).map { area.x.value(at: Double($0) / Double(max(dots - 1, 1))) }
        let span = area.y.hi - area.y.lo
        // A gap smaller than two dot rows is drawn as a line whatever it is.
        let gapWorthTesting = 2 * span / Double(max(area.canvas.dotHeight, 1))
        let eps = (to / 2 - from / 2) * 2e-9
        var step = 0
        var previous: (Double, Double)?
        for x in xs {
            let y = try fn.f(x)
            guard y.isFinite else { previous = nil; continue }
            if let p = previous {
                if let u = fn.undefinedAt.first(where: { $0 > p.0 && $0 <= x }) {
                    // Stop just before the undefined point and start again after it.
                    let left = try fn.f(u - eps), right = try fn.f(u + eps)
                    if left.isFinite { area.line(from: p, to: (u - eps, left), ink: ink, pattern: pattern, step: &step) }
                    if right.isFinite { area.line(from: (u + eps, right), to: (x, y), ink: ink, pattern: pattern, step: &step) }
                } else if abs(y - p.1) > gapWorthTesting, let jump = try findJump(fn.f, a: p, b: (x, y)) {
                    area.line(from: p, to: jump.left, ink: ink, pattern: pattern, step: &step)
                    area.line(from: jump.right, to: (x, y), ink: ink, pattern: pattern, step: &step)
                } else {
                    area.line(from: p, to: (x, y), ink: ink, pattern: pattern, step: &step)
                }
            } else {
                area.point(x, y, ink: ink)
            }
            previous = (x, y)
        }
        for u in fn.undefinedAt where u >= from && u <= to {
            let left = try fn.f(u - eps), right = try fn.f(u + eps)
            let y = [left, right].filter(\.isFinite)
            guard !y.isEmpty, let cell = area.cell(u, y.reduce(0, +) / Double(y.count)) else { continue }
            area.mark(column: cell.column, row: cell.row, Cell(Markers.open(style), color: ink.color))
        }
    }

    /// Bisects [a, b] towards the larger change; if the change does not
    /// shrink with the interval, the function jumps there. Returns the
    /// points just left and right of the jump.
    private func findJump(_ f: (Double) throws -> Double, a: (Double, Double), b: (Double, Double)) throws -> (left: (Double, Double), right: (Double, Double))? {
        var a = a, b = b
        let initial = abs(b.1 - a.1)
        for _ in 0..<50 {
            let m = a.0 / 2 + b.0 / 2
            guard m > a.0, m < b.0 else { break }
            let fm = try f(m)
            guard fm.isFinite else { return (a, b) }
            if abs(fm - a.1) >= abs(b.1 - fm) { b = (m, fm) } else { a = (m, fm) }
        }
        return abs(b.1 - a.1) > initial / 2 ? (a, b) : nil
    }
}
