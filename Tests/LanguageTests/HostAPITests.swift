import Foundation
import Synchronization
import Testing
import Language

/// The host API: natives, callbacks from built-ins, sessions across runs,
/// interrupts, threads.
@Suite struct HostAPITests {
    func interpreter(_ sink: BufferSink) -> Interpreter {
        let interpreter = Interpreter(output: sink)
        interpreter.installCoreBuiltins()
        return interpreter
    }

    func run(_ interpreter: Interpreter, _ text: String, name: String = "<repl>") -> RunOutcome {
        interpreter.run(SourceFile(name: name, text: text, directory: "/lessons"))
    }

    @Test func nativeValuesAreWrittenBackAlongThePath() {
        let sink = BufferSink()
        let nn = interpreter(sink)
        nn.defineGlobal("v", .native(TestVector(items: [1, 2, 3])))
        #expect(run(nn, """
        w = v
        w[0] = 10
        print(v, w)
        m = [v, v]
        m[1][2] = 7
        print(m[0][2], m[1][2])
        w.first = 42
        print(w[0], w.size, len(w))
        for x in v { print(x) }
        """) == .success)
        #expect(sink.output == "vec[1, 2, 3] vec[10, 2, 3]\n3 7\n42 3 3\n1\n2\n3\n")
    }

    @Test func referenceNativesChangeInPlace() {
        let sink = BufferSink()
        let nn = interpreter(sink)
        let layer = TestLayer([0, 0])
        nn.defineGlobal("layer", .native(layer))
        nn.defineGlobal("v2", .native(TestVector(items: [5, 6])))
        #expect(run(nn, "same = layer\nsame.W = v2\nlayer.W[1] = 9\nprint(layer.W)") == .success)
        #expect(layer.weights.items == [5, 9])
        #expect(sink.output == "vec[5, 9]\n")
        nn.defineGlobal("other", .native(TestLayer([0, 0])))
        #expect(run(nn, "print(same == layer, same != layer, other == layer, layer == none)") == .success)
        #expect(sink.output.hasSuffix("true false false false\n"))
        #expect(run(nn, "layer.W = [1]") == .runtimeError)
        #expect(sink.diagnostics.last?.message == "W must be a tensor of 2 numbers, got a list")
        #expect(run(nn, "layer.X") == .runtimeError)
        #expect(sink.diagnostics.last?.message == "a layer has no field 'X'")
        #expect(run(nn, "layer.w") == .runtimeError)
        #expect(sink.diagnostics.last?.label == "did you mean 'W'?")
    }

    @Test func callableNatives() {
        let sink = BufferSink()
        let nn = interpreter(sink)
        nn.defineGlobal("double", .native(TestActivation()))
        #expect(run(nn, "double(4)\ndouble 5\ntype(double)") == .success)
        #expect(sink.output == "8\n10\nactivation\n")
        #expect(run(nn, "double(\"x\")") == .runtimeError)
        #expect(sink.diagnostics.last?.range?.start.column == 8)
    }

    @Test func builtinsCallBackIntoUserFunctions() throws {
        let sink = BufferSink()
        let nn = interpreter(sink)
        nn.define(Builtin(name: "map", signature: Signature(["f", "xs"]),
                          help: Help(summary: "apply f to each", concept: "basics", example: "map(f, xs)")) { args, context throws(ScriptError) in
            guard case .list(let xs)? = args["xs"], let f = args["f"] else { throw ScriptError("map needs a list") }
            var out: [Value] = []
            for x in xs { out.append(try context.call(f, [x])) }
            context.warn("mapped \(xs.count) items")
            return .list(out)
        })
        #expect(run(nn, "fn sq(x) { return x * x }\nmap(sq, [1, 2, 3])\nmap(len, [\"ab\"])") == .success)
        #expect(sink.output == "[1, 4, 9]\n[2]\n")
        #expect(sink.diagnostics.first?.severity == .warning)
        #expect(sink.diagnostics.first?.message == "mapped 3 items")
        #expect(sink.diagnostics.first?.range?.start.line == 2)
        sink.clear()
        // An error inside the callback keeps its own place and the call chain.
        #expect(run(nn, "fn bad(x) {\n  return x + \"s\"\n}\nmap(bad, [1])", name: "cb.nn") == .runtimeError)
        let error = try #require(sink.diagnostics.first)
        #expect(error.message == "cannot apply '+' to a number and a string")
        #expect(error.range?.start.line == 2)
        #expect(error.notes == ["in fn bad at 2:10, called from 4:1"])
    }

    @Test func contextKnowsTheSource() {
        let sink = BufferSink()
        let nn = interpreter(sink)
        nn.define(Builtin(name: "where", signature: Signature([String]()),
                          help: Help(summary: "", concept: "", example: "")) { _, context in
            .string("\(context.sourceName) in \(context.directory), width \(context.renderOptions.width)")
        })
        nn.renderOptions.width = 100
        #expect(run(nn, "where()", name: "lesson.nn") == .success)
        #expect(sink.output == "lesson.nn in /lessons, width 100\n")
    }

    @Test func sessionsKeepGlobalsAcrossRuns() throws {
        let sink = BufferSink()
        let nn = interpreter(sink)
        #expect(run(nn, "fn f(x) {\n  return x + nope\n}\ncount = 1", name: "first.nn") == .success)
        #expect(run(nn, "count = count + 1\ncount") == .success)
        #expect(sink.output == "2\n")
        #expect(nn.userGlobalNames == ["f", "count"])
        #expect(nn.globalNames.contains("print") && nn.globalNames.contains("count"))
        if case .number(let n)? = nn.lookup("count") { #expect(n == 2) } else { Issue.record("count missing") }
        // An error in a function from an earlier input shows that input's line.
        #expect(run(nn, "f(1)") == .runtimeError)
        let error = try #require(sink.diagnostics.last)
        #expect(error.source?.name == "first.nn")
        #expect(error.range?.start.line == 2)
        #expect(DiagnosticRenderer().render(error).contains("2 |   return x + nope"))
        #expect(error.notes == ["in fn f at first.nn:2:14, called from <repl>:1:1"])
        nn.reset()
        #expect(nn.userGlobalNames.isEmpty)
        #expect(nn.lookup("count") == nil)
        #expect(nn.lookup("print") != nil)
    }

    @Test func resetBringsBackHiddenBuiltins() {
        let sink = BufferSink()
        let nn = interpreter(sink)
        #expect(run(nn, "len = 3") == .success)
        nn.reset()
        #expect(run(nn, "len([1, 2])") == .success)
        #expect(sink.output == "2\n")
    }

    @Test func syntaxErrorsRunNothing() {
        let sink = BufferSink()
        let nn = interpreter(sink)
        #expect(run(nn, "x = 1\nprint(x\ny = (") == .syntaxErrors(2))
        #expect(nn.lookup("x") == nil)
        #expect(sink.output.isEmpty)
        #expect(nn.check(SourceFile(name: "c.nn", text: "a = [1,\nb = 2", directory: ".")).count == 1)
        #expect(nn.check(SourceFile(name: "c.nn", text: "a = 1", directory: ".")).isEmpty)
    }

    @Test func bareHelpCallsTheHelpBuiltin() {
        let sink = BufferSink()
        let nn = interpreter(sink)
        nn.define(Builtin(name: "help", signature: Signature([.init("topic", default: "none")]),
                          help: Help(summary: "help", concept: "basics", example: "help")) { args, context in
            context.write(args["topic"] == nil ? "overview\n" : "topic\n")
            return .none
        })
        #expect(run(nn, "help\nhelp len\nhelp(len)") == .success)
        #expect(sink.output == "overview\ntopic\ntopic\n")
    }

    @Test func bareCallsOfQuietBuiltinsDoNotEcho() {
        let sink = BufferSink()
        let nn = interpreter(sink)
        var quiet = Builtin(name: "train", signature: Signature([.init("x", default: "0")]),
                            help: Help(summary: "", concept: "", example: "")) { _, context in
            context.write("progress\n")
            return .string("history")
        }
        quiet.echoesResult = false
        nn.define(quiet)
        #expect(run(nn, "train()\ntrain 1\nh = train()\nh\n[train()]") == .success)
        #expect(sink.output == "progress\nprogress\nprogress\nhistory\nprogress\n[\"history\"]\n")
    }

    @Test func interruptStopsLoopsAndKeepsState() {
        let sink = BufferSink()
        let nn = interpreter(sink)
        let polls = Atomic<Int>(0)
        nn.interruptCheck = { polls.add(1, ordering: .relaxed).newValue > 1000 }
        #expect(run(nn, "i = 0\nwhile true {\n  i = i + 1\n}") == .interrupted)
        if case .number(let i)? = nn.lookup("i") { #expect(i > 100) } else { Issue.record("i missing") }
        #expect(sink.diagnostics.last?.severity == .warning)
        #expect(sink.diagnostics.last?.message == "interrupted")
        #expect(sink.diagnostics.last?.range?.start.line == 2)
        nn.interruptCheck = { false }
        #expect(run(nn, "i = 0") == .success)
    }

    @Test func interruptStopsRecursion() {
        let sink = BufferSink()
        let nn = interpreter(sink)
        let polls = Atomic<Int>(0)
        nn.interruptCheck = { polls.add(1, ordering: .relaxed).newValue > 50 }
        #expect(run(nn, "fn f(n) { return f(n + 1) }\nf(0)") == .interrupted)
    }

    @Test func runsFromManyThreadsAtOnce() async {
        await withTaskGroup(of: String.self) { group in
            for k in 0..<4 {
                group.addTask {
                    let sink = BufferSink()
                    let nn = Interpreter(output: sink)
                    nn.installCoreBuiltins()
                    nn.run(SourceFile(name: "t", text: "fn d(n) { if n == 0 { return \(k) }; return d(n - 1) }\nd(3000)", directory: "."))
                    return sink.output
                }
            }
            var outputs: [String] = []
            for await output in group { outputs.append(output) }
            #expect(outputs.sorted() == ["0\n", "1\n", "2\n", "3\n"])
        }
    }

    @Test func builtinUsageIsDerivedFromTheSignature() {
        let b = Builtin(name: "train",
                        signature: Signature([.init("net"), .init("data"), .init("epochs", default: "100"), .init("lr", default: "0.1", keywordOnly: true)]),
                        help: Help(summary: "", concept: "", example: ""))  { _, _ in .none }
        #expect(b.usage == "train(net, data, epochs=100, lr=0.1)")
        let p = Builtin(name: "print", signature: Signature([String](), variadic: "values"),
                        help: Help(summary: "", concept: "", example: "")) { _, _ in .none }
        #expect(p.usage == "print(values…)")
    }

    @Test func coreBuiltinsHaveHelp() {
        let nn = Interpreter(output: BufferSink())
        nn.installCoreBuiltins()
        for name in ["print", "type", "len", "range", "append", "concat"] {
            let help = nn.builtins[name]?.help
            #expect(help != nil && !(help?.summary.isEmpty ?? true) && !(help?.example.isEmpty ?? true), "\(name)")
        }
    }

    @Test func wholeNumberHelper() {
        #expect(throws: ScriptError.self) { try Value.number(1.5).wholeNumber(named: "epochs") }
        #expect((try? Value.number(-3).wholeNumber(named: "n")) == -3)
        do {
            _ = try Value.number(1e300).wholeNumber(named: "epochs")
        } catch {
            #expect(error.message == "epochs must be at most 2^53 (9007199254740992), got 1e+300")
        }
        do {
            _ = try Value.string("x").wholeNumber(named: "epochs")
        } catch {
            #expect(error.message == "epochs must be a whole number, got a string")
        }
        #expect(throws: ScriptError.self) { try Limits.checkCount(1e8 + 1, of: "tensor") }
        #expect((try? Limits.checkCount(1e8, of: "tensor")) != nil)
    }

    @Test func numberFormatting() {
        let cases: [(Double, String)] = [
            (3, "3"), (0.1, "0.1"), (-2.5e-9, "-2.5e-09"), (1e16, "1e+16"), (1e15, "1000000000000000"),
            (.infinity, "inf"), (-.infinity, "-inf"), (.nan, "nan"), (0, "0"), (-0.0, "-0"),
            (123.456, "123.456"), (1e-4, "0.0001"), (1.5e-5, "1.5e-05"), (9007199254740993, "9007199254740992"),
            (2.5e100, "2.5e+100"), (1234567890123456.7, "1234567890123456.8"), (0.000123, "0.000123"),
        ]
        for (x, text) in cases { #expect(formatNumber(x) == text, "\(x)") }
    }
}
