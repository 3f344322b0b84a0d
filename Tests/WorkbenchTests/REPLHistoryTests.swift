import Foundation
import Testing
@testable import Workbench

/// The history file: capped, duplicates collapsed, multi-line entries kept whole.
@Suite struct REPLHistoryTests {
    @Test func entriesSurviveARestart() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/history"
        let first = HistoryStore(path: path)
        #expect(first.add("x = 1"))
        #expect(first.add("fn f(a) {\n  return a\n}"))
        #expect(HistoryStore(path: path).entries == ["x = 1", "fn f(a) {\n  return a\n}"])
    }

    @Test func duplicatesAndBlanksAreDropped() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/history"
        let store = HistoryStore(path: path)
        #expect(store.add("a"))
        #expect(!store.add("a"))
        #expect(!store.add("   "))
        #expect(store.add("b"))
        #expect(store.add("a"))
        #expect(store.entries == ["b", "a"])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "b\na\n")
        #expect(HistoryStore(path: path).entries == ["b", "a"])
    }

    @Test func aFileWithRepeatsLoadsEachEntryOnceAndIsTidied() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/history"
        try "x = 1\ny = 2\nx = 1\n\ny = 2\nz = 3\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(HistoryStore(path: path).entries == ["x = 1", "y = 2", "z = 3"])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "x = 1\ny = 2\nz = 3\n")
    }

    @Test func aBadByteInTheFileLosesOnlyItsEntry() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/history"
        let bytes = Array("x = 1\ny = ".utf8) + [0xFF] + Array("\nz = 3\n".utf8)
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        let entries = HistoryStore(path: path).entries
        #expect(entries.first == "x = 1")
        #expect(entries.last == "z = 3")
        #expect(entries.count == 3)
    }

    @Test func theFileIsCapped() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/history"
        let store = HistoryStore(path: path, limit: 5)
        for i in 0..<12 { store.add("x = \(i)") }
        #expect(store.entries.count == 5)
        let reloaded = HistoryStore(path: path, limit: 5)
        #expect(reloaded.entries == (7..<12).map { "x = \($0)" })
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 5)
    }

    @Test func defaultPathHonoursNNHistory() {
        #expect(HistoryStore.defaultPath(environment: ["NN_HISTORY": "/tmp/h", "HOME": "/home/u"]) == "/tmp/h")
        #expect(HistoryStore.defaultPath(environment: ["HOME": "/home/u"]) == "/home/u/.nn_history")
        #expect(HistoryStore.defaultPath(environment: [:]) == nil)
    }

    @Test func theREPLRecordsEachCompleteInputOnce() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = HistoryStore(path: folder + "/history")
        let run = runREPL([.line("fn f(x) {"), .line("  return x"), .line("}"), .line("f(2)"), .line("f(2)")], history: store)
        #expect(run.reader.history == ["fn f(x) {\n  return x\n}", "f(2)"])
        #expect(store.entries == run.reader.history)
    }

    @Test func anInputTypedAgainMovesToTheEndOfWhatTheArrowsReach() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = HistoryStore(path: folder + "/history")
        let run = runREPL([.line("a = 1"), .line("b = 2"), .line("a = 1")], history: store)
        #expect(run.reader.history == ["b = 2", "a = 1"])
        #expect(store.entries == ["b = 2", "a = 1"])
    }
}
