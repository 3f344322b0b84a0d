import Foundation
import Testing
import Language
@testable import Workbench

/// The contract suite: one `.nn` file per behaviour of LANGUAGE.md under
/// Scripts/contract/, run in a fresh session with every built-in. The
/// expectations are comments in the script (Crafting Interpreters style):
///
///     print(-7 % 3)             # expect: 2
///     h = train(net, xor, epochs=-5)   # expect error: 3:5 train: epochs must be …
///     len = 3                   # expect warning: 'len' now names a number; …
///     bad(1)                    # expect error containing: valid keywords
///     x[0 / 0]                  # expect error: 2:3 containing: nan
///
/// `# expect:` lines are the whole standard output, in order, unless the file
/// says `# output: partial`, where they must appear in order among other lines;
/// `# expect line containing: text` stands for one line holding that text;
/// `# expect no line containing: text` says no line of the output holds it;
/// `# expect size: 60x15` says the output (one chart) is exactly 15 lines with
/// the widest 60 characters, `# expect size within: 60x15` at most that;
/// `# output: ascii` says every character printed is ASCII.
/// Errors and warnings are the diagnostics, in order; the `line:col` is
/// optional. Every error must name a place (the contract's file:line:col).
///
/// Each script runs in its own temporary folder holding copies of the other
/// files beside it (fixture CSVs, models), so `save` and `load` touch nothing
/// shared. Scripts/contract-pending/ holds the failing ones, listed in
/// /work/team/CONTRACT-ISSUES.md; this runner skips them.
struct ContractScript: CustomTestStringConvertible, Sendable {
    let path: String
    var testDescription: String { path }

    static let folder = "contract"

    static var root: URL? {
        Bundle.module.url(forResource: "Scripts", withExtension: nil)?.appendingPathComponent(folder)
    }

    static var all: [ContractScript] {
        guard let root, let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            return []
        }
        var cases: [ContractScript] = []
        for case let url as URL in walker where url.pathExtension == "nn" {
            cases.append(ContractScript(path: String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))))
        }
        return cases.sorted { $0.path < $1.path }
    }

    var url: URL? { Self.root?.appendingPathComponent(path) }
}

/// What one script says it should print and report.
struct ContractExpectations {
    enum Line: Equatable, CustomStringConvertible {
        case exact(String)
        case containing(String)

        func matches(_ line: String) -> Bool {
            switch self {
            case .exact(let text): line == text
            case .containing(let text): line.contains(text)
            }
        }

        var description: String {
            switch self {
            case .exact(let text): text
            case .containing(let text): "…\(text)…"
            }
        }
    }

    struct Report: CustomStringConvertible {
        var severity: Diagnostic.Severity
        var position: String?
        var message: String
        var containing: Bool

        func matches(_ d: Diagnostic) -> Bool {
            guard d.severity == severity else { return false }
            if let position, d.range.map({ "\($0.start.line):\($0.start.column)" }) != position { return false }
            return containing ? d.message.contains(message) : d.message == message
        }

        var description: String {
            "\(severity.rawValue) \(position.map { $0 + " " } ?? "")\(containing ? "containing " : "")\(message)"
        }
    }

    var lines: [Line] = []
    var forbidden: [String] = []
    /// Width x height the output must have (exactly, or at most when `sizeWithin`).
    var size: (width: Int, height: Int)?
    var sizeWithin = false
    var asciiOnly = false
    var reports: [Report] = []
    var partial = false

