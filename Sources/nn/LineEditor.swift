// The one file that talks to GNU readline.
import CReadline
import Synchronization
import Workbench
#if canImport(Glibc)
import Glibc
#endif

/// Opens the REPL on a session: readline when standard input is a
/// terminal, plain lines otherwise (`nn -i lesson.nn < inputs`).
func openREPL(session: Session, sink: StandardSink, terminal: Terminal) -> Int32 {
    Interrupt.install(repeatTerminates: false)
    let interactive = terminal.stdinIsTerminal
    let reader: any LineReader = interactive ? LineEditor(utf8Locale: terminal.utf8Locale) : PlainLineReader()
    let history = interactive ? HistoryStore.defaultPath().map { HistoryStore(path: $0) } : nil
    let repl = REPL(session: session, reader: reader, history: history)
    repl.showsBanner = interactive
    if terminal.stdoutIsTerminal {
        repl.terminalSize = { Terminal.windowSize() }
    }
    return repl.run()
}

/// Line editing with GNU readline: Emacs keys, arrows, Ctrl-R, Tab.
///
///     let editor = LineEditor()
///     if case .line(let text) = editor.readLine(prompt: "nn> ") { … }
///
/// It uses readline's callback interface and waits for keys itself in
/// `poll`, because readline's own `readline()` would swallow Ctrl-C:
/// readline's signal handlers are turned off, the `Interrupt` handler sets
/// the flag, `poll` returns EINTR, and the line is dropped for a fresh prompt.
final class LineEditor: LineReader {
    var completer: Completer? {
        didSet { Completion.current.withLock { $0 = completer.map(CompleterBox.init) } }
    }

    init(utf8Locale: Bool) {
        // In the C locale readline edits byte by byte: Left or Backspace over
        // an Arabic letter would split it. Keys that arrive as UTF-8 are
        // edited as UTF-8; readline reads the locale from the environment at
        // each prompt, so that is where it is set. Charts keep following the
        // locale the student set (decided before this, in `Terminal`).
        if !utf8Locale, setlocale(LC_CTYPE, "C.UTF-8") != nil {
            setenv("LC_ALL", "C.UTF-8", 1)
        }
        nn_rl_configure(attemptCompletion, wordBreakCharacters)
        WindowSize.watch()
        using_history()
        stifle_history(1000)
    }

    func addHistory(_ entry: String) {
        add_history(entry)
    }

    func replaceHistory(_ entries: [String]) {
        clear_history()
        for entry in entries { add_history(entry) }
    }

    /// Ctrl-C presses counted when the last line was handed over.
    private var pressesBeforeRun = Interrupt.pressCount

    func readLine(prompt: String) -> LineInput {
        let size = Terminal.windowSize()
        if let size {
            rl_set_screen_size(Int32(size.rows), Int32(size.columns))
        }
        if Interrupt.pressCount != pressesBeforeRun {
            startPromptOnFreshLine(columns: size?.columns ?? Terminal.defaultColumns)
        }
        defer { pressesBeforeRun = Interrupt.pressCount }
        Pending.line.withLock { $0 = nil }
        rl_callback_handler_install(prompt, lineHandler)
        while true {
            if Interrupt.isRequested { return dropLine() }
            if WindowSize.changed.exchange(false, ordering: .relaxed) { rl_resize_terminal() }
            var waiting = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
            let ready = poll(&waiting, 1, -1)
            if ready < 0 {
                if errno == EINTR { continue }  // Ctrl-C is seen at the top of the loop
                rl_callback_handler_remove()
                return .end
            }
            rl_callback_read_char()
            if let input = Pending.line.withLock({ $0 }) {
                if input == .end { StandardStream.output.write("\n") }
                return input
            }
        }
    }

