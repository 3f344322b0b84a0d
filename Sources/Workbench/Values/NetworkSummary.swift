/// The table `summary(net)` prints and a network's echo shows: one row per
/// layer with its kind, units, activation, the shapes of Wˡ and bˡ and its
/// parameter count, then the total (Keras's summary, in the lecture's notation).
///
///     network 2 → 4 → 1          aˡ = f(Wˡ aˡ⁻¹ + bˡ)
///      layer  kind   units  activation  Wˡ   bˡ  parameters
///      0      input      2  -           -    -            0
///      1      dense      4  tanh        4×2  4           12
struct NetworkSummary {
    struct Layer {
        var units: Int
        var activation: String
    }

    var inputs: Int
    var layers: [Layer]

    func render(_ notation: Notation) -> String {
        let n = notation
        var rows: [[String]] = [["layer", "kind", "units", "activation", n.unicode ? "Wˡ" : "W^l", n.unicode ? "bˡ" : "b^l", "parameters"]]
        rows.append(["0", "input", String(inputs), "-", "-", "-", "0"])
        var previous = inputs
        var total = 0
        for (i, layer) in layers.enumerated() {
            let parameters = layer.units * previous + layer.units
            total += parameters
            rows.append([
                String(i + 1), "dense", String(layer.units), layer.activation,
                n.shape([layer.units, previous]), String(layer.units), String(parameters),
            ])
            previous = layer.units
        }
        // Numbers align right, words left.
        let rightAligned: Set<Int> = [2, 6]
        var widths = (0..<7).map { c in rows.map { TraceLayout.width($0[c]) }.max() ?? 0 }
        widths[6] = max(widths[6], String(total).count)
        var lines: [String] = []
        let architecture = ([inputs] + layers.map(\.units)).map(String.init).joined(separator: " \(n.arrow) ")
        var body: [String] = []
        for row in rows {
            let cells = row.enumerated().map { c, text in
                rightAligned.contains(c) ? TraceLayout.padLeft(text, widths[c]) : TraceLayout.padRight(text, widths[c])
            }
            body.append(" " + cells.joined(separator: "  "))
        }
        let tableWidth = body.map(TraceLayout.width).max() ?? 0
        let title = "network \(architecture)"
        let rule = n.layerRule
        let gap = max(4, tableWidth - TraceLayout.width(title) - TraceLayout.width(rule))
        lines.append(title + String(repeating: " ", count: gap) + rule)
        lines += body.map(trimmed)
        let totalText = "total  \(total)"
        lines.append(TraceLayout.padLeft(totalText, tableWidth))
        return lines.joined(separator: "\n")
    }

    private func trimmed(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }
}
