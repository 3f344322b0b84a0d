/// The layout of `forward(..., trace=true)` and `backward(..., trace=true)`:
/// a column naming the layer, a column with the lecture's formula, the
/// numbers, and the shape at the right, each column aligned.
///
///     var table = TraceTable()
///     table.add(label: "layer 1  dense 4, tanh", formula: "z¹ = W¹ a⁰ + b¹", values: ["[ 0.81 -1.20]"], shape: "4")
///     table.render()
struct TraceTable {
    struct Row {
        var label: String
        var formula: String
        var values: [String]
        var shape: String
    }

    private(set) var rows: [Row] = []
    /// Lines printed before the table (the cost line of a backward trace).
    var heading: [String] = []

    mutating func add(label: String = "", formula: String, values: [String], shape: String = "") {
        rows.append(Row(label: label, formula: formula, values: values.isEmpty ? [""] : values, shape: shape))
    }

    func render() -> String {
        let labelWidth = rows.map { TraceLayout.width($0.label) }.max() ?? 0
        let formulaWidth = rows.map { TraceLayout.width($0.formula) }.max() ?? 0
        let valueWidth = rows.flatMap { $0.values.map(TraceLayout.width) }.max() ?? 0
        var lines = heading
        for row in rows {
            for (i, value) in row.values.enumerated() {
                let label = i == 0 ? row.label : ""
                let formula = i == 0 ? TraceLayout.padRight(row.formula, formulaWidth) + " = " : String(repeating: " ", count: formulaWidth + 3)
                var line = TraceLayout.padRight(label, labelWidth) + "  " + formula
                if i == 0 && !row.shape.isEmpty {
                    line += TraceLayout.padRight(value, valueWidth) + "  " + row.shape
                } else {
                    line += value
                }
                lines.append(trimTrailing(line))
            }
        }
        return lines.joined(separator: "\n")
    }

    private func trimTrailing(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }
}
