import Foundation
import Language
import NeuralEngine

/// How a data set prints: one line with its name and shapes, one with its
/// classes and their counts (or the range of its targets), then its first
/// rows as a table whose columns are the features and the target.
///
///     dataset iris: 150 examples × 4 features, 3 classes   (x 150×4, y 150)
/// (the shapes in parentheses when they fit the width)
///     classes: setosa (50), versicolor (50), virginica (50)
///       #  sepal_length  sepal_width  petal_length  petal_width  y
///       0           5.1          3.5           1.4          0.2  0 setosa
///       …
struct DatasetText {
    /// Sets up to this size print whole; larger ones their first `headRows`.
    static let wholeLimit = 8
    static let headRows = 5
    /// The class list stops after this many lines, saying how many are left.
    static let classLines = 4

    let value: DatasetValue
    let options: RenderOptions

    init(_ value: DatasetValue, _ options: RenderOptions) {
        self.value = value
        self.options = options
    }

    private var d: Dataset { value.dataset }
    private var times: String { options.unicode ? "×" : "x" }
    private var ellipsis: String { options.unicode ? "…" : "..." }

    func render() -> String {
        var lines = [titleLine(), targetLine()]
        if d.normalization != nil {
            lines.append("normalized: each feature x was scaled as (x - d.mean) / d.std")
        }
        lines += table()
        return lines.joined(separator: "\n")
    }

    private func titleLine() -> String {
        let m = d.count, n = d.features
        let classes = d.classes.isEmpty ? "" : ", \(d.classes.count) classes"
        let text = "dataset \(d.name): \(m) example\(m == 1 ? "" : "s") \(times) \(n) feature\(n == 1 ? "" : "s")" + classes
        let shapes = "   (x \(shape(d.x)), y \(shape(d.y)))"
        if text.count + shapes.count <= options.width { return text + shapes }
        if text.count <= options.width { return text }
        // A narrow terminal: the numbers alone still say the shape.
        return "dataset \(d.name): \(m) \(times) \(n)" + classes
    }

    /// A class name on one line: control characters escaped as in a string, cut to `limit` characters.
    private func label(_ name: String, limit: Int = .max) -> String {
        var text = ""
        for c in name.unicodeScalars {
            switch c {
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            default: text.unicodeScalars.append(c)
            }
        }
        return clip(text, limit)
    }

    /// `text` cut to `limit` characters, the last one an ellipsis.
    private func clip(_ text: String, _ limit: Int) -> String {
        guard text.count > limit, limit >= 2 else { return text }
        return String(text.prefix(limit - ellipsis.count)) + ellipsis
    }

    private func shape(_ t: Tensor) -> String {
        t.shape.map(String.init).joined(separator: times)
    }

    private func targetLine() -> String {
        if !d.classes.isEmpty {
            let counts = d.classCounts
            let room = max(8, options.width - 20)
            let items = d.classes.indices.map { "\(label(d.classes[$0], limit: room)) (\(counts.indices.contains($0) ? counts[$0] : 0))" }
            return wrap("classes: ", items)
        }
        let y = d.y.storage
        guard let low = y.min(), let high = y.max() else { return "targets: none" }
        if d.y.isMatrix { return "targets: \(d.y.cols) per example, from \(cell(low)) to \(cell(high))" }
        let mean = y.reduce(0, +) / Double(y.count)
        return "targets: from \(cell(low)) to \(cell(high)), mean \(cell(mean))"
    }

