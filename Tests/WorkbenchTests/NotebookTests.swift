import Testing
import Language
@testable import Workbench

/// `nn notebook`: a header with the version and seed, prose as text (section
/// titles as headings), each run of code fenced as `nn`, its output fenced
/// after it, in the script's order.
@Suite struct NotebookTests {
    func notebook(_ text: String, seed: UInt64? = nil) -> NotebookWriter.Result {
        NotebookWriter(options: SessionOptions(seed: seed)).render(SourceFile(name: "lesson.nn", text: text, directory: "."))
    }

    @Test func proseCodeAndOutputsAlternateInOrder() {
        let result = notebook("""
        ## Doubling — المضاعفة
        ## A number times two.
        x = 21
        x * 2

        ## Printing — الطباعة
        print("hello", x)
        y = 3
        """, seed: 7)
        #expect(result.outcome == .success)
        #expect(result.markdown == """
        <!-- made by `nn notebook lesson.nn` -->
        *nn \(NNVersion.current) · seed 7 · lesson.nn*

        # Doubling — المضاعفة

        A number times two.

        ```nn
        x = 21
        x * 2
        ```

        ```text
        42
        ```

        ## Printing — الطباعة

        ```nn
        print("hello", x)
        y = 3
        ```

        ```text
        hello 21
        ```

        """)
    }

    @Test func withoutASeedTheHeaderNamesTheDefault() {
        let markdown = notebook("1 + 1").markdown
        #expect(markdown.contains("seed 0 (default)"))
        #expect(markdown.contains("```nn\n1 + 1\n```\n\n```text\n2\n```"))
    }

    @Test func theSeedInTheHeaderIsTheSeedTheNotebookRanWith() {
        let first = notebook("rand(1, 3)", seed: 5).markdown
        #expect(first.contains("seed 5 ·"))
        #expect(notebook("rand(1, 3)", seed: 5).markdown == first)
        #expect(notebook("rand(1, 3)", seed: 6).markdown.components(separatedBy: "```text")[1] != first.components(separatedBy: "```text")[1])
    }

    @Test func codeWithoutOutputHasNoEmptyOutputBlock() {
        let markdown = notebook("## Setup — الإعداد\nx = 1\n## More\ny = 2\n").markdown
        #expect(!markdown.contains("```text"))
        #expect(markdown.components(separatedBy: "```nn").count == 3)
    }

    @Test func aRuntimeErrorAppearsAfterItsBlockAndLaterBlocksStayEmpty() {
        let result = notebook("## One\nx = nope\n## Two\nprint(2)\n")
        #expect(result.outcome == .runtimeError)
        let error = result.markdown.range(of: "error: unknown name 'nope'")
        let two = result.markdown.range(of: "Two")
        #expect(error != nil && two != nil && error!.lowerBound < two!.lowerBound)
        #expect(!result.markdown.contains("```text\n2\n```"))
        #expect(result.markdown.hasSuffix("```nn\nprint(2)\n```\n\n*not run: the script stopped at the error above*\n"))
        #expect(result.markdown.components(separatedBy: "not run").count == 2)
    }

    @Test func anErrorInsideAFunctionStaysWithTheStatementThatCalledIt() {
        let result = notebook("## One — واحد\nfn f() {\n    return nope\n}\nprint(1)\n## Two — اثنان\nprint(2)\nf()\n## Three — ثلاثة\nprint(3)\n")
        #expect(result.outcome == .runtimeError)
        let sections = result.markdown.components(separatedBy: "## ")
        #expect(sections.count == 3)
        #expect(sections[0].contains("```text\n1\n```") && !sections[0].contains("error"))
        #expect(sections[1].contains("2\nerror: unknown name 'nope'") && !sections[1].contains("not run"))
        #expect(sections.last?.contains("print(3)\n```\n\n*not run") == true)
    }

    @Test func syntaxErrorsComeFirstAndNothingRuns() {
        let result = notebook("print(1)\nprint(2 +\n")
        #expect(result.outcome == .syntaxErrors(1))
        #expect(!result.markdown.contains("```text\n1\n```"))
        #expect(result.markdown.contains("error:"))
    }

    @Test func proseInsideABlockStaysInTheCode() {
        let result = notebook("""
        ## Loop — الحلقة
        for i in range(2) {
            ## a comment inside the loop
            print(i)
        }
        ## After
        """)
        #expect(result.outcome == .success)
        #expect(result.markdown.contains("```nn\nfor i in range(2) {\n    ## a comment inside the loop\n    print(i)\n}\n```\n\n```text\n0\n1\n```\n\nAfter\n"))
    }

    @Test func backticksInOutputGetALongerFence() {
        let markdown = notebook("print(\"```\")").markdown
        #expect(markdown.contains("````text\n```\n````"))
    }

    @Test(arguments: [
        ("Learning rate — معدل التعلم", true),
        ("Why initial weights are random — التهيئة العشوائية للأوزان", true),
        ("Batch, mini-batch and stochastic gradient descent — الانحدار الدفعي والمصغر والعشوائي", true),
        ("Each update moves the weights by lr times the gradient.", false),
        ("A sentence that uses a dash — and ends with a period.", false),
    ])
    func sectionTitlesAreHeadings(_ line: String, _ heading: Bool) {
        #expect(NotebookWriter.isHeading(line) == heading)
    }

    /// The notebook of a lecture demo.
    func demoNotebook(_ name: String) throws -> String {
        let demo = try DemoCatalog.demo(named: name)
        let source = SourceFile(name: demo.fileName, text: demo.source, directory: ".")
        let result = NotebookWriter(options: SessionOptions()).render(source)
        #expect(result.outcome == .success)
        return result.markdown
    }

    @Test func aDemoNotebookAlternatesProseCodeAndOutputs() throws {
        let markdown = try demoNotebook("first-network")
        #expect(markdown.hasPrefix("<!-- made by `nn notebook 03-first-network.nn` -->\n*nn \(NNVersion.current) · seed 0 (default), then the script's seed(42) · 03-first-network.nn*\n\n# The first network: XOR"))
        // Paragraphs in order: every output block right after a code block, every code block after prose or output.
        let blocks = markdown.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        var previous = "header"
        for block in blocks.dropFirst() {
            let kind = block.hasPrefix("```nn") ? "code" : block.hasPrefix("```text") ? "output" : block.hasPrefix("```") ? "other" : "prose"
            if kind == "output" { #expect(previous == "code", "an output block follows \(previous)") }
            if kind == "code" { #expect(previous != "code", "two code blocks in a row") }
            previous = kind
        }
        #expect(markdown.contains("```nn\nforward(net, [1, 0], trace=true)"))
        #expect(markdown.contains("a¹ = tanh(z¹)"))
        #expect(!markdown.contains("\u{1B}") && !markdown.contains("\r") && !markdown.contains("━"))
    }

    @Test func aNotebookShowsOneSummaryLinePerTrainingRun() throws {
        let markdown = try demoNotebook("batch-size")
        let lines = markdown.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("stopped at epoch") }.count == 3)
        #expect(!lines.contains { $0.hasPrefix("epoch ") })
        // No time in a notebook: it reads the same on every run.
        #expect(lines.filter { $0.hasPrefix("stopped at epoch") }.allSatisfy { $0.hasSuffix(" updates)") })
    }

    @Test func aNotebookIsTheSameOnEveryRun() throws {
        #expect(try demoNotebook("stopping") == demoNotebook("stopping"))
    }
}

