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
}
