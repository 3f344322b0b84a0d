import Language
import Synchronization
#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// Writes text to a file descriptor unbuffered, so stdout and stderr
/// interleave in the order they were produced and progress lines redraw at once.
///
///     StandardStream.error.write("nn: no such file\n")
public struct StandardStream: Sendable {
    public let descriptor: Int32

    public static let output = StandardStream(descriptor: 1)
    public static let error = StandardStream(descriptor: 2)

    public func write(_ text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var done = 0
            while done < buffer.count {
                let n = systemWrite(descriptor, base + done, buffer.count - done)
                if n > 0 {
                    done += n
                } else if !(n < 0 && errno == EINTR) {
                    // A closed pipe or a full disk: remember it, so the run does not end "successfully".
                    let code = n < 0 ? errno : ENOSPC
                    StandardStream.failures.withLock { if $0[descriptor] == nil { $0[descriptor] = code } }
                    return
                }
            }
        }
    }

    public var isTerminal: Bool { isatty(descriptor) == 1 }

    private static let failures = Mutex<[Int32: Int32]>([:])

    /// Why writing to this stream first failed (an errno), or nil.
    public var failure: Int32? { StandardStream.failures.withLock { $0[descriptor] } }
}

/// The sink of the command line: output to stdout, diagnostics rendered to
/// stderr (coloured only when asked), and a note of whether the last output
/// ended a line, so the REPL never draws its prompt after a half line.
///
///     let sink = StandardSink(errorColor: false)
///     let session = Session(output: sink, options: options)
public final class StandardSink: OutputSink {
    public let errorColor: Bool
    private let state = Mutex(State())

    private struct State {
        var atLineStart = true
        var errors = 0
        /// The Ctrl-C presses already answered with a line break.
        var pressesSeen = 0
    }

    /// The terminal echoes `^C` where the cursor is; output after it starts a new line.
    private let terminalEchoesInterrupt = isatty(0) == 1
    private let outputIsTerminal = isatty(1) == 1
    private let errorIsTerminal = isatty(2) == 1

    public init(errorColor: Bool) {
        self.errorColor = errorColor
    }

    public func write(_ text: String) {
        guard !text.isEmpty else { return }
        // A live line redrawn in place (`\r…`) covers the echoed `^C` itself:
        // a line break would leave the stale progress line behind it.
        let lead = breakAfterEcho(outputIsTerminal) && !text.hasPrefix("\r") ? "\n" : ""
        StandardStream.output.write(lead + text)
        let ended = text.hasSuffix("\n")
        state.withLock { $0.atLineStart = ended }
    }

    public func report(_ diagnostic: Diagnostic) {
        let echoed = breakAfterEcho(errorIsTerminal)
        let needsBreak = state.withLock { state -> Bool in
            if diagnostic.severity == .error { state.errors += 1 }
            let wasMidLine = !state.atLineStart || echoed
            state.atLineStart = true
            return wasMidLine
        }
        var text = DiagnosticRenderer(color: errorColor).render(diagnostic)
        if !text.hasSuffix("\n") { text += "\n" }
        // A diagnostic after a half-written line (a progress bar) starts on its own line.
        StandardStream.error.write(needsBreak ? "\n" + text : text)
    }

    /// True once per Ctrl-C pressed in this terminal while running: the
    /// terminal echoed `^C` after the last output, so the next starts a line.
    private func breakAfterEcho(_ streamIsTerminal: Bool) -> Bool {
        guard terminalEchoesInterrupt, streamIsTerminal else { return false }
        let presses = Interrupt.pressCount
        return state.withLock { state in
            guard presses != state.pressesSeen else { return false }
            state.pressesSeen = presses
            return true
        }
    }

    /// Ctrl-C presses so far were dealt with elsewhere (at the prompt, or
    /// before this run): no line break for them.
    public func acknowledgeInterrupts() {
        let presses = Interrupt.pressCount
        state.withLock { $0.pressesSeen = presses }
    }

    /// True when the last text written ended with a newline (or nothing was written).
    public var isAtLineStart: Bool { state.withLock { $0.atLineStart } }

    /// Ends a half-written output line, if any (before a prompt).
    public func finishLine() {
        if !isAtLineStart { write("\n") }
    }

    /// Errors reported since the sink was made.
    public var errorCount: Int { state.withLock { $0.errors } }
}
