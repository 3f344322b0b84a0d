import Foundation
import Language
import Testing
@testable import Workbench

/// Every built-in's help example runs without an error: a student pastes
/// them into the REPL, so an example that fails teaches the wrong thing.
@Suite struct HelpExampleRunTests {
    /// The names the examples may take for granted, as a lesson would have them.
    static let prelude = """
        seed(1)
        xor = dataset("xor")
        d = dataset("moons", n=40)
        net = network(input(2), dense(4, tanh), dense(1, sigmoid))
        h = train(net, xor, epochs=5, verbose=false)
        g = backward(net, xor)
        x = [1, 0]
        y = [1]
        m = [[1, 2], [3, 4]]
        train_set, test_set = split(d, 0.5)
        digits = dataset("digits")
        h1 = h
        h2 = h
        h3 = h
        noisy = rand(8, 8)
        clean = rand(8, 8)
        out = rand(8, 8)
        save(net, "xor.json")
        """

    @Test func everyExampleRuns() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nn-help-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Examples that read a file find one.
        try "a,b,label\n1,2,yes\n3,4,no\n".write(to: folder.appendingPathComponent("data.csv"), atomically: true, encoding: .utf8)
        try "petal,sepal,species\n1,2,setosa\n3,4,virginica\n".write(to: folder.appendingPathComponent("flowers.csv"), atomically: true, encoding: .utf8)
        try "rooms,area,price\n3,70,100\n4,90,150\n".write(to: folder.appendingPathComponent("houses.csv"), atomically: true, encoding: .utf8)

        let names = Session(output: BufferSink()).interpreter.builtins.keys.sorted()
        for name in names {
            let sink = BufferSink()
            let session = Session(output: sink)
            guard let builtin = session.interpreter.builtins[name] else { continue }
            session.run(SourceFile(name: "prelude.nn", text: Self.prelude, directory: folder.path))
            let outcome = session.run(SourceFile(name: "help(\(name))", text: builtin.help.example, directory: folder.path))
            let errors = sink.diagnostics.filter { $0.severity == .error }.map(\.message)
            #expect(outcome == .success && errors.isEmpty, "the example of \(name) fails: \(errors)")
        }
    }

    /// Activations are values, not built-ins, but their pages have examples too.
    @Test func everyActivationExampleRuns() {
        #expect(HelpTopics.activationPages.map(\.name).sorted() == ["leaky_relu", "linear", "relu", "sigmoid", "sign", "softmax", "step", "tanh"])
        for page in HelpTopics.activationPages {
            let sink = BufferSink()
            let session = Session(output: sink)
            let outcome = session.run(SourceFile(name: "help(\(page.name))", text: page.example, directory: "."))
            let errors = sink.diagnostics.filter { $0.severity == .error }.map(\.message)
            #expect(outcome == .success && errors.isEmpty, "the example of \(page.name) fails: \(errors)")
        }
    }

    /// The overview lists names; each must have a page with a call, a purpose, a concept and an example.
    @Test func everyNameInTheOverviewHasAFullPage() throws {
        let session = Session(output: BufferSink())
        let builtins = session.interpreter.builtins
        let overview = HelpBuiltins.overview(builtins, RenderOptions(width: 72))
        // The overview: a title, a blank line, one row of names per concept (names from column 13), a blank line.
        let names = overview.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2)
            .prefix { !$0.isEmpty }
            .flatMap { $0.dropFirst(13).split(separator: " ").map(String.init) }
        #expect(names.count >= 60)
        for name in names {
            let text = try HelpBuiltins.page(for: .string(name), builtins: builtins, options: RenderOptions(width: 72))
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.first?.hasPrefix(name) == true, "help(\(name)) does not start with its call: \(lines.first ?? "")")
            // The purpose: a line indented two spaces between the call (which may take several lines) and the concept.
            let beforeConcept = lines.prefix { !$0.hasPrefix("  concept: ") }.dropFirst()
            #expect(beforeConcept.contains { $0.hasPrefix("  ") && $0.dropFirst(2).first?.isWhitespace == false && $0.count > 10 },
                    "help(\(name)) has no purpose line")
            #expect(text.contains("\n  concept: "), "help(\(name)) names no concept")
            #expect(text.contains("\n  example:\n    "), "help(\(name)) has no example")
        }
    }
}
