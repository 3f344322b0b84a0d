import Foundation

/// Runs work on a thread with a large stack and waits for it. The evaluator
/// recurses once per nested call and expression level; 10,000 nested user
/// calls (LANGUAGE.md §3) need far more than a default 512 KiB–8 MiB stack.
///
///     let result = LargeStack.run { interpreter.evaluateSomething() }
///
/// Safe to call from any thread; nested calls already on a large stack run inline.
public enum LargeStack {
    /// Virtual size; pages are only committed when touched. 10,000 nested
    /// calls take about 150 MB optimized and 550 MB in a plain debug build.
    public static let size = 1 << 30

    private static let marker = "nn.largeStack"

    public static var isCurrent: Bool {
        Thread.current.threadDictionary[marker] != nil
    }

    public static func run<T>(_ body: () -> T) -> T {
        if isCurrent { return body() }
        return withoutActuallyEscaping(body) { escaping in
            let box = Box(escaping)
            let done = DispatchSemaphore(value: 0)
            let thread = Thread {
                Thread.current.threadDictionary[marker] = true
                box.result = box.body?()
                // Drop the body before waking the caller: it must not outlive the call.
                box.body = nil
                done.signal()
            }
            thread.stackSize = size
            thread.start()
            done.wait()
            // The body ran to completion before the signal; the fallback only
            // satisfies the type checker.
            guard let result = box.result else { return escaping() }
            return result
        }
    }

    /// Hands the body and its result across threads; the semaphore orders the accesses.
    /// An address near the top of the current stack, to measure how much of
    /// it is in use.
    @inline(never)
    static func currentAddress() -> UInt {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    }

    private final class Box<R>: @unchecked Sendable {
        var body: (() -> R)?
        var result: R?
        init(_ body: @escaping () -> R) { self.body = body }
    }
}
