/// Turning rows of cells into text, with ANSI colour only when asked.
enum TextLine {
    static func cells(_ text: String) -> [Cell] { text.map { Cell($0) } }

    /// `text` cut to `width` characters, an ellipsis marking the cut.
    static func fit(_ text: String, width: Int, style: ChartStyle) -> String {
        guard text.count > width else { return text }
        let mark = style.unicode ? "…" : "..."
        guard width > mark.count else { return String(text.prefix(max(width, 0))) }
        return String(text.prefix(width - mark.count)) + mark
    }

    static func blank(_ n: Int) -> [Cell] { Array(repeating: Cell(" "), count: max(n, 0)) }

    /// `text` placed so it is centred over columns start..<start+span, never
    /// starting before 0.
    static func centred(_ text: String, start: Int, span: Int) -> [Cell] {
        let offset = max(0, start + (span - text.count) / 2)
        return blank(offset) + cells(text)
    }

    /// The text of a line, trailing blanks removed. Colour codes wrap runs of
    /// same-coloured cells.
    static func render(_ line: [Cell], color: Bool) -> String {
        var end = line.count
        while end > 0, line[end - 1].character == " ", line[end - 1].color == nil || !color { end -= 1 }
        var out = ""
        let plain = Look(color: nil, emphasis: false, faint: false)
        var current = plain
        for cell in line[..<end] {
            let want = color ? Look(color: cell.color, emphasis: cell.emphasis, faint: cell.faint) : plain
            if want != current {
                if current != plain { out += ChartColor.reset }
                if let c = want.color { out += c.escape }
                if want.emphasis { out += "\u{1B}[7m" }
                if want.faint { out += "\u{1B}[2m" }
                current = want
            }
            out.append(cell.character)
        }
        if current != plain { out += ChartColor.reset }
        return out
    }

    private struct Look: Equatable {
        var color: ChartColor?
        var emphasis: Bool
        var faint: Bool
    }

    static func join(_ lines: [[Cell]], color: Bool) -> String {
        lines.map { render($0, color: color) }.joined(separator: "\n")
    }
}
