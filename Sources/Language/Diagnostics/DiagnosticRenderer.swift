/// Formats a diagnostic for a terminal, as in LOOK.md "An error":
///
///     error: unknown name 'trian'
///      --> lesson.nn:1:1
///       |
///     1 | trian(net, xor)
///       | ^^^^^ did you mean 'train'?
///       = note: in fn fib at 4:12, called from 9:1
///
///     let text = DiagnosticRenderer(color: false).render(diagnostic)
///
/// Carets line up under wide and zero-width characters and tabs (tabs are
/// shown as four spaces).
public struct DiagnosticRenderer: Sendable {
    public var color: Bool

    public init(color: Bool = false) {
        self.color = color
    }

    /// The diagnostic as lines of text, ending with a newline.
    public func render(_ diagnostic: Diagnostic) -> String {
        let severity = diagnostic.severity.rawValue
        var out = paint(severity, diagnostic.severity == .error ? "1;31" : "1;33") + paint(": " + diagnostic.message, "1") + "\n"
        guard let source = diagnostic.source, let range = diagnostic.range else {
            if let label = diagnostic.label { out += " = \(label)\n" }
            for note in diagnostic.notes { out += " = note: \(note)\n" }
            return out
        }
        let lineNumber = String(range.start.line)
        let gutter = String(repeating: " ", count: lineNumber.count)
        let bar = paint("|", "1;34")
        out += gutter + paint("-->", "1;34") + " \(source.name):\(range.start.line):\(range.start.column)\n"
        let text = source.line(range.start.line)
        let scalars = Array(text.unicodeScalars)
        let startIndex = min(max(range.start.column - 1, 0), scalars.count)
        let endIndex: Int = range.end.line == range.start.line
            ? min(max(range.end.column - 1, startIndex), scalars.count)
            : scalars.count
        // A very long line is shown as a window around the caret.
        let windowStart = scalars.count > 120 ? max(0, startIndex - 40) : 0
        let windowEnd = scalars.count > 120 ? min(scalars.count, max(startIndex + 80, windowStart + 120)) : scalars.count
        let opening = windowStart > 0 ? "…" : ""
        let shown = opening + DiagnosticRenderer.expandTabs(Array(scalars[windowStart..<windowEnd])) + (windowEnd < scalars.count ? "…" : "")
        out += gutter + " " + bar + "\n"
        out += paint(lineNumber, "1;34") + " " + bar + " " + shown + "\n"
        let lead = opening.count + DiagnosticRenderer.width(scalars[windowStart..<startIndex])
        let span = max(1, DiagnosticRenderer.width(scalars[startIndex..<min(endIndex, windowEnd)]))
        var marker = String(repeating: " ", count: lead) + paint(String(repeating: "^", count: span), diagnostic.severity == .error ? "1;31" : "1;33")
        if let label = diagnostic.label { marker += " " + paint(label, diagnostic.severity == .error ? "1;31" : "1;33") }
        out += gutter + " " + bar + " " + marker + "\n"
        for note in diagnostic.notes {
            out += gutter + " " + paint("=", "1;34") + " note: \(note)\n"
        }
        return out
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// The line as shown: tabs as four spaces; control and bidi-override
    /// characters (which would move the terminal's cursor or reorder the
    /// line) as U+FFFD, one column wide like the caret line assumes.
    static func expandTabs(_ scalars: [Unicode.Scalar]) -> String {
        var out = String.UnicodeScalarView()
        for c in scalars {
            if c == "\t" {
                out.append(contentsOf: "    ".unicodeScalars)
            } else if c.value < 0x20 || c.value == 0x7F || (0x202A...0x202E).contains(c.value) || (0x2066...0x2069).contains(c.value) {
                out.append("\u{FFFD}")
            } else {
                out.append(c)
            }
        }
        return String(out)
    }

    /// Columns a terminal gives these scalars: 0 for combining marks, 2 for
    /// wide East Asian characters, 4 for a tab, 1 otherwise.
    static func width(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
        scalars.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of c: Unicode.Scalar) -> Int {
        if c == "\t" { return 4 }
        if c.value < 0x20 || c.value == 0x7F || (0x202A...0x202E).contains(c.value) || (0x2066...0x2069).contains(c.value) { return 1 }
        switch c.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        switch c.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
