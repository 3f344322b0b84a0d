/// The shared path of every chart with two numeric axes: choose ticks that
/// fit the size, lay out the frame, let the chart draw, assemble the text.
struct AxisChart {
    var frame: Frame
    var x: (lo: Double, hi: Double)
    var y: (lo: Double, hi: Double)
    var logY = false
    /// How far (a fraction of the span) each end may grow to reach a tick (nice limits).
    var growX = 0.05
    var growY = 0.25
    /// How much an unlabelled stretch of data at the ends of the y axis costs (see Ticks.linear).
    var unlabelledY = 0.8
    /// Ticks chosen by the chart (bin edges) instead of nice numbers.
    var fixedXTicks: [Tick]?
    /// The data must span a multiple of this many columns (bars of equal
    /// width); the columns left over widen the x axis on both sides (the
    /// left half first: `dataOffset`), so the chart still fills its width.
    var columnMultiple = 1
    var integerX = false
    var integerY = false
    var zeroAxes = true

    func render(width: Int, height: Int, style: ChartStyle, draw: (inout PlotArea) throws -> Void) throws -> String {
        let available = frame.plotRows(width: width, height: height)
        // Ticks for at least the smallest plot, so a too-small error names the label width too.
        let rows = max(available, Frame.minRows)
        let yMax = max(3, rows / 2 + 1)
        let yRange = logY
            // Powers of ten at least two rows apart.
            ? Ticks.logarithmic(lo: y.lo, hi: y.hi, maxCount: max(2, (rows - 1) / 2 + 1), cells: rows)
            : Ticks.linear(lo: y.lo, hi: y.hi, maxCount: yMax, growth: growY, integers: integerY, cells: rows, unlabelled: unlabelledY)
        let labelWidth = max(yRange.ticks.map(\.label.count).max() ?? 1, 1)
        guard available >= Frame.minRows else {
            throw frame.tooSmall(width: width, height: height, labelWidth: labelWidth, columns: columnMultiple)
        }
        var columns = width - labelWidth - 2
        guard columns >= max(Frame.minColumns, columnMultiple) else {
            throw frame.tooSmall(width: width, height: height, labelWidth: labelWidth, columns: columnMultiple)
        }
        var xRange = xTicks(columns: columns)
        // Room at the right for half of the last tick label.
        if fixedXTicks == nil, let last = xRange.ticks.last, xRange.hi - last.value <= (xRange.hi - xRange.lo) / Double(columns) {
            let margin = last.label.count / 2
            if columns - margin >= Frame.minColumns, margin > 0 {
                columns -= margin
                xRange = xTicks(columns: columns)
            }
        }

        let used = columns - columns % max(columnMultiple, 1)
        if used < columns, used > 0 {
            let perColumn = (xRange.hi / 2 - xRange.lo / 2) / Double(used) * 2
            let left = Self.dataOffset(columns: columns, multiple: columnMultiple)
            let top = Double.greatestFiniteMagnitude
            xRange.lo = max(xRange.lo - perColumn * Double(left), -top)
            xRange.hi = min(xRange.hi + perColumn * Double(columns - used - left), top)
        }
        var area = PlotArea(charset: style.charset, columns: columns, rows: rows,
                            x: AxisScale(lo: xRange.lo, hi: xRange.hi),
                            y: AxisScale(lo: yRange.lo, hi: yRange.hi, log: logY))
        if zeroAxes { area.zeroAxes(style.frame) }
        try draw(&area)
        let yTicks = yRange.ticks.compactMap { t in area.row(ofY: t.value).map { (row: $0, label: t.label) } }
        let xTicks = xRange.ticks.compactMap { t in area.column(ofX: t.value).map { (column: $0, label: t.label) } }
        return frame.render(area: area.cells(), yTicks: yTicks, xTicks: xTicks, labelWidth: labelWidth, width: width, style: style)
    }

    /// The first column of the data when it spans a multiple of `multiple` columns.
    static func dataOffset(columns: Int, multiple: Int) -> Int {
        (columns % max(multiple, 1)) / 2
    }

    /// As many x ticks as fit with their labels a few columns apart.
    private func xTicks(columns: Int) -> TickedRange {
        if let fixed = fixedXTicks { return TickedRange(lo: x.lo, hi: x.hi, ticks: fixed) }
        let fits = { (range: TickedRange) in
            let longest = range.ticks.map(\.label.count).max() ?? 1
            return range.ticks.count * (longest + 2) <= columns + longest
        }
        // Fixed limits (a function's from..to) are labelled themselves when
        // they are round: -5 … 5, not -4 … 4 with bare ends.
        if growX == 0, let range = Ticks.throughEnds(lo: x.lo, hi: x.hi, maxCount: max(columns / 4, 3), fits: fits) {
            return range
        }
        var count = max(columns / 6, 2)
        while true {
            let range = Ticks.linear(lo: x.lo, hi: x.hi, maxCount: count, growth: growX, integers: integerX)
            if count <= 2 || fits(range) { return range }
            count -= 1
        }
    }
}