    /// `prefix` then items separated by ", ", continued on indented lines at the width.
    private func wrap(_ prefix: String, _ items: [String]) -> String {
        var lines: [String] = []
        var line = prefix
        let indent = String(repeating: " ", count: prefix.count)
        let more = { (k: Int) in "\(ellipsis) \(k) more" }
        for (i, item) in items.enumerated() {
            let piece = item + (i == items.count - 1 ? "" : ",")
            let fresh = line == prefix || line == indent
            if lines.count == Self.classLines - 1, i < items.count - 1, !fresh,
               line.count + 1 + piece.count + 1 + more(items.count - i - 1).count > options.width {
                // The last line says how many are left: a column of ids or free
                // text taken as the target would otherwise list thousands.
                lines.append(line + " " + more(items.count - i))
                return lines.joined(separator: "\n")
            }
            if line.count + piece.count + 1 > options.width, !fresh {
                lines.append(line)
                line = indent
            }
            line += (line == prefix || line == indent ? "" : " ") + piece
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    // MARK: the table

    /// The first rows, as many columns as fit: first the middle features
    /// give way to an ellipsis column; if the table is still too wide, long
    /// feature names and class names are cut short.
    private func table() -> [String] {
        let m = d.count
        guard m > 0 else { return [] }
        let rows = m <= Self.wholeLimit ? Array(0..<m) : Array(0..<Self.headRows)
        var lines: [String] = []
        for limit in [Int.max, 16, 10, 6] {
            lines = table(rows, limit: limit)
            if lines.allSatisfy({ $0.count <= options.width }) { break }
        }
        if rows.count < m { lines.append("  \(ellipsis) \(m - rows.count) more examples") }
        return lines
    }

    private func table(_ rows: [Int], limit: Int) -> [String] {
        let names = value.featureNames.map { clip(label($0), limit) }
        let n = d.features
        let index = Column(header: "#", cells: rows.map(String.init), alignRight: true)
        let namedClasses = d.classes.indices.contains { d.classes[$0] != String($0) }
        let target = d.y.isVector && !namedClasses
            ? Column(numbers: rows.map { d.y.storage[$0] }, header: "y", format: cell)
            : Column(header: "y", cells: rows.map { targetCell($0, limit: limit) }, alignRight: false)
        var lead = n
        var lines: [String] = []
        while true {
            var columns = [index]
            let shown = lead < n ? Array(0..<lead) + [nil] + [n - 1] : Array(0..<n)
            for j in shown {
                if let j {
                    columns.append(Column(numbers: rows.map { d.x[$0, j] }, header: names[j], format: cell))
                } else {
                    columns.append(Column(header: ellipsis, cells: rows.map { _ in ellipsis }, alignRight: false))
                }
            }
            columns.append(target)
            lines = Column.lines(columns)
            let widest = lines.map(\.count).max() ?? 0
            if widest <= options.width || lead <= 1 { break }
            lead = min(lead, n - 1) - 1
        }
        return lines
    }

    private func targetCell(_ i: Int, limit: Int) -> String {
        if d.y.isMatrix {
            let k = d.y.cols
            return "[" + (0..<k).map { cell(d.y[i, $0]) }.joined(separator: ", ") + "]"
        }
        let y = d.y.storage[i]
        if !d.classes.isEmpty, let k = Value.wholeInt(y), d.classes.indices.contains(k), d.classes[k] != String(k) {
            return "\(k) \(label(d.classes[k], limit: limit))"
        }
        return cell(y)
    }

    /// A number in a table: as the language prints it when short, else 5 significant digits.
    func cell(_ x: Double) -> String {
        let text = numberText(x)
        guard text.count > 8, x.isFinite else { return text }
        var short = String(format: "%.5g", x)
        if let e = short.firstIndex(of: "e") {
            let mantissa = String(short[..<e]), exponent = String(short[e...])
            short = trimZeros(mantissa) + exponent
        } else {
            short = trimZeros(short)
        }
        return short
    }

    private func trimZeros(_ s: String) -> String {
        guard s.contains(".") else { return s }
        var t = s
        while t.hasSuffix("0") { t.removeLast() }
        if t.hasSuffix(".") { t.removeLast() }
        return t
    }
}

/// One column of a printed table: a header and cells, numbers aligned on
/// their decimal point.
private struct Column {
    var header: String
    var cells: [String]
    var alignRight: Bool

    init(header: String, cells: [String], alignRight: Bool) {
        self.header = header
        self.cells = cells
        self.alignRight = alignRight
    }

    /// Numbers with their points lined up, right-aligned under the header.
    init(numbers: [Double], header: String, format: (Double) -> String) {
        let parts = numbers.map { TensorText.split(format($0)) }
        let head = parts.map(\.0.count).max() ?? 0
        let tail = parts.map(\.1.count).max() ?? 0
        let cells = parts.map { String(repeating: " ", count: head - $0.0.count) + $0.0 + $0.1.padding(tail) }
        self.init(header: header, cells: cells, alignRight: true)
    }

    var width: Int { max(header.count, cells.map(\.count).max() ?? 0) }

    func text(_ s: String) -> String {
        let pad = String(repeating: " ", count: max(0, width - s.count))
        return alignRight ? pad + s : s + pad
    }

    /// The header line and one line per row, columns two spaces apart.
    static func lines(_ columns: [Column]) -> [String] {
        let rowCount = columns.first?.cells.count ?? 0
        var lines = ["  " + columns.map { $0.text($0.header) }.joined(separator: "  ")]
        for r in 0..<rowCount {
            lines.append("  " + columns.map { $0.text($0.cells[r]) }.joined(separator: "  "))
        }
        return lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
    }
}
