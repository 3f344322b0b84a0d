/// A matrix as a grid of shades with a value scale: weights, or an 8x8
/// digit that looks like the digit (each entry two characters wide, as
/// terminal cells are about twice as tall as wide). Larger matrices are
/// averaged down to fit.
///
///     print(try Heatmap(digit, title: "digit 3").render(width: 40, height: 14, style: .plain))
///     print(try Heatmap.sideBySide([noisy, clean], width: 72, height: 14, style: .plain))
public struct Heatmap: Sendable {
    public var matrix: [[Double]]
    public var title: String?
    /// nil: from the smallest to the largest value.
    public var range: (lo: Double, hi: Double)?

    public init(_ matrix: [[Double]], title: String? = nil) {
        self.matrix = matrix
        self.title = title
    }

    public func render(width: Int, height: Int, style: ChartStyle) throws -> String {
        TextLine.join(try lines(width: width, height: height, style: style), color: style.color)
    }

    /// Each entry two characters wide, with the row labels and the frame.
    var naturalWidth: Int {
        String(max(matrix.count - 1, 0)).count + 2 + 2 * (matrix.map(\.count).max() ?? 0)
    }

    /// What the shades of values from `lo` to `hi` mean: `[ ░▒▓█] 0 to 16`.
    static func scaleNote(lo: Double, hi: Double, _ style: ChartStyle) -> String {
        let scale = "[" + String(ShadeScale.levels(style)) + "]"
        if style.color && lo < 0 && hi > 0 {
            return "\(scale) size 0 to \(NumberFormat.short(max(abs(lo), abs(hi)))): blue below 0, yellow above"
        }
        return "\(scale) \(NumberFormat.short(lo)) to \(NumberFormat.short(hi))"
    }

    /// `scale`: whether to write the value scale under the map (side by
    /// side maps sharing one range write it once).
    func lines(width: Int, height: Int, style: ChartStyle, scale: Bool = true) throws -> [[Cell]] {
        let m = matrix.count
        let n = matrix.map(\.count).max() ?? 0
        let values = matrix.joined().filter(\.isFinite)
        let (lo, hi) = range ?? (values.min() ?? 0, values.max() ?? 1)
        let shades = ShadeScale.levels(style)
        var frame = Frame(name: "a heatmap", title: title, xLabel: nil, yLabel: nil)
        // Weights of both signs, in colour: the shade is the size, the colour
        // the sign, so a weight of 0 is blank and -0.9 is as dark as 0.9.
        let signed = style.color && lo < 0 && hi > 0
        let size = max(abs(lo), abs(hi))
        if m == 0 || n == 0 {
            // No frame around nothing: the title, if any, and why.
            return (nonEmpty(title) ? [TextLine.cells(TextLine.fit(title ?? "", width: width, style: style))] : [])
                + [TextLine.cells(TextLine.fit("empty matrix: nothing to draw", width: width, style: style))]
        } else if scale {
            frame.notes.append(Heatmap.scaleNote(lo: lo, hi: hi, style))
        }
        let missing = m * n - values.count
        if missing > 0 { frame.notes.append("? \(count(missing, "value")) nan, inf or missing") }

        let labelWidth = String(max(m - 1, 0)).count
        let rowsAvailable = height - frame.overhead(width: width)
        let columnsAvailable = width - labelWidth - 2
        guard rowsAvailable >= 1, columnsAvailable >= 2 else {
            throw ChartError.tooSmall(chart: frame.name, width: width, height: height,
                                      minWidth: labelWidth + 4, minHeight: frame.overhead(width: max(width, labelWidth + 4)) + 1)
        }
        // Matrix entries per cell (averaged down) and cells per entry (blown up).
        let rowStep = max(1, (m + rowsAvailable - 1) / rowsAvailable)
        let columnStep = max(1, (n + columnsAvailable - 1) / columnsAvailable)
        let outRows = (m + rowStep - 1) / rowStep, outColumns = (n + columnStep - 1) / columnStep
        var cellHeight = 1, cellWidth = 1
        if rowStep == 1, columnStep == 1 {
            cellHeight = max(1, min(rowsAvailable / max(m, 1), columnsAvailable / max(2 * n, 1)))
            cellWidth = 2 * n * cellHeight <= columnsAvailable ? 2 * cellHeight : 1
        }
        var area: [[Cell?]] = []
        for r in 0..<outRows {
            var row: [Cell?] = []
            for c in 0..<outColumns {
                let cell = average(rows: r * rowStep ..< min((r + 1) * rowStep, m), columns: c * columnStep ..< min((c + 1) * columnStep, n))
                    .map { v in
                        signed ? Cell(shades[ShadeScale.level(abs(v), lo: 0, hi: size, count: shades.count)], color: v < 0 ? .blue : .yellow)
                            : Cell(shades[ShadeScale.level(v, lo: lo, hi: hi, count: shades.count)])
                    } ?? Cell("?")
                row += Array(repeating: cell, count: cellWidth)
            }
            area += Array(repeating: row, count: cellHeight)
        }
        // Row and column indices of the matrix at the first entry of each label.
        var yTicks: [(row: Int, label: String)] = []
        let labelEvery = max(1, (m + 3) / 4)
        for i in stride(from: 0, to: m, by: labelEvery) { yTicks.append(((i / rowStep) * cellHeight, String(i))) }
        // The last row's index too, unless it would crowd the label above it.
        let lastRow = ((m - 1) / rowStep) * cellHeight
        if m > 1, (m - 1) % labelEvery != 0, lastRow - (yTicks.last?.row ?? -2) >= 2 { yTicks.append((lastRow, String(m - 1))) }
        var xTicks: [(column: Int, label: String)] = []
        let longest = String(max(n - 1, 0)).count + 1
        let perLabel = max(1, (longest + 1 + cellWidth - 1) / cellWidth * columnStep)
        var every = 1
        for candidate in [1, 2, 4, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000] where candidate >= perLabel { every = candidate; break }
        for j in stride(from: 0, to: n, by: every) { xTicks.append(((j / columnStep) * cellWidth, String(j))) }
        return frame.lines(area: area, yTicks: yTicks, xTicks: xTicks, labelWidth: labelWidth, width: width, style: style)
    }

    private func average(rows: Range<Int>, columns: Range<Int>) -> Double? {
        var sum = 0.0, k = 0
        for r in rows {
            for c in columns where c < matrix[r].count && matrix[r][c].isFinite {
                sum += matrix[r][c]
                k += 1
            }
        }
        return k == 0 ? nil : sum / Double(k)
    }
}
