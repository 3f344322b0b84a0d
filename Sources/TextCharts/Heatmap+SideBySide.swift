/// Several heatmaps in a row (noisy / clean / reconstructed).
extension Heatmap {
    /// Several heatmaps in a row, each with its title, under an optional
    /// title of their own. When they share one range (`range`), the value
    /// scale is written once under the row.
    public static func sideBySide(_ maps: [Heatmap], title: String? = nil, width: Int, height: Int, style: ChartStyle) throws -> String {
        let heading = nonEmpty(title) ? [TextLine.fit(title ?? "", width: width, style: style)] : []
        guard maps.count > 1 else {
            guard let map = maps.first else { return heading.joined(separator: "\n") }
            var lines = try map.lines(width: width, height: height - heading.count, style: style)
            if let top = heading.first {
                let drawn = lines.map(\.count).max() ?? 0
                lines.insert(TextLine.centred(top, start: 0, span: drawn), at: 0)
            }
            return TextLine.join(lines, color: style.color)
        }
        let shared = maps.first?.range != nil && maps.allSatisfy { $0.range?.lo == maps.first?.range?.lo && $0.range?.hi == maps.first?.range?.hi }
        // The widest gap that still lets every panel draw its entries two characters wide.
        let gap = [3, 2, 1].first { gap in
            let each = (width - gap * (maps.count - 1)) / maps.count
            return maps.allSatisfy { $0.naturalWidth <= each }
        } ?? 3
        let each = (width - gap * (maps.count - 1)) / maps.count
        let scaleLines = shared ? 1 : 0
        let panels: [[[Cell]]]
        do {
            panels = try maps.map { try $0.lines(width: each, height: height - heading.count - scaleLines, style: style, scale: !shared) }
        } catch let ChartError.tooSmall(chart, _, _, minWidth, minHeight) {
            // The sizes the student gave are the whole row's, not one panel's.
            throw ChartError.tooSmall(chart: "\(maps.count) heatmaps side by side", width: width, height: height,
                                      minWidth: max(minWidth, each) * maps.count + gap * (maps.count - 1),
                                      minHeight: minHeight + heading.count + scaleLines)
        }
        let rows = panels.map(\.count).max() ?? 0
        var out: [[Cell]] = []
        for r in 0..<rows {
            var line: [Cell] = []
            for (i, panel) in panels.enumerated() {
                let part = r < panel.count ? panel[r] : []
                line += part + TextLine.blank((i == panels.count - 1 ? 0 : each + gap) - part.count)
            }
            out.append(line)
        }
        let drawn = out.map { line in line.lastIndex { $0.character != " " }.map { $0 + 1 } ?? 0 }.max() ?? 0
        if let top = heading.first { out.insert(TextLine.centred(top, start: 0, span: drawn), at: 0) }
        if shared, let range = maps.first?.range {
            out.append(TextLine.cells(TextLine.fit("one scale for all: " + scaleNote(lo: range.lo, hi: range.hi, style), width: width, style: style)))
        }
        return TextLine.join(out, color: style.color)
    }
}
