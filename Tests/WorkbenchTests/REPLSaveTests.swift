import Foundation
import Language
import Synchronization
import Testing
@testable import Workbench

/// What `:save` writes: a script that runs on its own, so after `nn -i` it
/// opens with the script's statements, and a run stopped by Ctrl-C is not
/// run again in full.
@Suite(.serialized) struct REPLSaveTests {
    /// A REPL over `lines` on a session that ran `script` first, as `nn -i` does.
    func runAfterScript(_ script: String, _ lines: [String], folder: String) -> (repl: REPL, sink: BufferSink) {
        let sink = BufferSink()
        let session = Session(output: sink)
        ScriptRunner.run(SourceFile(name: "lesson.nn", text: script, directory: folder), in: session)
        NNCommand.keepForSave(session)
        let repl = REPL(session: session, reader: ScriptedLineReader(lines: lines))
        repl.showsBanner = false
        repl.directory = folder
        _ = repl.run()
        return (repl, sink)
    }

    @Test func saveAfterAScriptStartsWithTheStatementsThatRan() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let script = "# the lesson\nw = 2\nfn f(x) {\n  return w * x\n}\ny = f(4)\nz = not_defined\nnever = 1\n"
        let run = runAfterScript(script, ["k = y + 1", "k", ":save all.nn"], folder: folder)
        let saved = try String(contentsOfFile: folder + "/all.nn", encoding: .utf8)
        // The failing statement and those after it did not run: they are not written.
        #expect(saved == "# the lesson\nw = 2\nfn f(x) {\n  return w * x\n}\ny = f(4)\nk = y + 1\nk\n")
        #expect(run.sink.output.contains("saved 3 inputs to all.nn"))

        // The saved file, run on its own, rebuilds the same variables.
        let again = BufferSink()
        let fresh = Session(output: again)
        #expect(fresh.run(SourceFile(name: "all.nn", text: saved, directory: folder)) == .success)
        for name in ["w", "y", "k"] {
            #expect(fresh.interpreter.lookup(name).map { $0.render(RenderOptions()) } ==
                    run.repl.session.interpreter.lookup(name).map { $0.render(RenderOptions()) })
        }
        #expect(fresh.interpreter.lookup("never") == nil)
    }

    @Test func aWholeScriptIsKeptWithItsClosingComments() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = runAfterScript("a = 1\n\nb = a + 1  # two\n# the end\n", ["c = b * 10", ":save s.nn"], folder: folder)
        let saved = try String(contentsOfFile: folder + "/s.nn", encoding: .utf8)
        #expect(saved == "a = 1\n\nb = a + 1  # two\n# the end\nc = b * 10\n")
    }

    @Test func aTrainingRunStoppedByCtrlCIsSavedAsAComment() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sink = BufferSink()
        let session = Session(output: sink)
        let repl = REPL(session: session, reader: ScriptedLineReader([]))
        repl.directory = folder
        repl.evaluate("net = network(input(2), dense(2, tanh), dense(1, sigmoid)); xor = dataset(\"xor\")")
        // Ctrl-C a few batches into the run: train stops early and returns its history.
        let counter = CheckCounter()
        session.interpreter.interruptCheck = { counter.calls.add(1, ordering: .relaxed).newValue > 20 }
        #expect(repl.evaluate("h = train(net, xor, epochs=100000000, batch=1, verbose=false)") == .success)
        session.interpreter.interruptCheck = { false }
        #expect(session.interpreter.lookup("h") != nil)
        repl.evaluate("c = cost(net, xor)")
        repl.perform(.save(path: "t.nn", overwrite: false))
        let saved = try String(contentsOfFile: folder + "/t.nn", encoding: .utf8)
        #expect(saved.contains("# h = train(net, xor, epochs=100000000, batch=1, verbose=false)\n"))
        #expect(!saved.contains("\nh = train"))
        #expect(saved.hasSuffix("\nc = cost(net, xor)\n"))
        // It runs on its own, quickly: the stopped run is not run again.
        #expect(Session(output: BufferSink()).run(SourceFile(name: "t.nn", text: saved, directory: folder)) == .success)
    }

    @Test func eachInputIsNamedByItsNumberSoACallChainSaysWhichInput() {
        let run = runREPL(lines: ["a = 1", "fn h(x) {", "  b = 2", "  return x + missing", "}", "a + 1", "h(1)"])
        let error = run.sink.diagnostics.first
        #expect(error?.source?.name == "<repl:2>")
        #expect(error?.range?.start.line == 3)
        #expect(error?.notes.contains("in fn h at <repl:2>:3:14, called from <repl:4>:1:1") == true)
        // The caret is drawn under the function's own line, in the input that defined it.
        let shown = DiagnosticRenderer().render(error ?? Diagnostic(.error, "none"))
        #expect(shown.contains("--> <repl:2>:3:14"))
        #expect(shown.contains("3 |   return x + missing"))
    }
}

private final class CheckCounter: Sendable {
    let calls = Atomic<Int>(0)
}
