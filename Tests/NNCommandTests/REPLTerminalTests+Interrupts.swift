import Foundation
import Testing

/// Ctrl-C in the REPL, through a pseudo-terminal: at the prompt, in a
/// continued input, in a loop, a loaded script and a training run.
extension REPLTerminalTests {
    @Test func ctrlCAtThePromptDropsTheLine() throws {
        let nn = try start()
        nn.type("this is not finished")
        try nn.expect("finished")
        nn.type("\u{3}")
        try nn.expect("^C")
        try nn.expect("nn> ")
        nn.type("1 + 1\r")
        try nn.expect("2\n")
    }

    @Test func ctrlCAbandonsAContinuedInput() throws {
        let nn = try start()
        nn.type("fn broken(x) {\r")
        try nn.expect("...> ")
        nn.type("\u{3}")
        try nn.expect("nn> ")
        nn.type("3 * 3\r")
        try nn.expect("9\n")
    }

    @Test func ctrlCStopsALongLoopAndKeepsTheState() throws {
        let nn = try start()
        nn.type("count = 0\r")
        try nn.expect("nn> ")
        nn.type("while true { count = count + 1; if count == 1000 { print(\"run\" + \"ning\") } }\r")
        // Ctrl-C flushes unread input: wait until the loop is surely running.
        try nn.expect("running", timeout: 60)
        nn.type("\u{3}")
        try nn.expect("interrupted")
        try nn.expect("nn> ")
        nn.type("count > 0\r")
        try nn.expect("true\n")
    }

    @Test(.enabled(if: NNBinary.knows("train")))
    func ctrlCStopsTrainingAndKeepsTheNetwork() throws {
        let nn = try start()
        nn.type("seed(3); net = network(input(2), dense(4, tanh), dense(1, sigmoid)); xor = dataset(\"xor\")\r")
        try nn.expect("nn> ")
        nn.type("h = train(net, xor, epochs=100000000, lr=0.1)\r")
        // The progress line shows epochs are being run: training has started.
        try nn.expect("lr=0.1)\n")
        try nn.expect("updates", timeout: 60)
        nn.type("\u{3}")
        try nn.expect("interrupted at epoch ", timeout: 60)
        try nn.expect("/100000000")
        try nn.expect("nn> ")
        // The history so far was returned and assigned; the network goes on from its weights.
        nn.type("type(h)\r")
        try nn.expect("history\n")
        nn.type("h.epochs > 0 and len(h.cost) == h.epochs\r")
        try nn.expect("true\n")
        nn.type("abs(cost(net, xor) - h.cost[-1]) < 1e-12\r")
        try nn.expect("true\n")
        nn.type("h2 = train(net, xor, epochs=5, verbose=false)\r")
        try nn.expect("nn> ")
        nn.type("len(h2.cost)\r")
        try nn.expect("5\n")
    }

    @Test func aCtrlCTooLateToStopAnythingLeavesThePromptOnItsOwnLine() throws {
        let nn = try start()
        nn.type("m = randn(900, 900)\r")
        try nn.expect("nn> ")
        // One statement of big products: no safe point inside it.
        nn.type("p = m @ m @ m @ m @ m @ m @ m @ m\r")
        try nn.expect("@ m\n")
        nn.type("\u{3}")
        let between = try nn.expect("nn> ", timeout: 120)
        // The terminal echoed `^C` after the products' (empty) output; the
        // prompt follows a line break, or a row of spaces the terminal wraps.
        #expect(!between.hasSuffix("^C"), "prompt glued to ^C: \(between.debugDescription)")
        nn.type("type(m)\r")
        try nn.expect("tensor\n")
    }

    @Test func ctrlCStopsALoadedScriptAndKeepsWhatRan() throws {
        try folder.write("slow.nn", "before = 1\nprint(\"start\" + \"ed\")\nwhile true { }\nafter = 2\n")
        let nn = try start()
        nn.type(":load slow.nn\r")
        try nn.expect("started", timeout: 60)
        nn.type("\u{3}")
        try nn.expect("interrupted", timeout: 60)
        try nn.expect("slow.nn:3")
        try nn.expect("nn> ")
        nn.type("before + 1\r")
        try nn.expect("2\n")
        nn.type("after\r")
        try nn.expect("unknown name 'after'")
    }

    @Test(.enabled(if: NNBinary.knows("train")), arguments: [60, 100])
    func ctrlCDuringTrainingLeavesOneProgressLine(columns: Int) throws {
        let nn = try PseudoTerminal(arguments: [], environment: ["NN_HISTORY": history], directory: folder.path, columns: UInt16(columns))
        try nn.expect("nn> ")
        nn.type("net = network(input(4), dense(8, relu), dense(3, softmax))\r")
        try nn.expect("nn> ")
        nn.type("train(net, dataset(\"iris\"), epochs=100000000)\r")
        // The progress line's cost, not the settings line's "5 updates per epoch".
        try nn.expect("  cost ", timeout: 60)
        nn.type("\u{3}")
        try nn.expect("interrupted at epoch ", timeout: 60)
        try nn.expect("nn> ")
        // What the screen shows from the settings line to the interruption.
        let screen = nn.transcript
        let start = screen.range(of: "train: m = ")?.upperBound ?? screen.startIndex
        let end = screen.range(of: "interrupted at epoch ", range: start..<screen.endIndex)?.lowerBound ?? screen.endIndex
        let before = String(screen[start..<end])
        // The last redraw covers the echoed ^C: no stale progress line is left above it.
        #expect(!before.contains("^C\n"), "stale progress line: \(before.suffix(300).debugDescription)")
        let progress = before.split(separator: "\n").filter { $0.hasPrefix("epoch ") }
        #expect(progress.count == 1)
        // Each redraw fits the row, so the ^C echo never wraps to a line of its own.
        let last = progress.last.map { $0.components(separatedBy: "epoch ").last ?? "" } ?? ""
        #expect(("epoch " + last).count <= columns - 2)
    }
}
