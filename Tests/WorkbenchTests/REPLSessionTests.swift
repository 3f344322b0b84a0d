import Foundation
import Language
import Testing
@testable import Workbench

/// The REPL loop over scripted lines: prompts, errors that do not end the
/// session, and the `:` commands.
@Suite struct REPLSessionTests {
    @Test func promptsContinueWhileABlockIsOpen() {
        let run = runREPL(lines: ["fn square(x) {", "  return x * x", "}", "square(", "9)"])
        #expect(run.reader.prompts == ["nn> ", "...> ", "...> ", "nn> ", "...> ", "nn> "])
        #expect(run.sink.output == "81\n")
        #expect(run.status == 0)
    }

    @Test func anErrorLeavesTheSessionGoing() {
        let run = runREPL(lines: ["a = 1", "b = a + missing", "a + 1"])
        #expect(run.sink.output == "2\n")
        let error = run.sink.diagnostics.first
        #expect(error?.message.contains("missing") == true)
        #expect(error?.source?.name == "<repl:2>")
        #expect(error?.range?.start.column == 9)
    }

    @Test func interruptedLineIsDropped() {
        let run = runREPL([.line("fn f(x) {"), .interrupted, .line("1 + 1")])
        #expect(run.sink.output == "2\n")
        #expect(run.sink.diagnostics.isEmpty)
        #expect(run.reader.prompts.suffix(2) == ["nn> ", "nn> "])
    }

    @Test func quitEndsTheLoop() {
        let run = runREPL(lines: [":quit", "print(\"never\")"])
        #expect(run.status == 0)
        #expect(run.sink.output.isEmpty)
    }

    @Test func varsListsNameTypeAndValue() {
        let run = runREPL(lines: ["rate = 0.5", "name = \"xor\"", "fn twice(x) { return 2 * x }", ":vars"])
        let lines = run.sink.output.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("name") == true)
        #expect(lines.contains { $0.hasPrefix("rate") && $0.contains("number") && $0.hasSuffix("0.5") })
        #expect(lines.contains { $0.hasPrefix("name") && $0.contains("string") && $0.hasSuffix("\"xor\"") })
        #expect(lines.contains { $0.hasPrefix("twice") && $0.contains("function") && $0.contains("twice(x)") })
    }

    @Test func varsWithNothingSaysSo() {
        let run = runREPL(lines: [":vars"])
        #expect(run.sink.output.contains("no variables yet"))
    }

    @Test func saveWritesTheInputsThatRanAndRefusesToOverwrite() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = runREPL(lines: [
            "w = 2", "oops = nothing_here", "fn f(x) {", "  return w * x", "}", "f(3)",
            ":save lesson.nn", ":save lesson.nn", ":save! lesson.nn",
        ], directory: folder)
        let saved = try String(contentsOfFile: folder + "/lesson.nn", encoding: .utf8)
        #expect(saved == "w = 2\nfn f(x) {\n  return w * x\n}\nf(3)\n")
        #expect(run.sink.output.contains("saved 3 inputs to lesson.nn"))
        #expect(run.sink.diagnostics.contains { $0.message.contains("already exists; :save! lesson.nn overwrites it") })
    }

    @Test func anInputLeftOpenAtTheEndIsReportedNotDropped() {
        let run = runREPL(lines: ["x = 1", "y = [1,", "2"])
        #expect(run.status == 0)
        #expect(run.sink.diagnostics.count == 1)
        #expect(run.sink.diagnostics.first?.message.contains("]") == true)
    }

    @Test func exitAndQuitSayHowToLeave() {
        let run = runREPL(lines: ["exit", "quit()", "1 + 1"])
        #expect(run.sink.diagnostics.map(\.message) == [
            "'exit' is not an nn command; to leave, type :quit or press Ctrl-D",
            "'quit()' is not an nn command; to leave, type :quit or press Ctrl-D",
        ])
        #expect(run.sink.output == "2\n")
    }

    @Test func aVariableNamedQuitIsStillAVariable() {
        let run = runREPL(lines: ["quit = 3", "quit"])
        #expect(run.sink.output == "3\n")
        #expect(run.sink.diagnostics.isEmpty)
    }

    @Test func saveIntoAMissingFolderSaysWhichFolder() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = runREPL(lines: ["w = 2", ":save nowhere/lesson.nn"], directory: folder)
        #expect(run.sink.diagnostics.map(\.message) == ["cannot write 'nowhere/lesson.nn': there is no folder 'nowhere'"])
        #expect(!FileManager.default.fileExists(atPath: folder + "/nowhere"))
    }

    @Test func loadRunsAScriptIntoTheSession() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "base = 40\nfn add2(x) { return x + 2 }\n".write(toFile: folder + "/setup.nn", atomically: true, encoding: .utf8)
        let run = runREPL(lines: [":load setup.nn", "add2(base)", ":load missing.nn"], directory: folder)
        #expect(run.sink.output == "42\n")
        #expect(run.sink.diagnostics.contains { $0.message.contains("cannot open") })
        #expect(run.repl.successfulInputs.first?.hasPrefix("base = 40") == true)
    }

    @Test func resetForgetsVariablesButNotBuiltins() {
        let run = runREPL(lines: ["x = 1", ":reset", "x", "len([1, 2])"])
        #expect(run.sink.diagnostics.contains { $0.message.contains("'x'") })
        #expect(run.sink.output.hasSuffix("2\n"))
        #expect(run.repl.successfulInputs == ["len([1, 2])"])
    }

    @Test func unknownCommandIsReported() {
        let run = runREPL(lines: [":bogus"])
        #expect(run.sink.diagnostics.first?.message.contains("unknown REPL command") == true)
    }

    @Test func aPendingInterruptStopsTheInputAndKeepsState() {
        let sink = BufferSink()
        let session = Session(output: sink)
        session.interpreter.interruptCheck = { Interrupt.isRequested }
        let repl = REPL(session: session, reader: ScriptedLineReader([]))
        repl.evaluate("n = 5")
        // The flag is cleared at the start of each run, so set it from inside the run.
        session.interpreter.interruptCheck = { true }
        #expect(repl.evaluate("n = 6\nn = 7") == .interrupted)
        session.interpreter.interruptCheck = { Interrupt.isRequested }
        repl.evaluate("n")
        #expect(sink.output == "5\n")
        #expect(sink.diagnostics.contains { $0.message.contains("interrupted") })
    }
}
