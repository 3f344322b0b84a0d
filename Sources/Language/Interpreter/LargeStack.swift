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

    /// Smaller stacks to fall back on when the system refuses `size` (a
    /// `ulimit -v`, a 32-bit address space): deep programs then stop with the
    /// evaluator's "nests too deeply" error sooner, instead of the run hanging.
    static let fallbackSizes = [size, 1 << 28, 1 << 26, 1 << 24]

    /// The budget when even the smallest thread is refused and the work runs
    /// on the caller's own stack (8 MiB on a main thread, 512 KiB elsewhere).
    static let inlineSize = 1 << 18

    private static let marker = "nn.largeStack"

    public static var isCurrent: Bool {
        Thread.current.threadDictionary[marker] != nil
    }

    /// The stack size of the large-stack thread running now, or `size` when
    /// called elsewhere.
    public static var currentSize: Int {
        Thread.current.threadDictionary[marker] as? Int ?? size
    }

    public static func run<T>(_ body: () -> T) -> T {
        run(trying: fallbackSizes, body)
    }

    static func run<T>(trying sizes: [Int], _ body: () -> T) -> T {
        if isCurrent { return body() }
        return withoutActuallyEscaping(body) { escaping in
            let box = Box(escaping)
            for stackSize in sizes {
                box.stackSize = stackSize
                if start(box) {
                    box.done.wait()
                    // The body ran to completion before the signal; the
                    // fallback only satisfies the type checker.
                    return box.result ?? escaping()
                }
            }
            // No thread at all: run here, under the default stack's budget.
            Thread.current.threadDictionary[marker] = inlineSize
            defer { Thread.current.threadDictionary[marker] = nil }
            return escaping()
        }
    }

    /// Starts the thread; false when the system refuses a stack that large.
    private static func start<R>(_ box: Box<R>) -> Bool {
        var attributes = pthread_attr_t()
        guard pthread_attr_init(&attributes) == 0 else { return false }
        defer { pthread_attr_destroy(&attributes) }
        guard pthread_attr_setstacksize(&attributes, box.stackSize) == 0,
              pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED)) == 0 else { return false }
        let context = Unmanaged.passRetained(box as AnyObject).toOpaque()
        #if canImport(Darwin)
        var thread: pthread_t?
        #else
        var thread = pthread_t()
        #endif
        let status = pthread_create(&thread, &attributes, { context in
            let object = Unmanaged<AnyObject>.fromOpaque(context!).takeRetainedValue()
            (object as? any Runnable)?.runHere()
            return nil
        }, context)
        if status != 0 {
            Unmanaged<AnyObject>.fromOpaque(context).release()
            return false
        }
        return true
    }

    /// An address near the top of the current stack, to measure how much of
    /// it is in use.
    @inline(never)
    static func currentAddress() -> UInt {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    }

    private protocol Runnable: AnyObject {
        func runHere()
    }

    /// Hands the body and its result across threads; the semaphore orders the accesses.
    private final class Box<R>: Runnable, @unchecked Sendable {
        var body: (() -> R)?
        var result: R?
        var stackSize = LargeStack.size
        let done = DispatchSemaphore(value: 0)
        init(_ body: @escaping () -> R) { self.body = body }

        func runHere() {
            Thread.current.threadDictionary[LargeStack.marker] = stackSize
            result = body?()
            // Drop the body before waking the caller: it must not outlive the call.
            body = nil
            done.signal()
        }
    }
}
