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
    /// Standard input ended (Ctrl-D) or Ctrl-C came at a pause: show the rest without waiting.
    private var inputEnded = false
    private var waits: Bool { readLine != nil && !inputEnded }

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
        // The stop that `q` causes is the presenter's choice, not an
        // interruption worth a warning: hide that one diagnostic.
        let previousOutput = interpreter.output
        interpreter.output = QuitFilterSink(previousOutput) { [unowned self] in quitRequested.load(ordering: .relaxed) }
        defer {
            interpreter.interruptCheck = previousCheck
            interpreter.output = previousOutput
        }

        if readLine != nil {
            interpreter.output.write("presenter mode: Enter runs the next statement; q and Enter opens the REPL\n")
        }
        let outcome = session.run(source) { [self] range in
            guard !quitRequested.load(ordering: .relaxed) else { return }
            showProse(before: range.start.line)
            showStatement(range)
            guard waits, let readLine else {
                interpreter.output.write("\n")
                return
            }
            guard let line = readLine() else {
                // No Enter ended the line the statement stands on: end it here.
                inputEnded = true
                interpreter.output.write("\n")
                return
            }
            let answer = line.trimmingCharacters(in: .whitespaces).lowercased()
            if answer == "q" || answer == "quit" {
                quitRequested.store(true, ordering: .relaxed)
            }
        }
        if quitRequested.load(ordering: .relaxed) { return .openREPL }
        // Closing prose belongs after the last output; after an error it
        // would read as if the rest of the lesson had run.
        if outcome == .success { showProse(before: lines.count + 1) }
        return .finished(outcome)
    }

    /// Prints the prose lines between the last statement shown and `line`,
    /// a blank line before each paragraph (prose lines with no code or blank
    /// line between them).
    private func showProse(before line: Int) {
        var inParagraph = false
        while shownThrough + 1 < line, shownThrough < lines.count {
            let text = lines[shownThrough]
            let trimmed = text.drop(while: { $0 == " " || $0 == "\t" })
            if trimmed.hasPrefix("##") {
                if !inParagraph { session.interpreter.output.write("\n") }
                // Bold on a colour terminal: on a projector the prose must stand apart from output.
                let text = session.options.color ? "\u{1B}[1m" + trimmed + "\u{1B}[0m" : String(trimmed)
                session.interpreter.output.write(text + "\n")
                inParagraph = true
            } else {
                inParagraph = false
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
        session.interpreter.output.write(waits ? shown + " " : shown)
        shownThrough = max(shownThrough, range.end.line)
    }
}

/// Forwards everything except the `interrupted` warning raised once the
/// presenter has asked to stop.
private final class QuitFilterSink: OutputSink {
    private let base: any OutputSink
    private let quitting: () -> Bool

    init(_ base: any OutputSink, quitting: @escaping () -> Bool) {
        self.base = base
        self.quitting = quitting
    }

    func write(_ text: String) { base.write(text) }

    func report(_ diagnostic: Diagnostic) {
        if quitting(), diagnostic.severity == .warning, diagnostic.message == "interrupted" { return }
        base.report(diagnostic)
    }
}

/// Lets the interrupt check (a `@Sendable` closure) read the presenter's
/// atomic flag; the presenter outlives every run it starts.
private struct UnsafeSendableBox<T: AnyObject>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
