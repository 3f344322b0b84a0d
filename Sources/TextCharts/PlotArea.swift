/// The inside of a chart's frame: a canvas for lines and dots, a layer of
/// characters on top (markers, labels) and one underneath (shading, the
/// zero axes), with the data-to-dot mapping of both axes.
struct PlotArea {
    var canvas: any Canvas
    let x: AxisScale
    let y: AxisScale
    let columns: Int
    let rows: Int
    private var overlay: [Cell?]
    private var background: [Cell?]

    init(charset: ChartCharset, columns: Int, rows: Int, x: AxisScale, y: AxisScale) {
        canvas = makeCanvas(charset, columns: columns, rows: rows)
        self.columns = columns
        self.rows = rows
        self.x = x
        self.y = y
        overlay = Array(repeating: nil, count: columns * rows)
        background = Array(repeating: nil, count: columns * rows)
    }

    /// A data point in dot coordinates (x to the right, y down), or nil when it cannot be placed.
    func dot(_ px: Double, _ py: Double) -> (x: Double, y: Double)? {
        guard let fx = x.fraction(px), let fy = y.fraction(py), fx.isFinite, fy.isFinite else { return nil }
        return (fx * Double(canvas.dotWidth - 1), (1 - fy) * Double(canvas.dotHeight - 1))
    }

    /// The cell holding a data point, or nil when outside the frame.
    func cell(_ px: Double, _ py: Double) -> (column: Int, row: Int)? {
        guard let d = dot(px, py), let dx = ChartMath.int(d.x), let dy = ChartMath.int(d.y),
              canvas.contains(x: dx, y: dy) else { return nil }
        return (dx / canvas.dotsAcross, dy / canvas.dotsDown)
    }

    /// The column of a value on the x axis (for ticks), clamped to the frame.
    func column(ofX value: Double) -> Int? {
        guard let f = x.fraction(value), let d = ChartMath.int(f * Double(canvas.dotWidth - 1)) else { return nil }
        guard d >= 0, d < canvas.dotWidth else { return nil }
        return d / canvas.dotsAcross
    }

    func row(ofY value: Double) -> Int? {
        guard let f = y.fraction(value), let d = ChartMath.int((1 - f) * Double(canvas.dotHeight - 1)) else { return nil }
        guard d >= 0, d < canvas.dotHeight else { return nil }
        return d / canvas.dotsDown
    }

    mutating func point(_ px: Double, _ py: Double, ink: Ink) {
        guard let d = dot(px, py), let dx = ChartMath.int(d.x), let dy = ChartMath.int(d.y) else { return }
        canvas.set(x: dx, y: dy, ink: ink)
    }

    /// Draws the segment between two data points; `step` carries the dash
    /// phase from one segment to the next.
    mutating func line(from a: (Double, Double), to b: (Double, Double), ink: Ink, pattern: LinePattern, step: inout Int) {
        guard let p = dot(a.0, a.1), let q = dot(b.0, b.1),
              let (p0, p1) = clip(p, q) else { return }
        let n = max(ChartMath.int(max(abs(p1.x - p0.x), abs(p1.y - p0.y)).rounded(.up)) ?? 1, 1)
        for i in 0...n {
            let t = Double(i) / Double(n)
            if i > 0 || step == 0 {
                if pattern.draws(step), let dx = ChartMath.int(p0.x + (p1.x - p0.x) * t), let dy = ChartMath.int(p0.y + (p1.y - p0.y) * t) {
                    canvas.set(x: dx, y: dy, ink: ink)
                }
                step += 1
            }
        }
    }

    /// Liang-Barsky clipping to the dot grid, so a segment running far
    /// outside the frame costs nothing.
    private func clip(_ p: (x: Double, y: Double), _ q: (x: Double, y: Double)) -> ((x: Double, y: Double), (x: Double, y: Double))? {
        let maxX = Double(canvas.dotWidth) - 0.5, maxY = Double(canvas.dotHeight) - 0.5
        var t0 = 0.0, t1 = 1.0
        let dx = q.x - p.x, dy = q.y - p.y
        for (pk, qk) in [(-dx, p.x + 0.5), (dx, maxX - p.x), (-dy, p.y + 0.5), (dy, maxY - p.y)] {
            if pk == 0 {
                if qk < 0 { return nil }
            } else {
                let r = qk / pk
                if pk < 0 { if r > t1 { return nil }; t0 = max(t0, r) } else { if r < t0 { return nil }; t1 = min(t1, r) }
            }
        }
        return ((p.x + t0 * dx, p.y + t0 * dy), (p.x + t1 * dx, p.y + t1 * dy))
    }

    /// A character on top of everything at a cell.
    mutating func mark(column: Int, row: Int, _ cell: Cell) {
        guard column >= 0, row >= 0, column < columns, row < rows else { return }
        overlay[row * columns + column] = cell
    }

    /// A character under everything else at a cell.
    mutating func shade(column: Int, row: Int, _ cell: Cell?) {
        guard column >= 0, row >= 0, column < columns, row < rows else { return }
        background[row * columns + column] = cell
    }

    /// Text on top, centred in the area (an empty chart says so).
    mutating func caption(_ text: String) {
        let chars = Array(text)
        let row = rows / 2
        let start = max(0, (columns - chars.count) / 2)
        for (i, ch) in chars.enumerated() where start + i < columns { mark(column: start + i, row: row, Cell(ch)) }
    }

    /// Faint lines at y = 0 and x = 0 where 0 lies inside the range (dim in
    /// colour, so a jump at 0 is not read as drawn).
    mutating func zeroAxes(_ glyphs: FrameGlyphs) {
        let zeroRow = y.log ? nil : (y.lo < 0 && y.hi > 0 ? row(ofY: 0) : nil)
        let zeroColumn = x.log ? nil : (x.lo < 0 && x.hi > 0 ? column(ofX: 0) : nil)
        if let r = zeroRow {
            for c in 0..<columns { shade(column: c, row: r, Cell(glyphs.zeroHorizontal, faint: true)) }
        }
        if let c = zeroColumn {
            for r in 0..<rows { shade(column: c, row: r, Cell(r == zeroRow ? glyphs.zeroCross : glyphs.zeroVertical, faint: true)) }
        }
    }

    /// The finished grid, row by row: overlay over canvas over background.
    func cells() -> [[Cell?]] {
        (0..<rows).map { r in
            (0..<columns).map { c in
                overlay[r * columns + c] ?? canvas.cell(column: c, row: r) ?? background[r * columns + c]
            }
        }
    }
}
