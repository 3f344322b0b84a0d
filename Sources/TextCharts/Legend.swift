/// One entry of a legend: a sample of how the series or class is drawn,
/// then its name.
public struct LegendEntry: Sendable, Equatable {
    public var sample: [Cell]
    public var label: String

    public init(sample: [Cell], label: String) {
        self.sample = sample
        self.label = label
    }

    init(_ sample: String, color: ChartColor?, label: String) {
        self.init(sample: sample.map { Cell($0, color: color) }, label: label)
    }

    var cells: [Cell] { sample + [Cell(" ")] + label.map { Cell($0) } }
}

/// Lays legend entries out in lines no wider than the chart.
enum Legend {
    static func lines(_ entries: [LegendEntry], width: Int, indent: Int, style: ChartStyle = .plain) -> [[Cell]] {
        guard !entries.isEmpty else { return [] }
        // An entry wider than the chart keeps its sample and a cut label.
        let entries = entries.map { entry in
            var entry = entry
            let room = width - entry.sample.count - 1
            if entry.cells.count > width, room > 0 { entry.label = TextLine.fit(entry.label, width: room, style: style) }
            return entry
        }
        let gap = 3
        let total = entries.reduce(0) { $0 + $1.cells.count } + gap * (entries.count - 1)
        let indent = total + indent <= width ? indent : 0
        var lines: [[Cell]] = []
        var line: [Cell] = Array(repeating: Cell(" "), count: indent)
        for entry in entries {
            let cells = entry.cells
            if line.count > indent, line.count + gap + cells.count > width {
                lines.append(line)
                line = Array(repeating: Cell(" "), count: indent)
            }
            if line.count > indent { line += Array(repeating: Cell(" "), count: gap) }
            line += cells
        }
        lines.append(line)
        return lines
    }
}
