/// A script cut into the pieces a notebook shows: prose lines (`## …`) and
/// the runs of code between them, each with its 1-based line span.
///
///     let layout = ScriptLayout(text: "## Title\nx = 1\nx\n")
///     layout.segments  // [.prose(["Title"]), .code(lines 2...3)]
struct ScriptLayout {
    enum Segment {
        case prose([String])
        /// Code lines `first...last` (1-based, inclusive), blank lines at both ends removed.
        case code(first: Int, last: Int, text: String)
    }

    var segments: [Segment] = []

    init(text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        var prose: [String] = []
        var codeStart: Int?
        var codeLines: [(Int, String)] = []

        func flushProse() {
            if !prose.isEmpty { segments.append(.prose(prose)) }
            prose = []
        }
        func flushCode() {
            while let last = codeLines.last, last.1.allSatisfy(\.isWhitespace) { codeLines.removeLast() }
            while let first = codeLines.first, first.1.allSatisfy(\.isWhitespace) { codeLines.removeFirst() }
            if let first = codeLines.first, let last = codeLines.last {
                segments.append(.code(first: first.0, last: last.0, text: codeLines.map(\.1).joined(separator: "\n")))
            }
            codeLines = []
            codeStart = nil
        }

        // A `##` line inside an open brace or bracket is a comment in the
        // middle of a statement: splitting there would cut the code in two.
        var depth = 0
        for (index, line) in lines.enumerated() {
            let number = index + 1
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            if trimmed.hasPrefix("##"), depth == 0 {
                flushCode()
                var text = trimmed.dropFirst(2)
                while text.first == "#" { text = text.dropFirst() }
                prose.append(String(text.drop(while: { $0 == " " })))
            } else {
                flushProse()
                if codeStart == nil { codeStart = number }
                codeLines.append((number, line))
                depth = max(0, depth + Self.bracketBalance(line))
            }
        }
        flushProse()
        flushCode()
    }

    /// Opening minus closing brackets on a line, outside strings and comments.
    static func bracketBalance(_ line: String) -> Int {
        var balance = 0
        var inString = false
        var escaped = false
        for character in line {
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                continue
            }
            switch character {
            case "\"": inString = true
            case "#": return balance
            case "{", "(", "[": balance += 1
            case "}", ")", "]": balance -= 1
            default: break
            }
        }
        return balance
    }

    /// The index of the code segment holding `line`, if any.
    func codeSegment(containing line: Int) -> Int? {
        segments.firstIndex { segment in
            if case .code(let first, let last, _) = segment { return first <= line && line <= last }
            return false
        }
    }
}
