import Testing
import Language

/// Exact wording, place and rendering of errors (LOOK.md "An error").
@Suite struct DiagnosticTests {
    @Test func unknownNameSuggestsBuiltin() throws {
        let sink = BufferSink()
        let interpreter = Interpreter(output: sink)
        interpreter.installCoreBuiltins()
        interpreter.define(Builtin(name: "train", signature: Signature(["net", "data"]),
                                   help: Help(summary: "train", concept: "training", example: "train(net, xor)")) { _, _ in .none })
        interpreter.defineGlobal("net", .number(1))
        interpreter.defineGlobal("xor", .number(2))
        let outcome = interpreter.run(SourceFile(name: "<repl>", text: "trian(net, xor)", directory: "."))
        #expect(outcome == .runtimeError)
        let diagnostic = try #require(sink.diagnostics.first)
        #expect(DiagnosticRenderer().render(diagnostic) == """
        error: unknown name 'trian'
         --> <repl>:1:1
          |
        1 | trian(net, xor)
          | ^^^^^ did you mean 'train'?

        """)
    }

    @Test func aOneLetterNameIsNotAMisspeltKeyword() throws {
        let sink = BufferSink()
        let interpreter = Interpreter(output: sink)
        interpreter.installCoreBuiltins()
        #expect(interpreter.run(SourceFile(name: "<repl>", text: "f(4)", directory: ".")) == .runtimeError)
        let diagnostic = try #require(sink.diagnostics.first)
        #expect(diagnostic.message == "unknown name 'f'")
        #expect(diagnostic.label == nil)
    }

    @Test func builtinErrorPointsAtItsArgument() throws {
        let sink = BufferSink()
        let interpreter = Interpreter(output: sink)
        interpreter.define(Builtin(
            name: "train",
            signature: Signature([.init("net"), .init("data"), .init("epochs", default: "100")]),
            help: Help(summary: "train", concept: "training", example: "")
        ) { args, _ throws(ScriptError) in
            let epochs = try args["epochs"]?.wholeNumber(named: "epochs") ?? 100
            if epochs <= 0 {
                throw ScriptError("train: epochs must be a positive whole number, got \(epochs)", argument: args.origin("epochs"))
            }
            return .none
        })
        let text = "net = 1\nxor = 2\n\n\n\n\nh = train(net, xor, epochs=-5)"
        interpreter.run(SourceFile(name: "lesson.nn", text: text, directory: "."))
        let diagnostic = try #require(sink.diagnostics.first)
        #expect(DiagnosticRenderer().render(diagnostic) == """
        error: train: epochs must be a positive whole number, got -5
         --> lesson.nn:7:21
          |
        7 | h = train(net, xor, epochs=-5)
          |                     ^^^^^^^^^

        """)
        // Given positionally, the caret moves to the positional argument.
        sink.clear()
        interpreter.run(SourceFile(name: "lesson.nn", text: "train(1, 2, -5)", directory: "."))
        let positional = try #require(sink.diagnostics.first)
        #expect(positional.range?.start.column == 13)
        #expect(positional.range?.end.column == 15)
    }

    @Test func callChainNotes() throws {
        let text = """
        fn fib(n) {
            if n < 2 { return n }
            q = 1
            return fib(n - 1) + undefined
        }



        fib(3)
        """
        let run = runScript(text, name: "fib.nn")
        let diagnostic = try #require(run.errors.first)
        #expect(diagnostic.message == "unknown name 'undefined'")
        #expect(diagnostic.notes == [
            "in fn fib at 4:25, called from 4:12",
            "in fn fib at 4:12, called from 9:1",
        ])
        #expect(run.renderedDiagnostics.hasSuffix("""
          = note: in fn fib at 4:25, called from 4:12
          = note: in fn fib at 4:12, called from 9:1

        """))
    }

    @Test func syntaxErrorNamesTheOpeningBracket() throws {
        let run = runScript("x = 1\ny = 2\nz = f(x, y\nprint(z)")
        #expect(run.outcome == .syntaxErrors(1))
        let diagnostic = try #require(run.errors.first)
        #expect(diagnostic.message == "expected ')' to close the call opened at 3:6")
        #expect(diagnostic.label == "found the end of the line")
        #expect(diagnostic.range?.start.line == 3)
        #expect(diagnostic.range?.start.column == 11)
    }

    @Test func everySyntaxErrorIsReportedAndNothingRuns() {
        let run = runScript("""
        print("ran")
        a = (1 +
        b = ]
        c = 3 3
        fn () { }
        d = "open
        if x { } else
        e = 1
        """)
        #expect(run.output == "")
        #expect(run.outcome == .syntaxErrors(run.errors.count))
        #expect(run.errors.map { $0.range?.start.line ?? 0 } == [3, 4, 5, 6, 7])
    }

    @Test func tooManyErrorsSaysWhereCheckingStopped() throws {
        let run = runScript(Array(repeating: "x = )", count: 80).joined(separator: "\n"))
        #expect(run.output == "")
        #expect(run.errors.count == 51)
        let last = try #require(run.errors.last)
        #expect(last.message == "stopped after 50 errors; fix these and run the script again")
        #expect(last.range?.start.line == 51)
        #expect(run.errors.dropLast().map { $0.range?.start.line ?? 0 } == Array(1...50))
    }

    @Test func arabicNamesAndTabsKeepTheCaretAligned() throws {
        let run = runScript("\tمعدل = 1\n\tx = معدل + خطأ")
        let diagnostic = try #require(run.errors.first)
        #expect(diagnostic.range?.start.column == 13)
        #expect(DiagnosticRenderer().render(diagnostic) == """
        error: unknown name 'خطأ'
         --> test.nn:2:13
          |
        2 |     x = معدل + خطأ
          |                ^^^

        """)
    }

    @Test func combiningMarksTakeNoColumn() {
        // "مُعدل" has a damma (U+064F), a zero-width combining mark.
        let line = Array("مُعدل".unicodeScalars)
        #expect(line.count == 5)
        let run = runScript("مُعدل = 1\nمُعدل + y")
        #expect(run.renderedDiagnostics.contains("  | " + String(repeating: " ", count: 7) + "^\n"))
    }

    @Test func unknownKeywordListsValidOnes() throws {
        let run = runScript("range(3, stepp=1)")
        let diagnostic = try #require(run.errors.first)
        #expect(diagnostic.message == "range has no parameter 'stepp'; valid ones: a, b, step")
        #expect(diagnostic.label == "did you mean 'step'?")
    }

    @Test func aThreeLetterNameGetsAKeywordOnlyWithItsLetters() throws {
        // 'net' is a network the student has not made yet, not a misspelt 'not'.
        let net = try #require(runScript("print(net)").errors.first)
        #expect(net.message == "unknown name 'net'")
        #expect(net.label == nil)
        let swapped = try #require(runScript("print(nto)").errors.first)
        #expect(swapped.label == "did you mean 'not'?")
        let fro = try #require(runScript("fro").errors.first)
        #expect(fro.label == "did you mean 'for'?")
    }

    @Test func warningForHiddenBuiltinNamesTheNewType() throws {
        let run = runScript("type = \"dataset\"")
        #expect(run.outcome == .success)
        let warning = try #require(run.warnings.first)
        #expect(warning.message == "'type' now names a string; the function type is hidden")
        #expect(DiagnosticRenderer().render(warning).hasPrefix("warning: 'type' now names a string"))
    }

    @Test func colourIsOptional() throws {
        let run = runScript("nope")
        let diagnostic = try #require(run.errors.first)
        #expect(!DiagnosticRenderer().render(diagnostic).contains("\u{1B}["))
        #expect(DiagnosticRenderer(color: true).render(diagnostic).contains("\u{1B}[1;31merror"))
    }

    @Test func diagnosticWithoutPlace() {
        let text = DiagnosticRenderer().render(Diagnostic(.error, "no such file 'x.nn'", notes: ["try nn --help"]))
        #expect(text == "error: no such file 'x.nn'\n = note: try nn --help\n")
    }

    @Test func deepRecursionNotesAreShortened() throws {
        let run = runScript("fn f(n) { return f(n + 1) }\nf(0)")
        let diagnostic = try #require(run.errors.first)
        #expect(diagnostic.message == "calls nested more than 10000 deep")
        #expect(diagnostic.notes.count == 7)
        #expect(diagnostic.notes[3] == "… 9994 more calls …")
        #expect(diagnostic.notes.last == "in fn f at 1:18, called from 2:1")
    }
}
