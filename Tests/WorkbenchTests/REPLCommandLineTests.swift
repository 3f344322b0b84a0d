import Testing
@testable import Workbench

/// How `nn`'s arguments are read (the executable and the REPL share them).
@Suite struct REPLCommandLineTests {
    func parse(_ words: [String]) throws -> CommandLineArguments {
        try CommandLineArguments.parse(words)
    }

    @Test func actions() throws {
        #expect(try parse([]).action == .interactiveOrStdin)
        #expect(try parse(["-i"]).action == .repl)
        #expect(try parse(["lesson.nn"]).action == .script(path: "lesson.nn", thenREPL: false))
        #expect(try parse(["-i", "lesson.nn"]).action == .script(path: "lesson.nn", thenREPL: true))
        #expect(try parse(["-e", "print(1)"]).action == .code("print(1)", thenREPL: false))
        #expect(try parse(["-"]).action == .stdin)
        #expect(try parse(["--version"]).action == .version)
        #expect(try parse(["lesson.nn", "--help"]).action == .help)
        #expect(try parse(["--", "-odd-name.nn"]).action == .script(path: "-odd-name.nn", thenREPL: false))
    }

    @Test func flagsAnywhere() throws {
        let arguments = try parse(["lesson.nn", "--seed", "42", "--ascii", "--no-color"])
        #expect(arguments.seed == 42)
        #expect(arguments.ascii)
        #expect(arguments.noColor)
        #expect(try parse(["--seed=7", "x.nn"]).seed == 7)
        #expect(try parse(["--pause", "x.nn"]).pause)
    }

    @Test func subcommandsGetTheirWordsInOrder() throws {
        #expect(try parse(["demo"]).action == .demo([]))
        #expect(try parse(["--seed", "1", "demo", "xor", "--save"]).action == .demo(["xor", "--save"]))
        let notebook = try parse(["notebook", "lesson.nn", "-o", "lesson.md", "--ascii"])
        #expect(notebook.action == .notebook(["lesson.nn", "-o", "lesson.md"]))
        #expect(notebook.ascii)
        #expect(try parse(["demo", "xor", "--pause"]).pause)
    }

    @Test(arguments: [
        (["--bogus"], "unknown option '--bogus'"),
        (["--seed"], "--seed expects a value"),
        (["--seed", "1.5"], "--seed expects a whole number"),
        (["a.nn", "b.nn"], "expected one script, got 2"),
        (["-e", "1", "x.nn"], "give either a file or -e CODE"),
        (["--pause"], "--pause needs a script"),
        (["-i", "-"], "-i needs a script file"),
    ])
    func usageErrors(_ words: [String], _ message: String) {
        #expect {
            try CommandLineArguments.parse(words)
        } throws: { error in
            (error as? UsageError)?.message.contains(message) == true
        }
    }
}
