import Foundation
import Testing

/// `nn demo` through the built binary: the listing, a run from any folder,
/// `--save` into the working folder (never over a file), unknown names.
@Suite struct DemoCommandTests {
    @Test func listsTheDemosOneLineEach() throws {
        let result = try NNBinary.run(["demo"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 13)
        #expect(lines.contains { $0.hasPrefix("   6  backprop") })
    }

    @Test func runsADemoFromAnyFolderShowingEachStatementBeforeItsOutput() throws {
        let folder = try TemporaryFolder()
        let result = try NNBinary.run(["demo", "backprop"], directory: folder.path)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("\n## Backpropagation by hand — الانتشار العكسي\n"))
        #expect(result.stdout.contains("nn> cost(net, example, loss=\"half_mse\")\n0.2983711087600027\n"))
        #expect(result.stdout.hasSuffix("nn> cost(net, example, loss=\"half_mse\")\n0.29102777369359933\n"))
    }

    @Test func pauseWithoutATerminalRunsTheDemoStraightThrough() throws {
        let result = try NNBinary.run(["--pause", "demo", "neuron"], input: "q\n")
        #expect(result.status == 0)
        #expect(!result.stdout.contains("presenter mode"))
        #expect(result.stdout.contains("nn> z = w @ x + b\nnn> z\n0.2\n"))
    }

    @Test func pauseOnATerminalWaitsForEnterAndQOpensTheREPLWithTheDemosVariables() throws {
        let folder = try TemporaryFolder()
        let nn = try PseudoTerminal(arguments: ["demo", "neuron", "--pause"], environment: ["NN_HISTORY": folder.path + "/history", "NO_COLOR": "1"], directory: folder.path)
        try nn.expect("presenter mode: Enter runs the next statement; q and Enter opens the REPL")
        try nn.expect("## A neuron — العصبون")
        try nn.expect("nn> x = [1, 0.5, -2] ")
        // Nothing runs until Enter.
        Thread.sleep(forTimeInterval: 0.3)
        #expect(!nn.transcript.contains("nn> w = "))
        nn.type("\r")
        try nn.expect("nn> w = [0.4, -0.6, 0.1] ")
        nn.type("\r")
        try nn.expect("nn> b = 0.3 ")
        nn.type("q\r")
        try nn.expect(":help")  // the REPL's banner
        try nn.expect("nn> ")
        nn.type("x[1] * w[0]\r")
        // Ctrl-D only once readline is reading again (it prepares the
        // terminal before it draws the prompt); earlier, the line discipline eats it.
        try nn.expect("0.2\nnn> ")
        nn.type("\u{4}")
        #expect(try nn.waitForExit() == 0)
    }

    @Test func ctrlCAtAPauseStopsThePresentationAtOnce() throws {
        let folder = try TemporaryFolder()
        let nn = try PseudoTerminal(arguments: ["demo", "neuron", "--pause"], environment: ["NN_HISTORY": folder.path + "/history", "NO_COLOR": "1"], directory: folder.path)
        try nn.expect("nn> x = [1, 0.5, -2] ")
        nn.type("\u{3}")
        try nn.expect("warning: interrupted")
        #expect(try nn.waitForExit(timeout: 5) == 130)
    }

    @Test func saveWritesTheScriptHereAndRefusesToOverwrite() throws {
        let folder = try TemporaryFolder()
        let first = try NNBinary.run(["demo", "first-network", "--save"], directory: folder.path)
        #expect(first.status == 0)
        #expect(first.stdout == "wrote 03-first-network.nn; run it with `nn 03-first-network.nn`\n")
        let saved = folder.read("03-first-network.nn")
        #expect(saved?.hasPrefix("## The first network: XOR") == true)

        try folder.write("03-first-network.nn", "## my edits\n")
        let second = try NNBinary.run(["demo", "3", "--save"], directory: folder.path)
        #expect(second.status != 0)
        #expect(second.stderr == "nn demo: 03-first-network.nn already exists here; remove or rename it first\n")
        #expect(folder.read("03-first-network.nn") == "## my edits\n")
    }

