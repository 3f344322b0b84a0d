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
