import Foundation
import Testing

/// The REPL driven through a pseudo-terminal: readline, history, Tab,
/// Ctrl-C and Ctrl-D as a student meets them.
@Suite(.serialized) struct REPLTerminalTests {
    let folder: TemporaryFolder
    let history: String

    init() throws {
        folder = try TemporaryFolder()
        history = folder.path + "/history"
    }

    func start(_ arguments: [String] = []) throws -> PseudoTerminal {
        let nn = try PseudoTerminal(arguments: arguments, environment: ["NN_HISTORY": history], directory: folder.path)
        try nn.expect("nn> ")
        return nn
    }

    @Test func bannerPromptAndEvaluation() throws {
        let version = try NNBinary.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let nn = try start()
        #expect(!version.isEmpty && nn.transcript.hasPrefix(version + ":"))
        #expect(nn.transcript.contains(":help"))
        nn.type("6 * 7\r")
        try nn.expect("42\n")
        try nn.expect("nn> ")
    }

    @Test func multiLineFunction() throws {
        let nn = try start()
        nn.type("fn square(x) {\r")
        try nn.expect("...> ")
        nn.type("  return x * x\r")
        try nn.expect("...> ")
        nn.type("}\r")
        try nn.expect("nn> ")
        nn.type("square(\r")
        try nn.expect("...> ")
        nn.type("12)\r")
        try nn.expect("144\n")
    }

    @Test func errorShowsCaretAndSessionGoesOn() throws {
        let nn = try start()
        nn.type("kept = 5\r")
        try nn.expect("nn> ")
        nn.type("kept + unknwn\r")
        try nn.expect("<repl:2>:1:8")
        try nn.expect("^^^^^^")
        try nn.expect("nn> ")
        nn.type("kept\r")
        try nn.expect("5\n")
    }

    @Test func historyIsRecalledAfterARestart() throws {
        do {
            let first = try start()
            first.type("remembered = 31\r")
            try first.expect("nn> ")
            first.type("\u{4}")
            #expect(try first.waitForExit() == 0)
        }
        let saved = try String(contentsOfFile: history, encoding: .utf8)
        #expect(saved.contains("remembered = 31"))
        let second = try start()
        second.type("\u{1B}[A")  // Up: the last input comes back
        try second.expect("remembered = 31")
        second.type("\r")
        try second.expect("nn> ")
        second.type("remembered + 1\r")
        try second.expect("32\n")
        try second.expect("nn> ")
        second.type("\u{12}bered =")  // Ctrl-R searches back through past inputs
        try second.expect("remembered = 31")
        second.type("\r")
        try second.expect("nn> ")
        second.type("remembered\r")
        try second.expect("31\n")
    }

    @Test func tabCompletesABuiltin() throws {
        let nn = try start()
        nn.type("rang\t")
        try nn.expect("range")
        nn.type("(3)\r")
        try nn.expect("[0, 1, 2]")
    }

    @Test(.enabled(if: NNBinary.knows("train")))
    func tabCompletesTrain() throws {
        let nn = try start()
        // `tra` is also `transpose`, but the lecture's verb wins the first Tab.
        nn.type("tra\t")
        try nn.expect("train")
        nn.type("\r")
        try nn.expect("<built-in train>")
        try nn.expect("nn> ")
    }

    @Test func tabCompletesAKeywordArgument() throws {
        let nn = try start()
        nn.type("layer = dense(3, acti\t")
        try nn.expect("activation=")
        nn.type("relu)\r")
        try nn.expect("nn> ")
        nn.type("type(layer)\r")
        try nn.expect("layer\n")
    }

    @Test func tabCompletesAFileNameInAString() throws {
        try folder.write("numbers-data.csv", "x,y\n1,2\n")
        let nn = try start()
        nn.type("name = \"numbers-d\t")
        try nn.expect("numbers-data.csv\"")
        nn.type("\r")
        try nn.expect("nn> ")
        nn.type("name\r")
        try nn.expect("numbers-data.csv\n")
    }

    @Test func aMultiLineInputComesBackWholeAfterARestart() throws {
        do {
            let first = try start()
            first.type("fn twice(x) {\r")
            try first.expect("...> ")
            first.type("  return 2 * x\r")
            try first.expect("...> ")
            first.type("}\r")
            try first.expect("nn> ")
            first.type("\u{4}")
            #expect(try first.waitForExit() == 0)
        }
        let second = try start()
        second.type("\u{1B}[A")
        try second.expect("return 2 * x")
        second.type("\r")
        try second.expect("nn> ")
        second.type("twice(21)\r")
        try second.expect("42\n")
    }