    /// A Ctrl-C that came too late to stop anything left the terminal's `^C`
    /// echo after the last output, where the prompt would follow it. A row
    /// of spaces wraps to a new line only when the cursor is not already at
    /// the start of one (the terminal holds the wrap at the last column);
    /// the carriage return then goes to the start of whichever line it is.
    private func startPromptOnFreshLine(columns: Int) {
        StandardStream.output.write(String(repeating: " ", count: max(columns, 1)) + "\r")
    }

    /// Ctrl-C at the prompt: show `^C` after what was typed, forget the line.
    private func dropLine() -> LineInput {
        Interrupt.clear()
        nn_rl_cursor_to_end()
        // Before the handler goes: leaving the terminal mode may print a
        // carriage return (bracketed paste off), which `^C` would then overwrite.
        StandardStream.output.write("^C")
        rl_free_line_state()
        rl_callback_sigcleanup()
        rl_callback_handler_remove()
        StandardStream.output.write("\n")
        return .interrupted
    }
}

/// Notices window resizes while a line is edited, so readline redraws it
/// for the new width (readline's own SIGWINCH handler is turned off with
/// the others).
private enum WindowSize {
    static let changed = Atomic<Bool>(false)

    static func watch() {
        _ = changed.load(ordering: .relaxed)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in WindowSize.changed.store(true, ordering: .relaxed) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART  // poll still returns EINTR, which is all the editor needs
        sigaction(SIGWINCH, &action, nil)
    }
}

/// The line readline handed over, read back by `readLine` after each key.
private enum Pending {
    static let line = Mutex<LineInput?>(nil)
}

/// Called by readline when a line is complete (nil: Ctrl-D on an empty line).
private func lineHandler(_ text: UnsafeMutablePointer<CChar>?) {
    // Removing the handler stops readline from drawing the next prompt itself.
    rl_callback_handler_remove()
    guard let text else {
        Pending.line.withLock { $0 = .end }
        return
    }
    let line = String(cString: text)
    free(text)
    Pending.line.withLock { $0 = .line(line) }
}

// MARK: - Completion

/// Readline's callbacks are C functions without context: they find the
/// completer here.
private enum Completion {
    static let current = Mutex<CompleterBox?>(nil)
    static let candidates = Mutex<[String]>([])
}

private struct CompleterBox: @unchecked Sendable {
    // Only used on the main thread, from readline's callbacks.
    let completer: Completer
}

/// The text before the cursor: what decides the kind of completion.
private func lineBeforeCursor() -> String {
    guard let buffer = nn_rl_line_buffer() else { return "" }
    let end = Int(nn_rl_point())
    let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self), count: max(end, 0))
    return String(decoding: bytes, as: UTF8.self)
}

private nonisolated(unsafe) let breakCharacterStrings: [String: UnsafeMutablePointer<CChar>] = {
    var table: [String: UnsafeMutablePointer<CChar>] = [:]
    for breaks in Completer.allWordBreakCharacters {
        table[breaks] = strdup(breaks)
    }
    return table
}()

private func wordBreakCharacters() -> UnsafeMutablePointer<CChar>? {
    guard let box = Completion.current.withLock({ $0 }) else { return nil }
    let breaks = box.completer.wordBreakCharacters(before: lineBeforeCursor())
    return breakCharacterStrings[breaks]
}

private func attemptCompletion(_ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    // Never fall back to readline's own file-name completion, and append
    // nothing after a unique match: candidates carry their own endings.
    nn_rl_completion_settings()
    guard let text, let box = Completion.current.withLock({ $0 }) else { return nil }
    let found = box.completer.candidates(before: lineBeforeCursor(), word: String(cString: text))
    guard !found.isEmpty else { return nil }
    Completion.candidates.withLock { $0 = found }
    return rl_completion_matches(text, nextCandidate)
}

/// Readline's generator protocol: state 0 starts over; each call returns
/// one malloc'd candidate, then nil.
private func nextCandidate(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    Completion.candidates.withLock { candidates in
        let index = Int(state)
        guard index < candidates.count else { return nil }
        return strdup(candidates[index])
    }
}
