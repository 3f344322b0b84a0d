import Foundation
import Testing
@testable import NeuralEngine

@Suite struct ModelFileTests {
    func tempDir() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nn-model-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func roundTripIsBitExact() throws {
        try withOwnRandom {
            GlobalRandom.seed(17)
            let net = try Network(inputs: 3, [LayerSpec(5, .leakyRelu, initializer: .normal), LayerSpec(4, .softmax)])
            try net.setBias(layer: 1, Tensor([0.1, 1e-300, 5e-324, -0.0, 123456789.123456789]))
            try net.setWeights(layer: 2, try net.layer(2).weights.map { $0 * 1e7 / 3 })
            let dir = try tempDir()
            let path = dir.appendingPathComponent("net.json").path
            try ModelFile.save(net, to: path)
            let back = try ModelFile.load(from: path)
            #expect(back.inputCount == 3 && back.layers.map(\.activation) == [.leakyRelu, .softmax])
            for (a, b) in zip(net.layers, back.layers) {
                #expect(a.weights.storage.map(\.bitPattern) == b.weights.storage.map(\.bitPattern))
                #expect(a.bias.storage.map(\.bitPattern) == b.bias.storage.map(\.bitPattern))
            }
            // Saving again over our own model is fine, and leaves no temporary files.
            try ModelFile.save(back, to: path)
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["net.json"])
        }
    }

    /// A model opened and saved back by an editor may gain a byte order mark or CRLF line ends.
    @Test func editorSavedModelsStillLoad() throws {
        try withOwnRandom {
            GlobalRandom.seed(4)
            let net = try Network(inputs: 2, [LayerSpec(3, .tanh), LayerSpec(1, .sigmoid)])
            let text = try ModelFile.encode(net)
            for variant in [Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8), Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)] {
                let back = try ModelFile.decode(variant, name: "net.json")
                #expect(back.layers == net.layers)
            }
        }
    }

    @Test func refusesToOverwriteOtherFiles() throws {
        let dir = try tempDir()
        let csv = dir.appendingPathComponent("data.csv")
        try Data("a,b\n1,2\n".utf8).write(to: csv)
        let net = try Network(inputs: 2, [LayerSpec(1, .sigmoid)])
        #expect(throws: EngineError("refusing to overwrite data.csv: it exists and is not an nn model")) {
            try ModelFile.save(net, to: csv.path)
        }
        #expect(try String(contentsOf: csv, encoding: .utf8) == "a,b\n1,2\n")
    }

    @Test func refusesNonFiniteWeights() throws {
        let net = try Network(inputs: 1, [LayerSpec(1, .linear)])
        try net.setBias(layer: 1, Tensor([.nan]))
        #expect(throws: EngineError.self) { try ModelFile.encode(net) }
    }

    @Test func damagedAndForeignFilesGiveClearErrors() throws {
        // Fixed weights: where the half-way cut lands must not depend on the draw.
        let good = try GlobalRandom.using(RandomSource(seed: 1)) {
            try ModelFile.encode(try Network(inputs: 2, [LayerSpec(2, .tanh), LayerSpec(1, .sigmoid)]))
        }
        let cases: [(String, String)] = [
            ("hello", "net.json is not an nn model: it is not JSON"),
            ("{\"name\": 1}", "net.json is not an nn model: expected \"format\": \"nn-model\""),
            ("[1, 2]", "net.json is not an nn model: expected \"format\": \"nn-model\""),
            (good.replacingOccurrences(of: "\"version\": 1", with: "\"version\": 7"), "net.json is an nn model of version 7; this nn reads versions up to 1"),
            (good.replacingOccurrences(of: "\"tanh\"", with: "\"swish\""), "net.json is a damaged nn model: layer 1 has an unknown activation swish"),
            (good.replacingOccurrences(of: "\"units\": 2", with: "\"units\": 3"), "net.json is a damaged nn model: layer 1's W must be 3×2 (units × inputs), got 2 rows"),
            (good.replacingOccurrences(of: "\"input\": 2", with: "\"input\": -2"), "net.json is a damaged nn model: \"input\" must be a whole number from 1 to 1000000000, got -2"),
            (good.replacingOccurrences(of: "\"input\": 2", with: "\"input\": 1e12"), "net.json is a damaged nn model: \"input\" must be a whole number from 1 to 1000000000, got 1000000000000"),
            (good.replacingOccurrences(of: "\"units\": 2", with: "\"units\": \"two\""), "net.json is a damaged nn model: layer 1's \"units\" must be a whole number from 1 to 1000000000, got the text \"two\""),
            (good.replacingOccurrences(of: "\"version\": 1", with: "\"version\": 1.5"), "net.json is a damaged nn model: \"version\" must be a whole number, got 1.5"),
            (good.replacingOccurrences(of: "\"version\": 1,", with: ""), "net.json is a damaged nn model: it has no version"),
            ("", "net.json is not an nn model: it is empty"),
            (" \n", "net.json is not an nn model: it is empty"),
        ]
        do {
            _ = try ModelFile.decode(Data(good.prefix(good.count / 2).utf8), name: "net.json")
            Issue.record("a model cut in half was read")
        } catch {
            #expect(error.message.hasPrefix("net.json is a damaged nn model: it is not valid JSON (unexpected end at byte"))
        }
        for (text, message) in cases {
            #expect(throws: EngineError(message)) { try ModelFile.decode(Data(text.utf8), name: "net.json") }
        }
        #expect(throws: EngineError("cannot read missing.json: no such file")) {
            try ModelFile.load(from: try tempDir().appendingPathComponent("missing.json").path)
        }
        #expect(throws: EngineError.self) { try ModelFile.decode(Data([0xff, 0xfe, 0x00, 0x81]), name: "x") }
        let folder = try tempDir()
        #expect(throws: EngineError("cannot read \(folder.lastPathComponent): it is a folder, not a model file")) {
            try ModelFile.load(from: folder.path)
        }
        // A number past the largest double says so, instead of "expected a value".
        let huge = good.replacingOccurrences(of: "\"b\": [0, 0]", with: "\"b\": [1e999, 0]")
        #expect(huge != good)
        do {
            _ = try ModelFile.decode(Data(huge.utf8), name: "net.json")
            Issue.record("a weight of 1e999 was read")
        } catch {
            #expect(error.message.hasPrefix("net.json is a damaged nn model: it is not valid JSON (the number 1e999 is too large for a 64-bit float at byte"), "\(error.message)")
        }
        // Bad rows and biases say what they found.
        let shortRow = good.replacingOccurrences(of: "\"b\": [0, 0]", with: "\"b\": [0]")
        #expect(throws: EngineError("net.json is a damaged nn model: layer 1's b must have 2 numbers, got 1")) {
            try ModelFile.decode(Data(shortRow.utf8), name: "net.json")
        }
    }
}
