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
    }

    @Test func syntaxErrorsComeFirstAndNothingRuns() {
        let result = notebook("print(1)\nprint(2 +\n")
        #expect(result.outcome == .syntaxErrors(1))
        #expect(!result.markdown.contains("```text\n1\n```"))
        #expect(result.markdown.contains("error:"))
    }

    @Test func backticksInOutputGetALongerFence() {
        let markdown = notebook("print(\"```\")").markdown
        #expect(markdown.contains("````text\n```\n````"))
    }

    @Test(arguments: [
        ("Learning rate — معدل التعلم", true),
        ("Why initial weights are random — التهيئة العشوائية للأوزان", true),
        ("Each update moves the weights by lr times the gradient.", false),
        ("A sentence that uses a dash — and ends with a period.", false),
    ])
    func sectionTitlesAreHeadings(_ line: String, _ heading: Bool) {
        #expect(NotebookWriter.isHeading(line) == heading)
    }
}
