import Foundation
import Testing
import Language

/// One `.nn` file under Scripts/, with the expectations written in it:
///
///     print(1 + 2)          # expect: 3
///     trian                 # expect error 2:1: unknown name 'trian'
///     len = 3               # expect warning: 'len' now names a number; the function len is hidden
///
/// `# expect:` lines are the whole standard output, in order; each
/// `# expect error` / `# expect warning` is one diagnostic, in order, with an
/// optional `line:col`; a `# expect label: …` line pins the label (the text
/// after the caret) of the diagnostic expected just before it.
struct ScriptCase: CustomTestStringConvertible, Sendable {
    let path: String
    var testDescription: String { path }

    static var all: [ScriptCase] {
        guard let root = Bundle.module.url(forResource: "Scripts", withExtension: nil),
              let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var cases: [ScriptCase] = []
        for case let url as URL in walker where url.pathExtension == "nn" {
            cases.append(ScriptCase(path: String(url.path.dropFirst(root.path.count + 1))))
        }
        return cases.sorted { $0.path < $1.path }
    }

    var url: URL? {
        Bundle.module.url(forResource: "Scripts", withExtension: nil)?.appendingPathComponent(path)
    }
}

struct ExpectedDiagnostic: Equatable, CustomStringConvertible {
    var severity: Diagnostic.Severity
    var position: String?
    var message: String
    var label: String?

    var description: String {
        "\(severity.rawValue) \(position.map { $0 + ": " } ?? "")\(message)" + (label.map { " [\($0)]" } ?? "")
    }

    /// Parses `error: msg` or `error 3:5: msg` (after `# expect `).
    init?(_ text: Substring) {
        guard let severity = text.hasPrefix("error") ? Diagnostic.Severity.error
                : text.hasPrefix("warning") ? .warning : nil else { return nil }
        self.severity = severity
        var rest = text.dropFirst(severity.rawValue.count)
        if rest.hasPrefix(" "), let colon = rest.range(of: ": ") {
            position = String(rest[rest.index(after: rest.startIndex)..<colon.lowerBound])
            rest = rest[colon.upperBound...]
        } else if rest.hasPrefix(": ") {
            rest = rest.dropFirst(2)
        } else {
            return nil
        }
        message = String(rest)
    }

    init(_ d: Diagnostic, expected: ExpectedDiagnostic?) {
        severity = d.severity
        message = d.message
        position = expected?.position != nil ? d.range.map { "\($0.start.line):\($0.start.column)" } : nil
        label = expected?.label != nil ? d.label : nil
    }
}

@Test("scripts", arguments: ScriptCase.all)
func script(_ testCase: ScriptCase) throws {
    let url = try #require(testCase.url)
    let data = try Data(contentsOf: url)
    let text = String(decoding: data, as: UTF8.self)
    var expectedOutput: [String] = []
    var expectedDiagnostics: [ExpectedDiagnostic] = []
    for rawLine in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
        let line = Substring(String(String.UnicodeScalarView(rawLine.last == "\r" ? rawLine.dropLast() : rawLine)))
        guard let marker = line.range(of: "# expect") else { continue }
        let rest = line[marker.upperBound...]
        if rest.hasPrefix(" label: "), !expectedDiagnostics.isEmpty {
            expectedDiagnostics[expectedDiagnostics.count - 1].label = String(rest.dropFirst(" label: ".count))
        } else if rest.hasPrefix(": ") {
            expectedOutput.append(String(rest.dropFirst(2)))
        } else if rest.hasPrefix(":") {
            expectedOutput.append("")
        } else if rest.hasPrefix(" "), let d = ExpectedDiagnostic(rest.dropFirst()) {
            expectedDiagnostics.append(d)
        }
    }
    let run = runScript(text, name: testCase.path)
    #expect(run.outputLines == expectedOutput, "\(testCase.path): stdout")
    let actual = zip(run.diagnostics.indices, run.diagnostics).map { i, d in
        ExpectedDiagnostic(d, expected: i < expectedDiagnostics.count ? expectedDiagnostics[i] : nil)
    }
    #expect(actual == expectedDiagnostics, "\(testCase.path): diagnostics\n\(run.renderedDiagnostics)")
    let failed = expectedDiagnostics.contains { $0.severity == .error }
    #expect((run.outcome != .success) == failed, "\(testCase.path): outcome \(run.outcome)")
}
