import Language
import NeuralEngine

/// Turns a script into a Markdown notebook: a header with the nn version
/// and seed, each prose line as text, each run of code in a fenced block,
/// and what that code printed (charts included, colour off) in a fenced
/// block after it.
///
///     let notebook = NotebookWriter(options: options).render(source)
///     print(notebook.markdown)
public struct NotebookWriter {
    public var options: SessionOptions

    public init(options: SessionOptions) {
        var options = options
        // A notebook is a document: no colour codes, no redrawn progress bars.
        options.color = false
        options.isTerminal = false
        self.options = options
    }

    public struct Result {
        public var markdown: String
        public var outcome: RunOutcome
    }

    public func render(_ source: SourceFile) -> Result {
        let layout = ScriptLayout(text: source.text)
        let renderer = DiagnosticRenderer(color: false)
        let sink = SegmentSink(renderDiagnostic: { renderer.render($0) })
        let session = Session(output: sink, options: options)
        session.isNotebook = true
        let seeds = SeedLog(session)

        let outcome = session.run(source) { range in
            if let index = layout.codeSegment(containing: range.start.line) { sink.current = index }
        }

        var parts = [header(for: source, scriptSeeds: seeds.values)]
        if case .syntaxErrors = outcome {
            parts.append(fenced(sink.text(for: Int?.none)))
        }
        // After a runtime error the rest of the script did not run: say so
        // under each later block, or a reader takes its silence for no output.
        let stoppedAt: Int? = switch outcome {
        case .runtimeError, .interrupted: sink.current
        case .success, .syntaxErrors: nil
        }
        let stopReason = outcome == .interrupted ? "the script was interrupted above" : "the script stopped at the error above"
        var headings = 0
        for (index, segment) in layout.segments.enumerated() {
            switch segment {
            case .prose(let lines):
                for line in lines {
                    if Self.isHeading(line) {
                        parts.append((headings == 0 ? "# " : "## ") + line)
                        headings += 1
                    } else {
                        parts.append(line)
                    }
                }
            case .code(_, _, let text):
                parts.append(fenced(text, info: "nn"))
                let output = sink.text(for: index)
                if !output.isEmpty { parts.append(fenced(output)) }
                if let stoppedAt, index > stoppedAt {
                    parts.append("*not run: \(stopReason)*")
                } else if case .syntaxErrors = outcome {
                    parts.append("*not run: the script has syntax errors (above)*")
                }
            }
        }
        return Result(markdown: parts.joined(separator: "\n\n") + "\n", outcome: outcome)
    }

    /// The seed the run started from, and the ones the script set itself
    /// (the numbers a reader needs to get the same output).
    private func header(for source: SourceFile, scriptSeeds: [Int]) -> String {
        var seed = options.seed.map(String.init) ?? "\(GlobalRandom.defaultSeed) (default)"
        if !scriptSeeds.isEmpty {
            var calls = scriptSeeds.prefix(3).map { "seed(\($0))" }
            if scriptSeeds.count > 3 { calls.append("…") }
            seed += ", then the script's " + calls.joined(separator: ", ")
        }
        return "<!-- made by `nn notebook \(source.name)` -->\n*nn \(NNVersion.current) · seed \(seed) · \(source.name)*"
    }

    /// A section title in the course's style, `## Learning rate — معدل التعلم`:
    /// a short line naming a term (English, a dash, the course's term), not
    /// a sentence.
    static func isHeading(_ line: String) -> Bool {
        guard line.count <= 120, line.contains(" — "), let last = line.last else { return false }
        return !".:?!,;".contains(last)
    }

    /// A fenced block whose fence is longer than any backtick run inside it.
    private func fenced(_ text: String, info: String = "text") -> String {
        var longest = 0
        var run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
        return "\(fence)\(info)\n\(body)\n\(fence)"
    }
}

/// Collects output per code segment; what is printed before any statement
/// runs (syntax errors) goes under `nil`.
private final class SegmentSink: OutputSink {
    var current: Int?
    private var texts: [Int?: String] = [:]
    private let renderDiagnostic: (Diagnostic) -> String

    init(renderDiagnostic: @escaping (Diagnostic) -> String) {
        self.renderDiagnostic = renderDiagnostic
    }

    func write(_ text: String) { texts[current, default: ""] += text }

    func report(_ diagnostic: Diagnostic) {
        var text = renderDiagnostic(diagnostic)
        if !text.hasSuffix("\n") { text += "\n" }
        texts[current, default: ""] += text
    }

    func text(for segment: Int?) -> String { texts[segment] ?? "" }
}

/// Notes each `seed(n)` the script calls, by standing in for the built-in.
private final class SeedLog {
    private(set) var values: [Int] = []

    init(_ session: Session) {
        guard case .function(.builtin(let original))? = session.interpreter.lookup("seed") else { return }
        var logged = Builtin(name: original.name, signature: original.signature, help: original.help) { [unowned self] arguments, context throws(ScriptError) in
            let result = try original.body(arguments, context)
            if case .number(let n)? = arguments.named["n"], let whole = Int(exactly: n), values.last != whole { values.append(whole) }
            return result
        }
        logged.echoesResult = original.echoesResult
        session.interpreter.define(logged)
    }
}
