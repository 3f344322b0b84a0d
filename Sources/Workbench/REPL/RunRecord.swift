import Language
import Synchronization

/// What one run of a source did, statement by statement: which top-level
/// statements started, and which of them met a Ctrl-C. `:save` writes from
/// it the code that ran without error, so the saved script rebuilds the
/// session (`nn -i lesson.nn`, then `:save all.nn`).
///
///     let record = session.lastRun
///     session.transcript.append(record.completedText)
public final class RunRecord {
    public let source: SourceFile
    public internal(set) var outcome: RunOutcome = .success
    /// Top-level statements in the order they started; the flag says a
    /// Ctrl-C reached it (a `train` that stopped early and returned).
    public private(set) var statements: [(range: SourceRange, interrupted: Bool)] = []

    init(source: SourceFile) {
        self.source = source
    }

    func start(_ range: SourceRange) { statements.append((range, false)) }

    func noteInterrupt() {
        if !statements.isEmpty { statements[statements.count - 1].interrupted = true }
    }

    /// True when a Ctrl-C stopped some statement, early or between statements.
    public var wasInterrupted: Bool { outcome == .interrupted || statements.contains(where: \.interrupted) }

    /// The statements that ran to their end without error, with the comments
    /// and blank lines between them. One that a Ctrl-C cut short is written
    /// as a comment: run again, it would redo the whole run the student
    /// stopped (`epochs=100000000`), and its effect so far cannot be written.
    public var completedText: String {
        let utf8 = Array(source.text.utf8)
        // After an error or a stop the last statement started did not finish.
        let finished = outcome == .success ? statements[...] : statements.dropLast()
        var text = ""
        var cursor = 0
        func slice(_ from: Int, _ to: Int) -> String {
            let from = max(0, min(from, utf8.count)), to = max(from, min(to, utf8.count))
            return String(decoding: utf8[from..<to], as: UTF8.self)
        }
        for statement in finished {
            text += slice(cursor, statement.range.start.offset)
            let code = slice(statement.range.start.offset, statement.range.end.offset)
            if statement.interrupted {
                text += "# stopped by Ctrl-C, so left out (it would run again in full):\n"
                text += code.split(separator: "\n", omittingEmptySubsequences: false).map { "# " + $0 }.joined(separator: "\n")
            } else {
                text += code
            }
            cursor = statement.range.end.offset
        }
        if outcome == .success { text += slice(cursor, utf8.count) }
        while text.hasSuffix("\n") || text.hasSuffix(" ") { text.removeLast() }
        while text.hasPrefix("\n") { text.removeFirst() }
        return text
    }
}

/// Set from the interrupt check, which any thread may call.
final class InterruptSeen: Sendable {
    let value = Atomic<Bool>(false)
}
