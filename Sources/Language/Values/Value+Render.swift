extension Value {
    /// The text an echo or `print` shows (LANGUAGE.md §2): numbers via
    /// `formatNumber`, strings without quotes, lists as `[1, 2.5, "a"]`
    /// (strings inside a list keep their quotes, as in Python), a list of
    /// equal-length number lists as aligned rows when it does not fit one line.
    ///
    ///     Value.list([.number(1), .string("a")]).render(RenderOptions())   // [1, "a"]
    public func render(_ options: RenderOptions) -> String {
        switch self {
        case .string(let s): s
        default: renderNested(options, budget: RenderBudget())
        }
    }

    /// The form used inside a list: strings quoted and escaped.
    func renderNested(_ options: RenderOptions, depth: Int = 0, budget: RenderBudget) -> String {
        budget.remaining -= 1
        if budget.remaining < 0 { return "…" }
        return switch self {
        case .number(let x): formatNumber(x)
        case .string(let s): Value.quoted(s)
        case .bool(let b): b ? "true" : "false"
        case .none: "none"
        case .function(let f):
            switch f {
            case .user(let u): "<fn \(u.name)(\(u.parameters.joined(separator: ", ")))>"
            case .builtin(let b): "<built-in \(b.name)>"
            }
        case .native(let n): depth == 0 ? n.render(options) : n.renderInline(options)
        case .list(let items): depth > 100 ? "[…]" : Value.renderList(items, options, depth: depth + 1, budget: budget)
        }
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }

    static func renderList(_ items: [Value], _ options: RenderOptions, depth: Int = 0, budget: RenderBudget) -> String {
        var shown: [String] = []
        for item in items {
            // A list that shares itself ([x, x] doubled 60 times) would take
            // forever to print: stop after `RenderBudget.items` values.
            guard budget.remaining > 0 else {
                shown.append("…")
                break
            }
            shown.append(item.renderNested(options, depth: depth, budget: budget))
        }
        let oneLine = "[" + shown.joined(separator: ", ") + "]"
        guard oneLine.count > options.width, let rows = numberRows(items) else { return oneLine }
        // A matrix: one row per line, columns aligned on the widest entry.
        let cells = rows.map { $0.map(formatNumber) }
        let columns = cells.first?.count ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in cells {
            for (j, cell) in row.enumerated() { widths[j] = max(widths[j], cell.count) }
        }
        let lines = cells.enumerated().map { i, row in
            let body = row.enumerated().map { j, cell in
                String(repeating: " ", count: widths[j] - cell.count) + cell
            }.joined(separator: ", ")
            return (i == 0 ? "[[" : " [") + body + (i == cells.count - 1 ? "]]" : "],")
        }
        return lines.joined(separator: "\n")
    }

    /// The rows of a rectangular list of number lists, or nil.
    static func numberRows(_ items: [Value]) -> [[Double]]? {
        var rows: [[Double]] = []
        for item in items {
            guard case .list(let row) = item else { return nil }
            var numbers: [Double] = []
            for v in row {
                guard case .number(let x) = v else { return nil }
                numbers.append(x)
            }
            if let first = rows.first, first.count != numbers.count { return nil }
            rows.append(numbers)
        }
        return rows.isEmpty ? nil : rows
    }
}

/// How many more values one render may show; shared down the nesting.
final class RenderBudget {
    static let items = 100_000
    var remaining = RenderBudget.items
}