    init(_ text: String) {
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.trimmingCharacters(in: .whitespaces) == "# output: partial" { partial = true; continue }
            if line.trimmingCharacters(in: .whitespaces) == "# output: ascii" { asciiOnly = true; continue }
            guard let marker = line.range(of: "# expect") else { continue }
            parse(line[marker.upperBound...])
        }
    }

    private mutating func parse(_ rest: Substring) {
        if rest.hasPrefix(": ") {
            lines.append(.exact(String(rest.dropFirst(2))))
        } else if rest == ":" {
            lines.append(.exact(""))
        } else if rest.hasPrefix(" size: ") || rest.hasPrefix(" size within: ") {
            sizeWithin = rest.hasPrefix(" size within: ")
            let numbers = rest.drop { $0 != ":" }.dropFirst().split(separator: "x").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            if numbers.count == 2, let w = numbers[0], let h = numbers[1] { size = (w, h) }
        } else if rest.hasPrefix(" no line containing: ") {
            forbidden.append(String(rest.dropFirst(" no line containing: ".count)))
        } else if rest.hasPrefix(" line containing: ") {
            lines.append(.containing(String(rest.dropFirst(" line containing: ".count))))
        } else if let report = Self.report(rest) {
            reports.append(report)
        }
    }

    /// ` error: msg`, ` error: 3:5 msg`, ` error 3:5: msg`, ` error containing: text`, and the same for warnings.
    private static func report(_ rest: Substring) -> Report? {
        var text = rest.drop { $0 == " " }
        let severity: Diagnostic.Severity
        if text.hasPrefix("error") { severity = .error } else if text.hasPrefix("warning") { severity = .warning } else { return nil }
        text = text.dropFirst(severity.rawValue.count)
        var position: String?
        if text.hasPrefix(" "), let colon = text.range(of: ": "), isPosition(text[text.index(after: text.startIndex)..<colon.lowerBound]) {
            position = String(text[text.index(after: text.startIndex)..<colon.lowerBound])
            text = text[colon.upperBound...]
        } else if text.hasPrefix(" containing: ") {
            return Report(severity: severity, position: nil, message: String(text.dropFirst(" containing: ".count)), containing: true)
        } else if text.hasPrefix(": ") {
            text = text.dropFirst(2)
        } else {
            return nil
        }
        if position == nil, let space = text.firstIndex(of: " "), isPosition(text[..<space]) {
            position = String(text[..<space])
            text = text[text.index(after: space)...]
        }
        if text.hasPrefix("containing: ") {
            return Report(severity: severity, position: position, message: String(text.dropFirst("containing: ".count)), containing: true)
        }
        return Report(severity: severity, position: position, message: String(text), containing: false)
    }

    private static func isPosition(_ s: Substring) -> Bool {
        let parts = s.split(separator: ":", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }

    /// Nil when `output` holds the expected lines; else what went wrong.
    func outputMismatch(_ output: [String]) -> String? {
        if asciiOnly, let line = output.first(where: { !$0.unicodeScalars.allSatisfy(\.isASCII) }) {
            return "not ASCII: '\(line)'"
        }
        if let size {
            let width = output.map(\.count).max() ?? 0
            let fits = sizeWithin ? width <= size.width && output.count <= size.height
                : width == size.width && output.count == size.height
            if !fits { return "output is \(width)x\(output.count), expected \(sizeWithin ? "at most " : "")\(size.width)x\(size.height)" }
            return nil
        }
        for text in forbidden {
            if let line = output.first(where: { $0.contains(text) }) { return "unexpected line '\(line)'" }
        }
        if partial {
            var next = 0
            for line in output where next < lines.count && lines[next].matches(line) { next += 1 }
            return next == lines.count ? nil : "expected line \(next + 1) '\(lines[next])' not found in order"
        }
        for (i, expected) in lines.enumerated() {
            guard i < output.count else { return "output ends after \(output.count) lines; expected '\(expected)'" }
            if !expected.matches(output[i]) { return "line \(i + 1): expected '\(expected)', got '\(output[i])'" }
        }
        return output.count > lines.count ? "unexpected extra line \(lines.count + 1): '\(output[lines.count])'" : nil
    }
}

