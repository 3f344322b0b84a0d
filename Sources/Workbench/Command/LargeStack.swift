#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs work on a thread with a large stack and waits for it.
///
///     let outcome = LargeStack.run { session.interpreter.run(source) }
///
/// The tree-walking interpreter recurses natively for nested calls; LANGUAGE.md
/// allows 10,000 nested nn calls, which needs far more than the main thread's
/// 8 MB. The stack is only reserved address space: pages are touched as used.
public enum LargeStack {
    /// 1 GiB of address space: room for 10,000 nn calls in a debug build.
    public static let size = 1 << 30

    public static func run<T>(_ body: @escaping () -> T) -> T {
        let box = ResultBox<T>()
        runOnThread(Job { box.value = body() })
        // The thread has finished, so reading its result here is race-free;
        // it always stored one (the fallback only satisfies the compiler).
        guard let value = box.value else { return body() }
        return value
    }

    private static func runOnThread(_ job: Job) {
        let context = Unmanaged.passRetained(job).toOpaque()
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, size)
        #if canImport(Glibc)
        var thread = pthread_t()
        #else
        var thread: pthread_t?
        #endif
        let created = pthread_create(&thread, &attributes, { raw in
            guard let raw else { return nil }
            Unmanaged<Job>.fromOpaque(raw).takeRetainedValue().body()
            return nil
        }, context)
        guard created == 0 else {
            // No thread (address space exhausted): run here, on the normal stack.
            Unmanaged<Job>.fromOpaque(context).takeRetainedValue().body()
            return
        }
        #if canImport(Glibc)
        pthread_join(thread, nil)
        #else
        if let thread { pthread_join(thread, nil) }
        #endif
    }

    private final class Job: @unchecked Sendable {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    private final class ResultBox<T>: @unchecked Sendable {
        var value: T?
    }
}
