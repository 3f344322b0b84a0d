import Language

/// How the command line prints a diagnostic on stderr. A stand-in until the
/// language's own renderer lands; then this only forwards to it.
///
///     StandardStream.error.write(DiagnosticText.render(diagnostic, color: false))
enum DiagnosticText {
    static func render(_ diagnostic: Diagnostic, color: Bool) -> String {
        let paint = { (code: String, text: String) in color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        let head = diagnostic.severity == .error ? paint("1;31", "error") : paint("1;33", "warning")
        var lines = ["\(head): \(diagnostic.message)"]
        if let source = diagnostic.source, let range = diagnostic.range {
            let start = range.start
            let number = String(start.line)
            let gutter = String(repeating: " ", count: number.count)
            lines.append("\(gutter)--> \(source.name):\(start.line):\(start.column)")
            lines.append("\(gutter) |")
            let text = source.line(start.line)
            lines.append("\(number) | \(text)")
            let width = range.end.line == start.line ? max(range.end.column - start.column, 1) : max(text.count - start.column + 1, 1)
            var marker = String(repeating: " ", count: max(start.column - 1, 0)) + paint("1;31", String(repeating: "^", count: width))
            if let label = diagnostic.label { marker += " " + label }
            lines.append("\(gutter) | \(marker)")
        } else if let label = diagnostic.label {
            lines.append(label)
        }
        lines.append(contentsOf: diagnostic.notes.map { "  = \($0)" })
        return lines.joined(separator: "\n") + "\n"
    }
}
