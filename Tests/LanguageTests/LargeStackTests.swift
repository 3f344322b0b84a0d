import Testing
@testable import Language

/// The evaluation thread: when the system refuses a big stack (a `ulimit -v`),
/// the run falls back to a smaller one instead of waiting for a thread that
/// never started.
@Suite struct LargeStackTests {
    @Test func runsOnTheFirstStackTheSystemGrants() {
        // 2^46 bytes is beyond any machine's memory: the thread is refused.
        let size = LargeStack.run(trying: [1 << 46, 1 << 24]) {
            (LargeStack.isCurrent, LargeStack.currentSize)
        }
        #expect(size == (true, 1 << 24))
    }

    @Test func runsInlineWhenNoThreadCanStart() {
        let size = LargeStack.run(trying: [1 << 46]) { LargeStack.currentSize }
        #expect(size == LargeStack.inlineSize)
        #expect(!LargeStack.isCurrent)
    }

    @Test func deepProgramsStopWithAnErrorOnASmallStack() {
        let sink = BufferSink()
        let interpreter = Interpreter(output: sink)
        interpreter.installCoreBuiltins()
        let outcome = LargeStack.run(trying: [1 << 24]) {
            interpreter.run(SourceFile(name: "deep.nn", text: """
            fn f(n) { if n == 0 { return 0 }
            return 1 + f(n - 1) }
            f(9999)
            """, directory: "."))
        }
        #expect(outcome == .runtimeError)
        #expect(sink.diagnostics.map(\.message) == ["this computation nests too deeply"])
    }
}
