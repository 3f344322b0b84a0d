import Foundation
import Testing
import Language
@testable import Workbench

/// The `.nn` files under Tests/WorkbenchTests/Scripts/<topic>/ (not the
/// contract suite's folders), each run in a
/// fresh session (every built-in installed) from its own empty temporary
/// folder, and checked against the expectations written in it:
///
///     [1, 2, 3] * 2            # expect: [2, 4, 6]
///     zeros(-1)                # expect error 2:7: zeros: rows must be a whole number >= 0, got -1
///
/// `# expect:` lines are the whole standard output, in order (a multi-line
/// value takes one `# expect:` line per line); each `# expect error` /
/// `# expect warning` is one diagnostic, in order, with an optional `line:col`.
/// The same syntax as the language's own script tests.
struct WorkbenchScript: CustomTestStringConvertible, Sendable {
    let path: String
    var testDescription: String { path }

    static var all: [WorkbenchScript] {
        guard let root = Bundle.module.url(forResource: "Scripts", withExtension: nil),
              let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var cases: [WorkbenchScript] = []
        for case let url as URL in walker where url.pathExtension == "nn" {
            let path = String(url.path.dropFirst(root.path.count + 1))
            // Scripts/contract*/ belong to ContractScriptTests, with its own syntax.
            if path.hasPrefix("contract") { continue }
            cases.append(WorkbenchScript(path: path))
        }
        return cases.sorted { $0.path < $1.path }
    }

    var text: String? {
        guard let url = Bundle.module.url(forResource: "Scripts", withExtension: nil)?.appendingPathComponent(path),
              let data = try? Data(contentsOf: url) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// The expected stdout lines and diagnostics ("error 3:5: message", "warning: message").
    static func expectations(_ text: String) -> (output: [String], diagnostics: [String]) {
        var output: [String] = [], diagnostics: [String] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard let marker = raw.range(of: "# expect") else { continue }
            let rest = raw[marker.upperBound...]
            if rest.hasPrefix(": ") {
                output.append(String(rest.dropFirst(2)))
            } else if rest == ":" {
                output.append("")
            } else if rest.hasPrefix(" error") || rest.hasPrefix(" warning") {
                diagnostics.append(String(rest.dropFirst()))
            }
        }
        return (output, diagnostics)
    }

    /// A diagnostic as an expectation spells it, with its place only when the expectation has one.
    static func spelled(_ d: Diagnostic, withPlace: Bool) -> String {
        let place = withPlace ? d.range.map { " \($0.start.line):\($0.start.column)" } ?? "" : ""
        return "\(d.severity.rawValue)\(place): \(d.message)"
    }
}

@Test("workbench scripts", arguments: WorkbenchScript.all)
func workbenchScript(_ script: WorkbenchScript) throws {
    let text = try #require(script.text)
    let folder = NSTemporaryDirectory() + "nn-script-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }

    let expected = WorkbenchScript.expectations(text)
    let (stdout, diagnostics) = runScript(text, name: script.path, directory: folder)
    var lines = stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    #expect(lines == expected.output, "\(script.path): stdout")
    let actual = diagnostics.enumerated().map { i, d in
        let withPlace = i < expected.diagnostics.count && expected.diagnostics[i].range(of: #"^\w+ \d+:\d+: "#, options: .regularExpression) != nil
        return WorkbenchScript.spelled(d, withPlace: withPlace)
    }
    #expect(actual == expected.diagnostics, "\(script.path): diagnostics")
}
