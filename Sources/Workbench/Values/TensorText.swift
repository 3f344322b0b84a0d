import Foundation
import Language
import NeuralEngine

/// How a tensor prints (LANGUAGE.md §2): `[1, 2.5, 3]`; a matrix on one line
/// when it fits (`[[1, 2], [3, 4]]`), else one row per line with the columns
/// aligned on the decimal point. Big tensors show their corners and their shape.
///
///     TensorText(t, options).render()
struct TensorText {
    /// Vectors longer than this show their ends only.
    static let vectorLimit = 40
    static let vectorEdge = 5
    /// Lines a long vector may take before it shows only its ends.
    static let wrapLimit = 10
    /// Matrices with more rows than this show the first and last `rowEdge`.
    static let rowLimit = 12
    static let rowEdge = 5
    /// Matrices with more columns than this show the first and last few,
    /// fewer still when the rows would not fit the width.
    static let colLimit = 10
    static let colEdge = 4

    let tensor: Tensor
    let options: RenderOptions

    init(_ tensor: Tensor, _ options: RenderOptions) {
        self.tensor = tensor
        self.options = options
    }

    private var ellipsis: String { options.unicode ? "…" : "..." }
    private var shapeText: String {
        tensor.shape.map(String.init).joined(separator: options.unicode ? "×" : "x")
    }

    func render() -> String {
        tensor.isVector ? renderVector() : renderMatrix()
    }

    // MARK: vectors

    private func renderVector() -> String {
        let n = tensor.count
        // Every number as the shortest decimal that reads back (LANGUAGE.md
        // §2), never rounded: up to `vectorLimit` elements always print
        // whole; more print whole only while they fit in `wrapLimit` lines.
        let exact = { (x: Double) in Self.number(x, compact: false) }
        if n > Self.vectorLimit, n <= Self.vectorLimit * 25 {
            let all = wrapped(tensor.storage.map(exact))
            if all.split(separator: "\n").count <= Self.wrapLimit { return all }
        }
        let elided = n > Self.vectorLimit
        let suffix = elided ? "  (vector of \(n))" : ""
        let items = elided
            ? tensor.storage.prefix(Self.vectorEdge).map(exact) + [ellipsis] + tensor.storage.suffix(Self.vectorEdge).map(exact)
            : tensor.storage.map(exact)
        let line = "[" + items.joined(separator: ", ") + "]"
        // A short vector stays on one line, as Python prints a list, even
        // past the width: the terminal wraps it, and it reads back as typed.
        if !elided || line.count + suffix.count <= options.width { return line + suffix }
        return wrapped(items) + suffix
    }

    /// A long vector over several lines, its items in aligned columns.
    private func wrapped(_ items: [String]) -> String {
        let cellWidth = (items.map(\.count).max() ?? 0) + 2
        let perLine = max(1, (options.width - 2) / cellWidth)
        var lines: [String] = []
        var start = 0
        while start < items.count {
            let end = min(start + perLine, items.count)
            let cells = items[start..<end].enumerated().map { offset, item in
                let isLast = start + offset == items.count - 1
                return isLast ? item : (item + ",").padding(cellWidth)
            }
            lines.append((start == 0 ? "[" : " ") + cells.joined())
            start = end
        }
        return lines.joined(separator: "\n").trimmingTrailingSpaces() + "]"
    }

    // MARK: matrices