    @Test func arabicNamesInTheCLocale() throws {
        let nn = try PseudoTerminal(arguments: [], environment: ["NN_HISTORY": history, "LANG": "C", "LC_ALL": "C"], directory: folder.path)
        try nn.expect("nn> ")
        nn.type("معدل_التعلم = 0.25\r")
        try nn.expect("nn> ")
        nn.type("معدل_التعلم * 2\r")
        try nn.expect("0.5\n")
        // nn got the name as typed, not a mangled one used the same way twice.
        nn.type("len(\"سلام\")\r")
        try nn.expect("4\n")
        nn.type(":vars\r")
        try nn.expect("معدل_التعلم  number")
        // Editing moves over whole letters: Left twice, then type in between
        // (nn edits as C.UTF-8 then; a system without that locale cannot).
        guard let utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil) else { return }
        freelocale(utf8)
        nn.type("s = \"سلام\"\u{1B}[D\u{1B}[DZ\r")
        try nn.expect("nn> ")
        nn.type("s\r")
        try nn.expect("سلاZم\n")
        nn.type("plot(sigmoid)\r")
        try nn.expect("+------+")  // charts stay ASCII in the C locale
    }

    @Test(.enabled(if: NNBinary.knows("train")))
    func tabCompletesTrainsKeywordArguments() throws {
        let nn = try start()
        nn.type("train(net, d, ep\t")
        try nn.expect("epochs=")
        nn.type("\u{3}")
        try nn.expect("nn> ")
        nn.type("train net, d, ep\t")
        try nn.expect("epochs=")
    }

    @Test func ctrlDLeavesWithStatusZero() throws {
        let nn = try start()
        nn.type("\u{4}")
        #expect(try nn.waitForExit() == 0)
    }

    @Test func quitLeavesWithStatusZero() throws {
        let nn = try start()
        nn.type(":quit\r")
        #expect(try nn.waitForExit() == 0)
    }

    @Test func interactiveScriptOpensTheREPLWithItsVariables() throws {
        let script = try folder.write("start.nn", "answer = 41\n")
        let nn = try start(["-i", script])
        nn.type("answer + 1\r")
        try nn.expect("42\n")
    }

    @Test func saveWritesOnlyInputsThatRan() throws {
        let nn = try start()
        nn.type("a = 2\r")
        try nn.expect("nn> ")
        nn.type("b = nothing\r")
        try nn.expect("nn> ")
        nn.type("c = a * 3\r")
        try nn.expect("nn> ")
        nn.type(":save session.nn\r")
        try nn.expect("saved 2 inputs")
        #expect(folder.read("session.nn") == "a = 2\nc = a * 3\n")
    }

    @Test func saveAfterAScriptWritesAFileThatRunsOnItsOwn() throws {
        let script = try folder.write("lesson.nn", "# weights\nw = [1, 2]\nfn scale(v) {\n  return 3 * v\n}\nbroken = nope\nlater = 1\n")
        let nn = try start(["-i", script])
        nn.type("s = scale(w)\r")
        try nn.expect("nn> ")
        nn.type(":save all.nn\r")
        try nn.expect("saved 2 inputs")
        #expect(folder.read("all.nn") == "# weights\nw = [1, 2]\nfn scale(v) {\n  return 3 * v\n}\ns = scale(w)\n")
        let rerun = try NNBinary.run(["-i", "all.nn"], input: "s\nlater\n", directory: folder.path)
        #expect(rerun.stdout.contains("[3, 6]"))
        #expect(rerun.stderr.contains("unknown name 'later'"))
    }

    @Test func saveAfterQAtAPauseStartsWithTheStatementsShown() throws {
        let script = try folder.write("talk.nn", "## Two numbers\na = 5\nb = a * 2\nc = b + 1\n")
        let nn = try PseudoTerminal(arguments: ["--pause", script], environment: ["NN_HISTORY": history, "NO_COLOR": "1"], directory: folder.path)
        try nn.expect("nn> a = 5 ")
        nn.type("\r")
        try nn.expect("nn> b = a * 2 ")
        nn.type("\r")
        try nn.expect("nn> c = b + 1 ")
        // q here: c was shown but never ran, so it is not saved.
        nn.type("q\r")
        try nn.expect(":help")
        try nn.expect("nn> ")
        nn.type("d = b - 1\r")
        try nn.expect("nn> ")
        nn.type(":save talk2.nn\r")
        try nn.expect("saved 2 inputs")
        #expect(folder.read("talk2.nn") == "## Two numbers\na = 5\nb = a * 2\nd = b - 1\n")
        let rerun = try NNBinary.run(["talk2.nn"], directory: folder.path)
        #expect(rerun.status == 0)
    }

    @Test(.enabled(if: NNBinary.knows("train")))
    func aTrainingRunStoppedByCtrlCIsSavedAsAComment() throws {
        let nn = try start()
        nn.type("net = network(input(2), dense(4, tanh), dense(1, sigmoid)); xor = dataset(\"xor\")\r")
        try nn.expect("nn> ")
        nn.type("h = train(net, xor, epochs=100000000)\r")
        try nn.expect("updates", timeout: 60)
        nn.type("\u{3}")
        try nn.expect("interrupted at epoch ", timeout: 60)
        try nn.expect("nn> ")
        nn.type(":save run.nn\r")
        try nn.expect("saved 2 inputs")
        let saved = try #require(folder.read("run.nn"))
        #expect(saved.contains("\n# h = train(net, xor, epochs=100000000)\n"))
        #expect(!saved.contains("\nh = train"))
        #expect(try NNBinary.run(["run.nn"], directory: folder.path).status == 0)
    }

    @Test func aCallChainAcrossInputsNamesEachInput() throws {
        let nn = try start()
        nn.type("fn inner(x) {\r")
        try nn.expect("...> ")
        nn.type("  return x + missing\r")
        try nn.expect("...> ")
        nn.type("}\r")
        try nn.expect("nn> ")
        nn.type("inner(1)\r")
        try nn.expect("--> <repl:1>:2:14")
        try nn.expect("2 |   return x + missing")
        try nn.expect("in fn inner at <repl:1>:2:14, called from <repl:2>:1:1")
    }
}

extension NNBinary {
    /// Whether the built nn defines a global `name` (built-ins arrive as other work lands).
    static func knows(_ name: String) -> Bool {
        (try? run(["-e", "type(\(name))"]))?.status == 0
    }
}
