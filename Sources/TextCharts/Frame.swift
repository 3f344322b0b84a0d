/// Everything around the plot area: title, y-axis label, tick labels at the
/// left of the frame, the x axis with its ticks and label, legend and notes.
/// `width` and `height` are always the whole chart's.
struct Frame {
    /// The chart's name in errors ("a line chart").
    var name: String
    var title: String?
    var xLabel: String?
    var yLabel: String?
    var legend: [LegendEntry] = []
    /// Lines under the chart: skipped values, empty series…
    var notes: [String] = []

    /// The smallest plot area worth drawing.
    static let minColumns = 10
    static let minRows = 3

    private var hasTopLine: Bool { nonEmpty(title) || nonEmpty(yLabel) }

    /// Lines the chart needs besides the plot rows.
    func overhead(width: Int) -> Int {
        (hasTopLine ? 1 : 0) + 2 + (nonEmpty(xLabel) ? 1 : 0)
            + Legend.lines(legend, width: width, indent: 0).count + noteLines(width: width).count
    }

    func plotRows(width: Int, height: Int) -> Int { height - overhead(width: width) }

    /// `columns`: the fewest plot columns the chart can draw in (one per bin for a histogram).
    func tooSmall(width: Int, height: Int, labelWidth: Int, columns: Int = minColumns) -> ChartError {
        let minWidth = labelWidth + 2 + max(columns, Self.minColumns)
        // Legend and notes wrap less on a wider chart: the height needed at the width used.
        return .tooSmall(chart: name, width: width, height: height,
                         minWidth: minWidth, minHeight: overhead(width: max(width, minWidth)) + Self.minRows)
    }

    func render(area: [[Cell?]], yTicks: [(row: Int, label: String)], xTicks: [(column: Int, label: String)],
                labelWidth: Int, width: Int, style: ChartStyle) -> String {
        TextLine.join(lines(area: area, yTicks: yTicks, xTicks: xTicks, labelWidth: labelWidth, width: width, style: style), color: style.color)
    }

    func lines(area: [[Cell?]], yTicks: [(row: Int, label: String)], xTicks: [(column: Int, label: String)],
               labelWidth: Int, width: Int, style: ChartStyle) -> [[Cell]] {
        let glyphs = style.frame
        let left = labelWidth + 2
        let columns = area.first?.count ?? 0
        var lines: [[Cell]] = []

        if hasTopLine {
            var line = TextLine.cells(TextLine.fit(yLabel ?? "", width: width, style: style))
            if let title, !title.isEmpty {
                // A title longer than the chart is cut, never wider than `width`.
                if width - line.count - 2 < min(title.count, 8) { line = [] }
                let shown = TextLine.fit(title, width: width - (line.isEmpty ? 0 : line.count + 2), style: style)
                var start = min(left + (columns - shown.count) / 2, width - shown.count)
                if start < line.count + 2, !line.isEmpty { start = line.count + 2 }
                line += TextLine.blank(max(start, 0) - line.count) + TextLine.cells(shown)
            }
            lines.append(line)
        }
        var labels: [Int: String] = [:]
        for tick in yTicks where labels[tick.row] == nil { labels[tick.row] = tick.label }
        for (r, row) in area.enumerated() {
            let label = labels[r] ?? ""
            var line = TextLine.blank(labelWidth - label.count) + TextLine.cells(label) + [Cell(" ")]
            line.append(Cell(labels[r] == nil ? glyphs.vertical : glyphs.yTick))
            line += row.map { $0 ?? Cell(" ") }
            lines.append(line)
        }
        var axis = TextLine.blank(labelWidth + 1) + [Cell(glyphs.corner)] + Array(repeating: Cell(glyphs.horizontal), count: columns)
        var tickLine = TextLine.blank(width)
        var freeFrom = 0
        for tick in xTicks {
            let at = left + tick.column
            guard at < axis.count else { continue }
            axis[at] = Cell(glyphs.xTick)
            let chars = Array(tick.label)
            var start = at - (chars.count - 1) / 2
            start = min(start, width - chars.count)
            start = max(start, 0)
            guard start >= freeFrom, start + chars.count <= width else { continue }
            for (i, ch) in chars.enumerated() { tickLine[start + i] = Cell(ch) }
            freeFrom = start + chars.count + 1
        }
        lines.append(axis)
        lines.append(tickLine)
        if let xLabel, !xLabel.isEmpty {
            let shown = TextLine.fit(xLabel, width: width, style: style)
            lines.append(TextLine.centred(shown, start: min(left, width - shown.count), span: min(columns, width - left)))
        }
        lines += Legend.lines(legend, width: width, indent: left, style: style)
        for note in noteLines(width: width) { lines.append(TextLine.cells(note)) }
        return lines
    }
}

extension Frame {
    /// The notes, each wrapped at spaces to the chart's width.
    func noteLines(width: Int) -> [String] {
        notes.flatMap { wrap($0, width: max(width, 1)) }
    }

    private func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = String(word)
            } else {
                line += (line.isEmpty ? "" : " ") + word
            }
        }
        lines.append(line)
        return lines.flatMap { long in
            // A single word longer than the line is cut into pieces.
            stride(from: 0, to: max(long.count, 1), by: width).map { String(long.dropFirst($0).prefix(width)) }
        }
    }
}

func nonEmpty(_ s: String?) -> Bool { !(s ?? "").isEmpty }