    /// Exact numbers for a matrix shown whole (at most `rowLimit` rows and
    /// `colLimit` columns); a larger one shows its first and last rows and
    /// columns, rounded to 6 significant digits when that is what fits.
    private func renderMatrix() -> String {
        let (r, c) = (tensor.rows, tensor.cols)
        if r == 0 { return "[]  (\(shapeText) matrix)" }
        let elidedRows = r > Self.rowLimit
        let rowIndices: [Int?] = elidedRows
            ? Array(0..<Self.rowEdge) + [nil] + Array((r - Self.rowEdge)..<r)
            : Array(0..<r)
        let shapeNote = "  (\(shapeText) matrix)"
        if !elidedRows, c <= Self.colLimit {
            let text = oneLine(rowIndices, columns: Array(0..<c))
            if text.count <= options.width { return text }
        }
        if c <= Self.colLimit {
            let lines = aligned(rowIndices, columns: Array(0..<c), compact: false)
            // A matrix shown whole keeps every number exact (LANGUAGE.md §2),
            // even past the width; only an elided overview is rounded.
            if !elidedRows || lines.allSatisfy({ $0.count <= options.width }) {
                return lines.joined(separator: "\n") + (elidedRows ? shapeNote : "")
            }
        }
        var edge = c > Self.colLimit ? Self.colEdge : c
        while true {
            let elidedCols = 2 * edge < c
            let columns: [Int?] = elidedCols
                ? Array(0..<edge) + [nil] + Array((c - edge)..<c)
                : Array(0..<c)
            let lines = aligned(rowIndices, columns: columns, compact: true)
            let fits = lines.allSatisfy { $0.count <= options.width }
            let next = elidedCols ? edge - 1 : min(Self.colEdge, (c - 1) / 2)
            if fits || next < 1 {
                return lines.joined(separator: "\n") + (elidedRows || elidedCols ? shapeNote : "")
            }
            edge = next
        }
    }

    private func oneLine(_ rows: [Int?], columns: [Int]) -> String {
        let body = rows.map { row -> String in
            guard let row else { return ellipsis }
            return "[" + columns.map { numberText(tensor[row, $0]) }.joined(separator: ", ") + "]"
        }
        return "[" + body.joined(separator: ", ") + "]"
    }

    /// One line per row; each column padded so the decimal points line up.
    private func aligned(_ rows: [Int?], columns: [Int?], compact: Bool) -> [String] {
        let shownRows = rows.compactMap { $0 }
        // Width of the part before the point, and of the point and after, per column.
        var heads = [Int](repeating: 0, count: columns.count)
        var tails = [Int](repeating: 0, count: columns.count)
        var cells = [[(String, String)]](repeating: [], count: shownRows.count)
        for (ri, row) in shownRows.enumerated() {
            for (ci, col) in columns.enumerated() {
                let parts = col.map { Self.split(Self.number(tensor[row, $0], compact: compact)) } ?? (ellipsis, "")
                cells[ri].append(parts)
                heads[ci] = max(heads[ci], parts.0.count)
                tails[ci] = max(tails[ci], parts.1.count)
            }
        }
        var lines: [String] = []
        var ri = 0
        for (position, row) in rows.enumerated() {
            let open = position == 0 ? "[[" : " ["
            let close = position == rows.count - 1 ? "]]" : "],"
            guard row != nil else {
                lines.append(" " + ellipsis)
                continue
            }
            var line = open
            for ci in columns.indices {
                let (head, tail) = cells[ri][ci]
                let isLast = ci == columns.count - 1
                let cell = String(repeating: " ", count: heads[ci] - head.count) + head + tail + (isLast ? "" : ",")
                line += isLast ? cell.padding(heads[ci] + tails[ci]) : cell.padding(heads[ci] + tails[ci] + 2)
            }
            lines.append(line + close)
            ri += 1
        }
        return lines
    }

    /// A number exactly, or (`compact`) rounded to 6 significant digits, for
    /// tensors too big to show every digit (index an element to see it exactly).
    static func number(_ x: Double, compact: Bool) -> String {
        guard compact, x.isFinite, x != 0 else { return numberText(x) }
        return numberText(Double(String(format: "%.5e", x)) ?? x)
    }

    /// "-2.5e-09" → ("-2", ".5e-09"); "inf" → ("inf", "").
    static func split(_ text: String) -> (String, String) {
        guard let cut = text.firstIndex(where: { $0 == "." || $0 == "e" }) else { return (text, "") }
        return (String(text[..<cut]), String(text[cut...]))
    }
}

extension String {
    /// Pads with spaces on the right up to `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    func trimmingTrailingSpaces() -> String {
        split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in String(line.reversed().drop(while: { $0 == " " }).reversed()) }
            .joined(separator: "\n")
    }
}

/// A number as the language prints it (`3`, `0.1`, `-2.5e-09`): the
/// language's `formatNumber`, under the name the Workbench uses.
func numberText(_ x: Double) -> String {
    formatNumber(x)
}
