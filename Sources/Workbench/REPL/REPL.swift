import Foundation
import Language

/// The interactive loop: prompt, continuation lines, REPL commands, and
/// evaluation that survives every error and every Ctrl-C with the session
/// intact. Independent of readline: lines come from a `LineReader`.
///
///     let repl = REPL(session: session, reader: PlainLineReader())
///     let status = repl.run()   // 0 after Ctrl-D or :quit
public final class REPL {
    public static let prompt = "nn> "
    public static let continuationPrompt = "...> "

    public let session: Session
    public let reader: any LineReader
    public let completer: Completer
    let history: HistoryStore?
    /// The working folder: `:save`, `:load` and relative paths in inputs start here.
    public var directory = "."
    /// The terminal's current size, asked before each input (the window may have been resized).
    public var terminalSize: (() -> (columns: Int, rows: Int)?)?
    /// Print the banner when `run` starts.
    public var showsBanner = true

    /// The inputs that ran without error, for `:save`: the script's
    /// statements first when the REPL opened after one (`nn -i`).
    public var successfulInputs: [String] { session.transcript }
    /// How many inputs have run: input 3 is the source `<repl:3>`, so a call
    /// chain across inputs says which input each place is in.
    public private(set) var inputCount = 0

    public init(session: Session, reader: any LineReader, history: HistoryStore? = nil) {
        self.session = session
        self.reader = reader
        self.history = history
        self.completer = Completer(session: session)
        reader.completer = completer
        for entry in history?.entries ?? [] { reader.addHistory(entry) }
    }

    public static let banner = """
    nn \(NNVersion.current): neural networks, one line at a time
    help for the language, :help for the REPL, Ctrl-D leaves

    """

    /// Reads and runs inputs until Ctrl-D or `:quit`; returns the exit status (0).
    public func run() -> Int32 {
        if showsBanner { write(Self.banner) }
        var lines: [String] = []
        while true {
            finishLine()
            completer.pending = lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
            completer.directory = directory
            let typed = reader.readLine(prompt: lines.isEmpty ? Self.prompt : Self.continuationPrompt)
            // A Ctrl-C at the prompt was answered there: what follows needs no line break for it.
            (session.interpreter.output as? StandardSink)?.acknowledgeInterrupts()
            switch typed {
            case .end:
                // An input still open at the end (piped lines, Ctrl-D at `...>`)
                // is not dropped in silence: the parser says what it lacks.
                if !lines.isEmpty { evaluate(lines.joined(separator: "\n")) }
                finishLine()
                return ExitStatus.success
            case .interrupted:
                lines.removeAll()
                Interrupt.clear()
            case .line(let line):
                if lines.isEmpty, let command = REPLCommand.parse(line) {
                    remember(line)
                    if perform(command) == .quit { return ExitStatus.success }
                    continue
                }
                lines.append(line)
                let input = lines.joined(separator: "\n")
                if InputScanner.needsMoreLines(input) { continue }
                lines.removeAll()
                guard !input.allSatisfy(\.isWhitespace) else { continue }
                remember(input)
                if let leaving = leavingHabit(input) {
                    report("'\(leaving)' is not an nn command; to leave, type :quit or press Ctrl-D")
                    continue
                }
                evaluate(input)
            }
        }
    }

    /// `exit`, `quit()`: what Python and Julia take for leaving, unless the
    /// student made a variable of that name.
    private func leavingHabit(_ input: String) -> String? {
        let word = input.trimmingCharacters(in: .whitespaces)
        let name = word.hasSuffix("()") ? String(word.dropLast(2)) : word
        guard ["exit", "quit"].contains(name), session.interpreter.lookup(name) == nil else { return nil }
        return word
    }

    /// Runs one complete input as the source `<repl:N>`; errors are reported
    /// with a caret under the place in it, and the session goes on. An input
    /// a Ctrl-C cut short is kept for `:save` as a comment only.
    @discardableResult
    public func evaluate(_ input: String) -> RunOutcome {
        inputCount += 1
        let outcome = execute(SourceFile(name: "<repl:\(inputCount)>", text: input, directory: directory))
        if outcome == .success {
            let interrupted = session.lastRun?.wasInterrupted == true
            session.transcript.append(interrupted ? (session.lastRun?.completedText ?? "") : input)
        }
        return outcome
    }

    /// `:load FILE`: the script runs under its own name, relative paths from
    /// its folder; its statements that ran without error are kept for `:save`.
    @discardableResult
    func evaluateLoaded(_ source: SourceFile) -> RunOutcome {
        let outcome = execute(source)
        if let text = session.lastRun?.completedText, !text.isEmpty { session.transcript.append(text) }
        return outcome
    }

    func clearSuccessfulInputs() { session.transcript.removeAll() }

    /// Charts and `:vars` fit the window as it is now.
    func followTerminalSize() {
        if let size = terminalSize?() { session.resize(columns: size.columns, rows: size.rows) }
    }

    private func execute(_ source: SourceFile) -> RunOutcome {
        followTerminalSize()
        // An interruption is reported by the interpreter, at the statement it stopped.
        return ScriptRunner.run(source, in: session)
    }

    private func remember(_ entry: String) {
        if let history {
            let earlierCopy = history.entries.contains(entry) && history.entries.last != entry
            guard history.add(entry) else { return }
            if earlierCopy { reader.replaceHistory(history.entries) } else { reader.addHistory(entry) }
        } else {
            reader.addHistory(entry)
        }
    }

    // MARK: - Output

    func write(_ text: String) { session.interpreter.output.write(text) }

    func report(_ message: String, _ severity: Diagnostic.Severity = .error) {
        session.interpreter.output.report(Diagnostic(severity, message))
    }

    private func finishLine() {
        (session.interpreter.output as? StandardSink)?.finishLine()
    }
}