/// A fresh temporary folder with copies of the files next to the script.
private func workingFolder(for script: URL) throws -> URL {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("nn-contract-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let siblings = try FileManager.default.contentsOfDirectory(at: script.deletingLastPathComponent(), includingPropertiesForKeys: nil)
    for file in siblings where file.pathExtension != "nn" {
        try FileManager.default.copyItem(at: file, to: folder.appendingPathComponent(file.lastPathComponent))
    }
    return folder
}

@Test("contract scripts", arguments: ContractScript.all)
func contractScript(_ script: ContractScript) throws {
    let url = try #require(script.url)
    let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    let expected = ContractExpectations(text)
    let folder = try workingFolder(for: url)
    defer { try? FileManager.default.removeItem(at: folder) }

    let sink = BufferSink()
    let session = Session(output: sink)
    let outcome = session.run(SourceFile(name: script.path, text: text, directory: folder.path))

    var output = sink.output.components(separatedBy: "\n")
    if output.last == "" { output.removeLast() }
    let rendered = sink.diagnostics.map { DiagnosticRenderer().render($0) }.joined()
    let mismatch = expected.outputMismatch(output)
    #expect(mismatch == nil, "\(script.path): \(mismatch ?? "")\n--- stdout ---\n\(sink.output)--- stderr ---\n\(rendered)")

    let diagnosticsMatch = sink.diagnostics.count == expected.reports.count
        && zip(expected.reports, sink.diagnostics).allSatisfy { $0.matches($1) }
    #expect(diagnosticsMatch, "\(script.path): expected \(expected.reports), got:\n\(rendered)")
    for error in sink.diagnostics where error.severity == .error {
        #expect(error.range != nil, "\(script.path): error without a place: \(error.message)")
    }
    let expectsError = expected.reports.contains { $0.severity == .error }
    #expect((outcome != .success) == expectsError, "\(script.path): outcome \(outcome)")
}

/// Issue 3: "Nothing crashes, whatever the input". Each contract script is
/// broken a few ways (a token dropped, doubled, swapped with the next, a
/// number replaced by an awkward value, the script cut short) and run with
/// every built-in. A crash ends the test process; the test itself checks that
/// every error still names its place. A deadline interrupts runaway mutations
/// (`epochs=1e15`) at the interpreter's safe points.
@Test("broken contract scripts never crash", arguments: ContractScript.all)
func brokenContractScript(_ script: ContractScript) throws {
    let url = try #require(script.url)
    let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    let tokens = ScriptMutator.tokens(text)
    guard !tokens.isEmpty else { return }
    var mutator = ScriptMutator(seed: UInt64(truncatingIfNeeded: script.path.hashValueStable))
    let folder = try workingFolder(for: url)
    defer { try? FileManager.default.removeItem(at: folder) }
    for _ in 0..<3 {
        let broken = mutator.mutate(text, tokens: tokens)
        let sink = BufferSink()
        let session = Session(output: sink)
        let deadline = Date().addingTimeInterval(3)
        session.interpreter.interruptCheck = { Date() > deadline }
        session.run(SourceFile(name: script.path, text: broken, directory: folder.path))
        for error in sink.diagnostics where error.severity == .error {
            #expect(error.range != nil, "\(script.path): error without a place: \(error.message)\n\(broken)")
        }
    }
}

/// Deterministic token-level damage for `brokenContractScript`.
struct ScriptMutator {
    private var state: UInt64

    init(seed: UInt64) { state = seed | 1 }

    private mutating func next(_ bound: Int) -> Int {
        // xorshift64*: reproducible across runs and platforms.
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return Int((state &* 2685821657736338717) >> 33) % max(bound, 1)
    }

    /// Awkward stand-ins for a number; none asks for a huge allocation.
    private static let values = ["0", "-1", "2.5", "0/0", "1/0", "1e300", "-0", "1e-300", "none", "\"\"", "[]", "[[]]", "true", "relu", "zeros(2, 2)"]

    /// The ranges of strings, numbers, names and single symbols in `text`.
    static func tokens(_ text: String) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c.isWhitespace { i = text.index(after: i); continue }
            if c == "#" {
                while i < text.endIndex, text[i] != "\n" { i = text.index(after: i) }
                continue
            }
            var j = text.index(after: i)
            if c == "\"" {
                while j < text.endIndex, text[j] != "\"", text[j] != "\n" { j = text.index(after: j) }
                if j < text.endIndex, text[j] == "\"" { j = text.index(after: j) }
            } else if c.isLetter || c == "_" || c.isNumber || c == "." {
                while j < text.endIndex, text[j].isLetter || text[j].isNumber || text[j] == "_" || text[j] == "." { j = text.index(after: j) }
            }
            result.append(i..<j)
            i = j
        }
        return result
    }

    mutating func mutate(_ text: String, tokens: [Range<String.Index>]) -> String {
        let k = next(tokens.count)
        let token = tokens[k]
        let before = text[..<token.lowerBound], after = text[token.upperBound...]
        switch next(5) {
        case 0:
            return String(before + after)
        case 1:
            return String(before) + text[token] + " " + text[token] + after
        case 2:
            guard k + 1 < tokens.count else { return String(before) }
            let other = tokens[k + 1]
            return String(before) + text[other] + text[token.upperBound..<other.lowerBound] + text[token] + text[other.upperBound...]
        case 3:
            let numbers = tokens.filter { text[$0].first?.isNumber == true }
            let target = numbers.isEmpty ? token : numbers[next(numbers.count)]
            return String(text[..<target.lowerBound]) + Self.values[next(Self.values.count)] + text[target.upperBound...]
        default:
            return String(before)
        }
    }
}

private extension String {
    /// A hash that does not change between runs (Swift's `hashValue` is seeded per process).
    var hashValueStable: UInt64 {
        unicodeScalars.reduce(14695981039346656037) { ($0 ^ UInt64($1.value)) &* 1099511628211 }
    }
}
