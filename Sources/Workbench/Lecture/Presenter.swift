import Foundation
import Language
import Synchronization

/// Presenter mode (`--pause`): runs a script for a live lecture. Before each
/// `##` section it shows the prose; before each top-level statement it shows
/// `nn> code` and waits for Enter, then runs it. `q` and Enter stops the
/// script and hands the session to the REPL, variables and all.
///
///     let outcome = Presenter(session: session, source: file, readLine: { readLine() }).run()
public final class Presenter {
    public enum Outcome: Equatable {
        /// The script ran to its end (or to an error).
        case finished(RunOutcome)
        /// The presenter typed `q`: open the REPL with the session as it is.
        case openREPL
    }

    private let session: Session
    private let source: SourceFile
    /// nil = show everything but never wait (`nn demo NAME` without `--pause`).
    private let readLine: (() -> String?)?
    private let lines: [String]
    /// Lines up to this one have been shown.
    private var shownThrough = 0
    private let quitRequested = Atomic<Bool>(false)

    /// With `readLine` nil the script runs straight through, still showing
    /// its prose and each statement before its output.
    public init(session: Session, source: SourceFile, readLine: (() -> String?)?) {
        self.session = session
        self.source = source
        self.readLine = readLine
        self.lines = source.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    public func run() -> Outcome {
        let interpreter = session.interpreter
        let previousCheck = interpreter.interruptCheck
        let quit = UnsafeSendableBox(self)
        interpreter.interruptCheck = { quit.value.quitRequested.load(ordering: .relaxed) || previousCheck() }
        defer { interpreter.interruptCheck = previousCheck }

        if readLine != nil {
            interpreter.output.write("presenter mode: Enter runs the next statement; q and Enter opens the REPL\n")
        }
        let outcome = interpreter.run(source) { [self] range in
            guard !quitRequested.load(ordering: .relaxed) else { return }
            showProse(before: range.start.line)
            showStatement(range)
            guard let readLine else {
                interpreter.output.write("\n")
                return
            }
            let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased()
            if answer == "q" || answer == "quit" {
                quitRequested.store(true, ordering: .relaxed)
            }
        }
        if quitRequested.load(ordering: .relaxed) { return .openREPL }
        showProse(before: lines.count + 1)
        return .finished(outcome)
    }

    /// Prints the prose lines between the last statement shown and `line`.
    private func showProse(before line: Int) {
        var printed = false
        while shownThrough + 1 < line, shownThrough < lines.count {
            let text = lines[shownThrough]
            let trimmed = text.drop(while: { $0 == " " || $0 == "\t" })
            if trimmed.hasPrefix("##") {
                if !printed { session.interpreter.output.write("\n") }
                session.interpreter.output.write(String(trimmed) + "\n")
                printed = true
            }
            shownThrough += 1
        }
    }

    private func showStatement(_ range: SourceRange) {
        let utf8 = Array(source.text.utf8)
        let start = max(0, min(range.start.offset, utf8.count))
        let end = max(start, min(range.end.offset, utf8.count))
        let code = String(decoding: utf8[start..<end], as: UTF8.self)
        let shown = code.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated().map { ($0.offset == 0 ? "nn> " : "...> ") + $0.element }
            .joined(separator: "\n")
        session.interpreter.output.write(readLine == nil ? shown : shown + " ")
        shownThrough = max(shownThrough, range.end.line)
    }
}

/// Lets the interrupt check (a `@Sendable` closure) read the presenter's
/// atomic flag; the presenter outlives every run it starts.
private struct UnsafeSendableBox<T: AnyObject>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
