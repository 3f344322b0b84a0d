import Foundation
import Testing
import Language
@testable import Workbench

/// save / load_model through scripts, in a fresh temporary folder each.
@Suite final class FileBuiltinTests {
    let folder: String = {
        let path = NSTemporaryDirectory() + "nn-file-tests-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    func run(_ source: String) -> (stdout: String, diagnostics: [Diagnostic]) {
        runScript(source, directory: folder)
    }

    @Test func savedNetworkLoadsBackWithTheSameWeights() throws {
        let (out, diagnostics) = run("""
        seed(1)
        net = network(input(2), dense(3, tanh), dense(1, sigmoid))
        save(net, "net.json")
        back = load_model("net.json")
        print(back.layers[1].W == net.layers[1].W)
        print(back.layers[2].b == net.layers[2].b, back.layers[2].W == net.layers[2].W)
        type(back)
        """)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        #expect(out == "[[1, 1], [1, 1], [1, 1]]\n[1] [[1, 1, 1]]\nnetwork\n")
        #expect(FileManager.default.fileExists(atPath: folder + "/net.json"))
    }

    @Test func saveIsQuietAndReturnsNone() {
        let (out, diagnostics) = run("net = perceptron(2)\nsave(net, \"p.json\")")
        #expect(diagnostics.isEmpty)
        #expect(out == "")
    }

    @Test func refusesToOverwriteAFileThatIsNotAModel() throws {
        try "a,b\n1,2\n".write(toFile: folder + "/data.csv", atomically: true, encoding: .utf8)
        let (_, diagnostics) = run("net = perceptron(2)\nsave(net, \"data.csv\")")
        let d = try #require(diagnostics.first)
        #expect(d.message == "save: refusing to overwrite data.csv: it exists and is not an nn model")
        #expect(d.range?.start.column == 11)
        #expect(try String(contentsOfFile: folder + "/data.csv", encoding: .utf8) == "a,b\n1,2\n")
    }

    @Test func damagedOrMissingFilesAreErrors() throws {
        try "{\"format\": \"nn-model\", \"version\": 1, \"inp".write(toFile: folder + "/broken.json", atomically: true, encoding: .utf8)
        try "hello".write(toFile: folder + "/hello.txt", atomically: true, encoding: .utf8)
        let broken = run("load_model(\"broken.json\")").diagnostics.first?.message ?? ""
        #expect(broken.hasPrefix("load_model: broken.json is a damaged nn model"))
        let foreign = run("load_model(\"hello.txt\")").diagnostics.first?.message ?? ""
        #expect(foreign == "load_model: hello.txt is not an nn model: it is not JSON")
        let missing = run("load_model(\"nothing.json\")").diagnostics.first?.message ?? ""
        #expect(missing == "load_model: cannot read nothing.json: no such file")
        #expect(run("save(3, \"x.json\")").diagnostics.first?.message == "save: net must be a network, got 3")
    }
}
