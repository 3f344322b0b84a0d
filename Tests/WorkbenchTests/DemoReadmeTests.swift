import Foundation
import Testing
import Language
@testable import Workbench

/// The README's tour and demo listing are pasted output: re-run them against
/// the current build so they never drift from what a student sees.
@Suite struct DemoReadmeTests {
    static let readme: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return (try? String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
    }()

    @Test func theTourMatchesWhatTheREPLPrints() throws {
        let tour = Self.tourBlocks()
        #expect(tour.count >= 5, "the README has no tour")
        let sink = RenderingSink()
        let session = Session(output: sink)
        let repl = REPL(session: session, reader: ScriptedLineReader(lines: []), history: nil)
        for block in tour {
            var expected = ""
            var actual = ""
            for line in block.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix("nn> ") {
                    sink.text = ""
                    repl.evaluate(String(line.dropFirst(4)))
                    actual += sink.text
                } else {
                    expected += line + "\n"
                }
            }
            #expect(actual == expected, "README block starting \(block.prefix(60)) drifted")
        }
    }

    @Test func theDemoListingMatches() throws {
        let block = try #require(Self.fencedBlocks().first { $0.hasPrefix("$ nn demo\n") })
        #expect(block == "$ nn demo\n" + DemoCatalog.listing())
    }

    @Test func theQuickStartIsExactlyTwoCommands() throws {
        let quickStart = try #require(Self.readme.components(separatedBy: "## Quick start").dropFirst().first)
        let commands = try #require(quickStart.components(separatedBy: "```sh\n").dropFirst().first?.components(separatedBy: "```").first)
        let lines = commands.split(separator: "\n").map { $0.split(separator: "#")[0].trimmingCharacters(in: .whitespaces) }
        #expect(lines == ["swift run nn demo first-network", "swift test"])
    }

    /// The README's fenced blocks without an info string, each without its fences.
    static func fencedBlocks() -> [String] {
        var blocks: [String] = []
        var current: [Substring]?
        var inOther = false
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                if inOther {
                    inOther = false
                } else if let lines = current {
                    blocks.append(lines.joined(separator: "\n"))
                    current = nil
                } else if line == "```" {
                    current = []
                } else {
                    inOther = true
                }
                continue
            }
            current?.append(line)
        }
        return blocks
    }

    /// The blocks typed at the prompt, in order: each starts with `nn> `.
    static func tourBlocks() -> [String] {
        fencedBlocks().filter { $0.hasPrefix("nn> ") }
    }
}

/// Output and rendered diagnostics in the order they come, as a terminal shows them.
private final class RenderingSink: OutputSink {
    var text = ""
    private let renderer = DiagnosticRenderer(color: false)

    func write(_ text: String) { self.text += text }
    func report(_ diagnostic: Diagnostic) { text += renderer.render(diagnostic) }
}
