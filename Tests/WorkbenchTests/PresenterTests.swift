import Testing
import Language
@testable import Workbench

/// `--pause` presenter mode and the straight-through demo display: prose
/// before the statements it introduces, `nn> code` before each output,
/// Enter steps, `q` hands the session to the REPL.
@Suite struct PresenterTests {
    static let script = """
    ## First section — القسم الأول
    x = 1
    x + 1
    ## Second section — القسم الثاني
    ## a second line of prose
    y = x * 10
    y
    ## The end
    """

    /// A presenter over `script` whose pauses read `answers` in turn (nil: never pause).
    func present(_ script: String = script, answers: [String]?) -> (outcome: Presenter.Outcome, output: String, diagnostics: [Diagnostic], session: Session, asked: Int) {
        let sink = BufferSink()
        let session = Session(output: sink)
        var remaining = answers ?? []
        var asked = 0
        let readLine: (() -> String?)? = answers == nil ? nil : {
            asked += 1
            return remaining.isEmpty ? nil : remaining.removeFirst()
        }
        let presenter = Presenter(session: session, source: SourceFile(name: "talk.nn", text: script, directory: "."), readLine: readLine)
        let outcome = presenter.run()
        return (outcome, sink.output, sink.diagnostics, session, asked)
    }

    @Test func straightThroughShowsProseThenEachStatementBeforeItsOutput() {
        let run = present(answers: nil)
        #expect(run.outcome == .finished(.success))
        #expect(run.asked == 0)
        #expect(run.output == """

        ## First section — القسم الأول
        nn> x = 1
        nn> x + 1
        2

        ## Second section — القسم الثاني
        ## a second line of prose
        nn> y = x * 10
        nn> y
        10

        ## The end

        """)
    }

    @Test func enterRunsOneStatementAtATime() {
        let run = present(answers: ["", "", "", ""])
        #expect(run.outcome == .finished(.success))
        #expect(run.asked == 4)
        #expect(run.output.hasPrefix("presenter mode: Enter runs the next statement; q and Enter opens the REPL\n"))
        #expect(run.output.contains("nn> x + 1 2\n"))
        let prose = run.output.range(of: "## Second section")
        let statement = run.output.range(of: "nn> y = x * 10")
        #expect(prose != nil && statement != nil && prose!.lowerBound < statement!.lowerBound)
    }

    @Test func theEndOfInputAtAPauseRunsTheRestStraightThroughOneStatementALine() {
        let run = present(answers: [""])
        #expect(run.outcome == .finished(.success))
        // One Enter, then Ctrl-D: asked twice, never again.
        #expect(run.asked == 2)
        // The terminal echoes the Enter after `x = 1`; nothing echoes Ctrl-D, so the presenter ends that line.
        #expect(run.output.contains("nn> x + 1 \n2\n"))
        #expect(run.output.contains("nn> y = x * 10\nnn> y\n10\n"))
        #expect(run.output.hasSuffix("## The end\n"))
    }

    @Test func qAtAPauseOpensTheREPLWithTheVariablesSoFar() {
        let run = present(answers: ["", "", "q"])
        #expect(run.outcome == .openREPL)
        #expect(run.asked == 3)
        if case .number(let x) = run.session.interpreter.lookup("x") { #expect(x == 1) } else { Issue.record("x is not set") }
        // `q` was typed at the pause before `y = x * 10`: that statement never ran.
        #expect(run.session.interpreter.lookup("y") == nil)
        #expect(!run.output.contains("## The end"))
        // Stopping on request is not an interruption to warn about.
        #expect(run.diagnostics.isEmpty)
    }

    @Test func anErrorStopsWithoutShowingTheRestOfTheLesson() {
        let run = present("## Intro\nx = nope\n## Later\ny = 2\n", answers: nil)
        #expect(run.outcome == .finished(.runtimeError))
        #expect(!run.output.contains("## Later"))
        #expect(run.output.contains("nn> x = nope"))
    }

    @Test func onAColourTerminalProseIsBold() {
        let sink = BufferSink()
        let session = Session(output: sink, options: SessionOptions(color: true))
        let presenter = Presenter(session: session, source: SourceFile(name: "talk.nn", text: "## Title — عنوان\n1 + 1\n", directory: "."), readLine: nil)
        #expect(presenter.run() == .finished(.success))
        #expect(sink.output.hasPrefix("\n\u{1B}[1m## Title — عنوان\u{1B}[0m\nnn> 1 + 1\n"))
    }
}