    @Test func anUnknownDemoIsAUsageError() throws {
        let result = try NNBinary.run(["demo", "nothing-like-this"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("nn demo: no demo named 'nothing-like-this'"))
        let typo = try NNBinary.run(["demo", "lerning-rate"])
        #expect(typo.status == 2)
        #expect(typo.stdout == "")
        #expect(typo.stderr.hasPrefix("nn demo: no demo named 'lerning-rate' — did you mean 'learning-rate'?"))
    }

    @Test func notebookRefusesToWriteOverTheScriptItself() throws {
        let folder = try TemporaryFolder()
        let script = "## Doubling — المضاعفة\nx = 21\nx * 2\n"
        try folder.write("lesson.nn", script)
        for output in ["lesson.nn", "./lesson.nn", folder.path + "/lesson.nn"] {
            let result = try NNBinary.run(["notebook", "lesson.nn", "-o", output], directory: folder.path)
            #expect(result.status == 2)
            #expect(result.stderr.contains("is the script itself; write the notebook to a .md file, e.g. -o lesson.md"))
            #expect(folder.read("lesson.nn") == script)
        }
        try folder.write("other.nn", "print(1)\n")
        let other = try NNBinary.run(["notebook", "lesson.nn", "-o", "other.nn"], directory: folder.path)
        #expect(other.status == 2)
        #expect(folder.read("other.nn") == "print(1)\n")
        // Writing the notebook again over its own Markdown is what -o is for.
        for _ in 0..<2 {
            let result = try NNBinary.run(["notebook", "lesson.nn", "-o", "lesson.md"], directory: folder.path)
            #expect(result.status == 0)
        }
        #expect(folder.read("lesson.md")?.contains("```text\n42\n```") == true)
        // Nowhere to write: said before the script runs, in nn's own words.
        let noFolder = try NNBinary.run(["notebook", "lesson.nn", "-o", "missing/lesson.md"], directory: folder.path)
        #expect(noFolder.status == 2)
        #expect(noFolder.stderr.hasPrefix("nn notebook: cannot write missing/lesson.md: there is no folder "))
        let aFolder = try NNBinary.run(["notebook", "lesson.nn", "-o", "."], directory: folder.path)
        #expect(aFolder.status == 2)
        #expect(aFolder.stderr == "nn notebook: -o . is a folder; give a file name, e.g. -o lesson.md\n")
    }

    @Test func notebookOfAScriptThatFailsShowsTheErrorAndExitsWith1() throws {
        let folder = try TemporaryFolder()
        try folder.write("broken.nn", "## Start — البداية\nprint(1)\n## Boom — خطأ\ny = 1 + zz\n## End — النهاية\nprint(3)\n")
        let result = try NNBinary.run(["notebook", "broken.nn"], directory: folder.path)
        #expect(result.status == 1)
        #expect(result.stdout.contains("```text\nerror: unknown name 'zz'\n --> broken.nn:4:9\n"))
        #expect(result.stdout.hasSuffix("```nn\nprint(3)\n```\n\n*not run: the script stopped at the error above*\n"))
    }

    @Test func notebookOfADemoIsMarkdownWithoutControlCharacters() throws {
        let folder = try TemporaryFolder()
        let result = try NNBinary.run(["notebook", "first-network", "-o", "xor.md"], directory: folder.path)
        #expect(result.status == 0)
        let markdown = try #require(folder.read("xor.md"))
        #expect(markdown.hasPrefix("<!-- made by `nn notebook 03-first-network.nn` -->\n*nn "))
        #expect(markdown.contains("\n# The first network: XOR — الشبكة العصبية الأولى\n"))
        #expect(markdown.contains("```nn\nh = train(net, xor, epochs=2000, lr=0.5, batch=\"all\")\nplot h\n```"))
        #expect(!markdown.contains("\u{1B}") && !markdown.contains("\r"))
        #expect(!markdown.contains("━"))
    }
}
