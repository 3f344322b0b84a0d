import Foundation
import Testing

/// `nn` run with pipes: flags, exit statuses, where output goes.
@Suite struct CommandLineTests {
    @Test func versionPrintsTheVersion() throws {
        let result = try NNBinary.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("nn 0."))
    }

    @Test func helpShowsUsageAndExamples() throws {
        let result = try NNBinary.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("nn -i FILE.nn"))
        #expect(result.stdout.contains("examples:"))
    }

    @Test func codeRunsAndEchoes() throws {
        let result = try NNBinary.run(["-e", "x = 2 ^ 10\nx"])
        #expect(result.status == 0)
        #expect(result.stdout == "1024\n")
        #expect(result.stderr == "")
    }

    @Test func syntaxErrorExitsWithOneAndRunsNothing() throws {
        let result = try NNBinary.run(["-e", "print(\"first\")\nprint(1 +"])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("error:"))
        #expect(result.stderr.contains("<code>:2:"))
    }

    @Test func runtimeErrorExitsWithOneAfterEarlierOutput() throws {
        let result = try NNBinary.run(["-e", "print(\"before\")\ny = nope + 1\nprint(\"after\")"])
        #expect(result.status == 1)
        #expect(result.stdout == "before\n")
        #expect(result.stderr.contains("unknown name 'nope'"))
        #expect(result.stderr.contains("2 | y = nope + 1"))
    }

    @Test func scriptThatIsNotUTF8NamesThePlaceAndExitsWithOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nn-utf8-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("latin1.nn").path
        try Data("print(1)\nx = \"caf".utf8 + [0xE9] + "\"\n".utf8).write(to: URL(fileURLWithPath: path))
        let result = try NNBinary.run([path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("latin1.nn:2:9: the script is not UTF-8 text (byte 0xE9)"))
    }

    @Test(arguments: [["--bogus"], ["missing.nn"], ["--seed"], ["--seed", "-3"], ["a.nn", "b.nn"], ["-e", "1", "x.nn"]])
    func badUsageExitsWithTwo(_ arguments: [String]) throws {
        let result = try NNBinary.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("nn: "))
        #expect(result.stderr.contains("nn --help"))
    }

    @Test func missingFileSaysSo() throws {
        let result = try NNBinary.run(["no-such-lesson.nn"])
        #expect(result.stderr.contains("cannot open 'no-such-lesson.nn': no such file"))
    }

    @Test func pipedStandardInputRunsAsAScript() throws {
        let result = try NNBinary.run([], input: "fn sq(x) {\n  return x * x\n}\nsq(7)\n")
        #expect(result.status == 0)
        #expect(result.stdout == "49\n")
    }

    @Test func pipedScriptErrorsNameStandardInput() throws {
        let result = try NNBinary.run([], input: "1 +\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("<stdin>"))
    }

    @Test func scriptFileRunsWithItsPathInErrors() throws {
        let folder = try TemporaryFolder()
        try folder.write("lessons/one.nn", "print(\"hello\")\nprint(missing)\n")
        let result = try NNBinary.run(["lessons/one.nn"], directory: folder.path)
        #expect(result.status == 1)
        #expect(result.stdout == "hello\n")
        #expect(result.stderr.contains("lessons/one.nn:2:7"))
    }

    @Test func relativePathsResolveFromTheScriptsFolder() throws {
        let folder = try TemporaryFolder()
        try folder.write("lessons/points.csv", "a,b,label\n1,2,x\n3,4,y\n5,6,x\n")
        try folder.write("lessons/count.nn", "d = load(\"points.csv\")\nprint(d.m)\n")
        let result = try NNBinary.run(["lessons/count.nn"], directory: folder.path)
        #expect(result.stderr == "")
        #expect(result.stdout == "3\n")
    }

    @Test func deepRecursionIsAnErrorNotACrash() throws {
        let result = try NNBinary.run(["-e", "fn down(n) { return down(n + 1) }\ndown(0)"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("10000"))
    }

    @Test func interactiveAfterScriptKeepsItsVariables() throws {
        let folder = try TemporaryFolder()
        let script = try folder.write("setup.nn", "base = 40\n")
        let result = try NNBinary.run(["-i", script], input: "base + 2\n:quit\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("42"))
    }

    @Test func replWithPipedLinesGoesOnAfterErrors() throws {
        let result = try NNBinary.run(["-i"], input: "x = 1\ny = nope\nx + 1\n")
        #expect(result.status == 0)
        #expect(result.stdout == "2\n")
        #expect(result.stderr.contains("unknown name 'nope'"))
    }

    @Test func scriptFromAPipeOrDevice() throws {
        let result = try NNBinary.run(["/dev/stdin"], input: "print(\"from a device\")\n")
        #expect(result.status == 0)
        #expect(result.stdout == "from a device\n")
    }

    @Test func seedFlagSeedsAsSeedDoes() throws {
        let flagged = try NNBinary.run(["--seed", "5", "-e", "rand(1, 3)"])
        let again = try NNBinary.run(["--seed", "5", "-e", "rand(1, 3)"])
        let inScript = try NNBinary.run(["-e", "seed(5)\nrand(1, 3)"])
        let other = try NNBinary.run(["--seed", "6", "-e", "rand(1, 3)"])
        #expect(flagged.status == 0 && !flagged.stdout.isEmpty)
        #expect(flagged.stdout == again.stdout)
        #expect(flagged.stdout == inScript.stdout)
        #expect(flagged.stdout != other.stdout)
    }

    @Test func seedFlagIsAccepted() throws {
        let result = try NNBinary.run(["--seed", "7", "--ascii", "--no-color", "-e", "1"])
        #expect(result.status == 0)
        #expect(result.stdout == "1\n")
    }
}
