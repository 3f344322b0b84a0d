import Foundation
import Testing
@testable import Workbench

/// How `nn FILE.nn` reads a script: a file that is not UTF-8 is an error that
/// names the place and shows the line with a caret under the bad byte.
@Suite struct ScriptLoadingTests {
    func load(_ bytes: [UInt8]) throws -> Result<String, UsageError> {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("latin-\(UUID().uuidString).nn").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            return .success(try ScriptRunner.loadScript(atPath: path).text)
        } catch {
            return .failure(UsageError(error.message.replacingOccurrences(of: path, with: "latin.nn"), exitStatus: error.exitStatus))
        }
    }

    @Test func invalidUTF8ShowsTheLineAndCaret() throws {
        let result = try load(Array("x = 1\ny = \"caf".utf8) + [0xE9] + Array("\"\n".utf8))
        guard case .failure(let error) = result else {
            Issue.record("a Latin-1 script loaded")
            return
        }
        #expect(error.exitStatus == ExitStatus.scriptError)
        #expect(error.message.components(separatedBy: "\n") == [
            "latin.nn:2:9: the script is not UTF-8 text (byte 0xE9); save it as UTF-8",
            "  |",
            "2 | y = \"caf\u{FFFD}\"",
            "  |         ^",
        ])
    }

    @Test func byteOrderMarkIsDropped() throws {
        let result = try load([0xEF, 0xBB, 0xBF] + Array("print(1)\n".utf8))
        #expect(try result.get() == "print(1)\n")
    }
}
