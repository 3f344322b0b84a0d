import Testing
@testable import Workbench

/// When the REPL asks for another line, and how `:` commands parse.
@Suite struct REPLInputTests {
    @Test(arguments: [
        "fn f(x) {", "print(1,", "[1, 2,", "x = 1 +", "a and", "y = 2 *", "m = [[1, 2],",
        "if x {\n  y = 1", "train(net,  # a comment\n", "x = not", "z = 3 ==",
    ])
    func needsMoreInput(_ text: String) {
        #expect(InputScanner.scan(text).needsMoreInput, "\(text.debugDescription) should continue")
    }

    @Test(arguments: [
        "x = 1", "print(\"(\")", "print(\"a, \")", "f(x)", "x = 1 # (", "}", "print(1))",
        "fn f(x) {\n  return x\n}", "s = \"unclosed (", "x = -1", "y = a.b", "x = 1;",
    ])
    func isComplete(_ text: String) {
        #expect(!InputScanner.scan(text).needsMoreInput, "\(text.debugDescription) should run")
    }

    @Test(arguments: ["print(\"abc", "x = [1, \"a", "f(1,\n\"b", "fn f() {\n  s = \"open"])
    func aStringLeftOpenAtTheEndOfALineEndsTheInput(_ lines: String) {
        #expect(!InputScanner.needsMoreLines(lines), "\(lines.debugDescription) can never be mended")
    }

    @Test(arguments: ["print(\"(\"", "fn f() {\n  s = \"}\"", "x = 1 +", "f(1,"])
    func linesThatStillNeedMore(_ lines: String) {
        #expect(InputScanner.needsMoreLines(lines), "\(lines.debugDescription) should continue")
    }

    @Test func stringStateAtTheEnd() {
        let open = InputScanner.scan("load(\"data/ir")
        #expect(open.inString)
        #expect(open.stringSoFar == "data/ir")
        #expect(!InputScanner.scan("load(\"a\\\"b\"").inString)
        #expect(InputScanner.scan("x = \"a\\\"b").inString)
    }

    @Test func calleeOfTheOpenCall() {
        let scan = InputScanner.scan("h = train(net, relu(x), ep")
        #expect(scan.open.last?.callee == "train")
    }

    @Test func commands() {
        #expect(REPLCommand.parse(":help") == .help)
        #expect(REPLCommand.parse("  :vars ") == .vars)
        #expect(REPLCommand.parse(":save lesson.nn") == .save(path: "lesson.nn", overwrite: false))
        #expect(REPLCommand.parse(":save! \"my lesson.nn\"") == .save(path: "my lesson.nn", overwrite: true))
        #expect(REPLCommand.parse(":load lessons/xor.nn") == .load(path: "lessons/xor.nn"))
        #expect(REPLCommand.parse(":reset") == .reset)
        #expect(REPLCommand.parse(":quit") == .quit)
        #expect(REPLCommand.parse("x = 1") == nil)
        guard case .invalid(let missing) = REPLCommand.parse(":save") else { Issue.record("expected invalid"); return }
        #expect(missing.contains("expects a file name"))
        guard case .invalid(let unknown) = REPLCommand.parse(":frobnicate") else { Issue.record("expected invalid"); return }
        #expect(unknown.contains("unknown REPL command ':frobnicate'"))
        guard case .invalid(let extra) = REPLCommand.parse(":vars x") else { Issue.record("expected invalid"); return }
        #expect(extra.contains("takes no argument"))
    }

    @Test(arguments: [(":vras", ":vars"), (":sav", ":save"), (":lod", ":load"), (":rest", ":reset")])
    func unknownCommandSuggestsTheClosest(typed: String, meant: String) {
        guard case .invalid(let message) = REPLCommand.parse(typed) else { Issue.record("expected invalid"); return }
        #expect(message.contains("did you mean '\(meant)'?"))
    }

    @Test func unrelatedCommandSuggestsNothing() {
        guard case .invalid(let message) = REPLCommand.parse(":frobnicate") else { Issue.record("expected invalid"); return }
        #expect(!message.contains("did you mean"))
    }
}
