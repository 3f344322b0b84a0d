import Foundation
import Testing
@testable import NeuralEngine

/// One PyTorch reference case from Fixtures/case-N.json.
struct Fixture {
    let name: String
    let json: [String: Any]

    static func all() throws -> [Fixture] {
        let dir = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let files = try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        return try files.map { url in
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
            return Fixture(name: url.lastPathComponent, json: try #require(object as? [String: Any]))
        }
    }

    var loss: Loss { Loss(name: json["loss"] as! String)! }
    var layerDicts: [[String: Any]] { json["layers"] as! [[String: Any]] }

    func network() throws -> Network {
        let layers = layerDicts
        let inputs = layers[0]["units"] as! Int
        let specs = layers.dropFirst().map { LayerSpec($0["units"] as! Int, Activation(name: $0["activation"] as! String)!) }
        let net = try Network(inputs: inputs, specs)
        for (l, layer) in layers.enumerated().dropFirst() {
            try net.setWeights(layer: l, Fixture.matrix(layer["W"]))
            try net.setBias(layer: l, Fixture.vector(layer["b"]))
        }
        return net
    }

    var x: Tensor { Fixture.matrix(json["x"]) }
    var y: Tensor {
        if let rows = json["y"] as? [[Double]] { return try! Tensor(rows: rows) }
        return Fixture.vector(json["y"])
    }

    static func matrix(_ v: Any?) -> Tensor { try! Tensor(rows: (v as! [[Any]]).map { $0.map { ($0 as! NSNumber).doubleValue } }) }
    static func vector(_ v: Any?) -> Tensor { Tensor((v as! [Any]).map { ($0 as! NSNumber).doubleValue }) }

    /// `section.after[l]` (or `grads[l]`) as (W, b) per dense layer.
    func perLayer(_ list: Any?) -> [(w: Tensor, b: Tensor)] {
        (list as! [Any]).dropFirst().map { item in
            let d = item as! [String: Any]
            return (Fixture.matrix(d["W"]), Fixture.vector(d["b"]))
        }
    }
}

/// Within 1e-9 relative or 1e-12 absolute, element by element.
func expectClose(_ a: Tensor, _ b: Tensor, _ what: String, rel: Double = 1e-9, abs: Double = 1e-12,
                 sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(a.count == b.count, "\(what): \(a.count) vs \(b.count) numbers", sourceLocation: sourceLocation)
    for (x, y) in zip(a.storage, b.storage) where !(Swift.abs(x - y) <= Swift.max(abs, rel * Swift.max(Swift.abs(x), Swift.abs(y)))) {
        Issue.record("\(what): \(x) vs \(y)", sourceLocation: sourceLocation)
        return
    }
}

func expectClose(_ a: Double, _ b: Double, _ what: String, rel: Double = 1e-9, abs: Double = 1e-12,
                 sourceLocation: SourceLocation = #_sourceLocation) {
    expectClose(Tensor([a]), Tensor([b]), what, rel: rel, abs: abs, sourceLocation: sourceLocation)
}

/// Runs a test body with a random stream of its own, so tests running in
/// parallel never draw from (or reseed) each other's generator.
func withOwnRandom<R>(_ body: () throws -> R) rethrows -> R {
    try GlobalRandom.using(RandomSource(seed: 0), body)
}
