import Foundation
import Testing

/// `nn notebook`'s header names every seed a reader needs to get the same
/// output: the one the run started from and the ones the script set.
@Suite struct NotebookHeaderTests {
    @Test func theScriptsOwnSeedsAreNamed() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("lesson.nn", "# seeds\nseed(42)\nx = rand(1, 2)\nseed 7\nfor i in range(2) { seed(7) }\n")
        let plain = try NNBinary.run(["notebook", "lesson.nn"], directory: folder.path)
        #expect(plain.status == 0)
        #expect(plain.stdout.contains("· seed 0 (default), then the script's seed(42), seed(7) · lesson.nn*"))
        let given = try NNBinary.run(["notebook", "--seed", "3", "lesson.nn"], directory: folder.path)
        #expect(given.stdout.contains("· seed 3, then the script's seed(42), seed(7) · lesson.nn*"))
    }

    @Test func aScriptWithoutSeedKeepsTheShortHeader() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("plain.nn", "x = 1\n")
        let result = try NNBinary.run(["notebook", "plain.nn"], directory: folder.path)
        #expect(result.stdout.contains("· seed 0 (default) · plain.nn*"))
        // help(seed) still describes the built-in the notebook stands in for.
        _ = try folder.write("help.nn", "help(seed)\n")
        #expect(try NNBinary.run(["notebook", "help.nn"], directory: folder.path).stdout.contains("seed(n)"))
    }
}
