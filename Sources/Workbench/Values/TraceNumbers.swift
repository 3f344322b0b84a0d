import Foundation

/// Numbers as a trace shows them: 4 decimals in aligned columns, so a
/// student can compare them with a hand computation, switching to
/// scientific notation only when a vector holds very small or large values.
///
///     TraceNumbers.vector([1, 0.25, -2])   // "[ 1       0.2500 -2     ]"
enum TraceNumbers {
    /// How many rows of a matrix a trace shows before eliding the rest.
    static let maxRows = 6
    /// How many entries of a row a trace shows before eliding the rest.
    static let maxColumns = 8

    enum Style: Equatable {
        case whole, fixed, scientific
    }

    /// One style for a set of numbers, so they align.
    static func style(for values: [Double]) -> Style {
        let finite = values.filter { $0.isFinite }
        if finite.allSatisfy({ $0 == $0.rounded() && abs($0) < 1e6 }) { return .whole }
        let magnitudes = finite.map(abs).filter { $0 != 0 }
        guard let small = magnitudes.min(), let large = magnitudes.max() else { return .fixed }
        return small >= 1e-3 && large < 1e5 ? .fixed : .scientific
    }

    static func format(_ v: Double, _ style: Style) -> String {
        if v.isNaN { return "nan" }
        if v.isInfinite { return v > 0 ? "inf" : "-inf" }
        switch style {
        case .whole:
            return String(Int64(v))
        case .fixed:
            if v == v.rounded() { return String(Int64(v)) }
            return String(format: "%.4f", v)
        case .scientific:
            if v == 0 { return "0" }
            return String(format: "%.3e", v)
        }
    }

    /// Cells of equal width, each with room for a sign, left-aligned so
    /// decimal points line up for fixed-style numbers.
    static func cells(_ values: [Double], style: Style) -> [String] {
        let texts = values.map { format($0, style) }.map { $0.hasPrefix("-") ? $0 : " " + $0 }
        let width = texts.map(TraceLayout.width).max() ?? 0
        return texts.map { TraceLayout.padRight($0, width) }
    }

    /// `[ 0.8123 -1.2041  0.3310]`, elided after `maxColumns` entries.
    static func vector(_ values: [Double], ellipsis: String = "…") -> String {
        let style = style(for: values)
        let shown = Array(values.prefix(maxColumns))
        var body = cells(shown, style: style).joined(separator: " ")
        if values.count > shown.count { body += " \(ellipsis)" }
        return "[\(body)]"
    }

    /// Rows of a matrix, one line each, columns aligned across rows:
    /// `[[ 0.1  0.2]`, ` [ 0.3  0.4]]`. Rows after `maxRows` are elided.
    static func matrixLines(_ storage: [Double], rows: Int, cols: Int, ellipsis: String = "…") -> [String] {
        guard rows > 0, cols > 0, storage.count == rows * cols else { return ["[]"] }
        let shownRows = min(rows, maxRows)
        let shownCols = min(cols, maxColumns)
        var picked: [Double] = []
        for r in 0..<shownRows { picked += storage[(r * cols)..<(r * cols + shownCols)] }
        let style = style(for: picked)
        let texts = cells(picked, style: style)
        var lines: [String] = []
        for r in 0..<shownRows {
            var row = texts[(r * shownCols)..<((r + 1) * shownCols)].joined(separator: " ")
            if cols > shownCols { row += " \(ellipsis)" }
            let open = r == 0 ? "[[" : " ["
            let close = r == rows - 1 ? "]]" : "]"
            lines.append(open + row + close)
        }
        if rows > shownRows { lines.append(" \(ellipsis) \(rows - shownRows) more rows]") }
        return lines
    }
}
