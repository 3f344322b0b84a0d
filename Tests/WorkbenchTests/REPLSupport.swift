import Foundation
import Language
@testable import Workbench

/// A line reader that replays typed lines and records the prompts shown.
final class ScriptedLineReader: LineReader {
    var completer: Completer?
    private var inputs: [LineInput]
    private(set) var prompts: [String] = []
    private(set) var history: [String] = []

    init(_ inputs: [LineInput]) {
        self.inputs = inputs
    }

    convenience init(lines: [String]) {
        self.init(lines.map { .line($0) })
    }

    func readLine(prompt: String) -> LineInput {
        prompts.append(prompt)
        return inputs.isEmpty ? .end : inputs.removeFirst()
    }

    func addHistory(_ entry: String) { history.append(entry) }

    func replaceHistory(_ entries: [String]) { history = entries }
}

/// Runs a REPL over `lines` in a fresh session; returns the REPL, the reader and the sink.
@discardableResult
func runREPL(_ lines: [LineInput], directory: String = ".", history: HistoryStore? = nil) -> (repl: REPL, reader: ScriptedLineReader, sink: BufferSink, status: Int32) {
    let sink = BufferSink()
    let session = Session(output: sink)
    let reader = ScriptedLineReader(lines)
    let repl = REPL(session: session, reader: reader, history: history)
    repl.showsBanner = false
    repl.directory = directory
    let status = repl.run()
    return (repl, reader, sink, status)
}

func runREPL(lines: [String], directory: String = ".") -> (repl: REPL, reader: ScriptedLineReader, sink: BufferSink, status: Int32) {
    runREPL(lines.map { .line($0) }, directory: directory)
}

/// A fresh temporary folder (removed by the caller's `defer`).
func makeTemporaryFolder() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("nn-repl-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
