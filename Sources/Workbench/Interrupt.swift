import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Ctrl-C flag. A `sigaction` handler sets it; the interpreter and long
/// built-ins poll it at safe points (between statements, loop iterations,
/// batches), and the REPL clears it before each input.
///
///     Interrupt.install(repeatTerminates: false)
///     session.interpreter.interruptCheck = { Interrupt.isRequested }
///
/// Readline installs its own handlers only inside `readline()`; the line
/// editor turns them off and relies on this one, so one flag serves both the
/// prompt and evaluation.
public enum Interrupt {
    /// Set by the signal handler; read from any thread.
    static let requested = Atomic<Bool>(false)
    /// In a script a second Ctrl-C while the first is still pending ends the
    /// process (a built-in stuck between safe points must stay killable).
    /// The REPL keeps the session instead: Ctrl-\ still quits.
    static let repeatTerminates = Atomic<Bool>(false)
    /// Counts every Ctrl-C, so output can tell a new one from one already handled.
    static let presses = Atomic<Int>(0)
    /// In the REPL on a terminal, a second Ctrl-C while the first is pending
    /// says why nothing happened yet (a long step between safe points).
    static let explainsRepeat = Atomic<Bool>(false)

    /// How many times Ctrl-C was pressed since the start.
    public static var pressCount: Int { presses.load(ordering: .relaxed) }

    /// True once Ctrl-C was pressed and not yet handled.
    public static var isRequested: Bool { requested.load(ordering: .relaxed) }

    /// Forgets a pending Ctrl-C (before each input, after an interrupted run).
    public static func clear() { requested.store(false, ordering: .relaxed) }

    /// Sets the flag as the handler would (tests, and the line editor).
    public static func request() { requested.store(true, ordering: .relaxed) }

    /// Installs the SIGINT handler. Idempotent.
    public static func install(repeatTerminates: Bool) {
        // Touch every global the handler reads first: it must not run their lazy initialisers.
        requested.store(false, ordering: .relaxed)
        _ = presses.load(ordering: .relaxed)
        Self.repeatTerminates.store(repeatTerminates, ordering: .relaxed)
        explainsRepeat.store(!repeatTerminates && isatty(2) == 1, ordering: .relaxed)
        _ = repeatHint.utf8CodeUnitCount
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = interruptHandler
        #else
        action.__sigaction_u.__sa_handler = interruptHandler
        #endif
        sigemptyset(&action.sa_mask)
        // SA_RESTART keeps ordinary reads and writes going; select() still
        // returns EINTR, which is how the prompt notices Ctrl-C.
        action.sa_flags = SA_RESTART
        sigaction(SIGINT, &action, nil)
        // A parent may have started us with SIGINT blocked; Ctrl-C must get through.
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &mask, nil)
    }

    /// Puts the default SIGINT behaviour back (the child of a test, say).
    public static func uninstall() {
        signal(SIGINT, SIG_DFL)
    }
}

/// A compile-time string: the handler may write it without allocating.
private let repeatHint: StaticString = "\nstopping at the next safe point; Ctrl-\\ quits nn at once (the session is lost)\n"

/// Async-signal-safe: only atomics, `signal`, `raise` and `write`.
private func interruptHandler(_ number: Int32) {
    Interrupt.presses.wrappingAdd(1, ordering: .relaxed)
    guard Interrupt.requested.exchange(true, ordering: .relaxed) else { return }
    if Interrupt.repeatTerminates.load(ordering: .relaxed) {
        _ = signal(SIGINT, SIG_DFL)
        raise(SIGINT)
    } else if Interrupt.explainsRepeat.load(ordering: .relaxed) {
        _ = write(2, repeatHint.utf8Start, repeatHint.utf8CodeUnitCount)
    }
}
