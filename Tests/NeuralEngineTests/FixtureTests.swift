import Foundation
import Testing
@testable import NeuralEngine

/// Every PyTorch reference case: output, cost, gradients, and the SGD,
/// momentum and Adam steps.
@Suite struct FixtureTests {
    @Test func fixturesArePresent() throws {
        #expect(try Fixture.all().count >= 12)
    }

    @Test func outputCostAndGradients() throws {
        for f in try Fixture.all() {
            let net = try f.network()
            expectClose(try net.forward(f.x), Fixture.matrix(f.json["output"]), "\(f.name) output")
            let g = try net.backward(x: f.x, y: f.y, loss: f.loss)
            expectClose(g.cost.cost, (f.json["cost"] as! NSNumber).doubleValue, "\(f.name) cost")
            expectClose(try net.cost(x: f.x, y: f.y, loss: f.loss).cost, (f.json["cost"] as! NSNumber).doubleValue, "\(f.name) evaluated cost")
            for (l, expected) in f.perLayer(f.json["grads"]).enumerated() {
                expectClose(g.layers[l].weights, expected.w, "\(f.name) dJ/dW^\(l + 1)")
                expectClose(g.layers[l].bias, expected.b, "\(f.name) dJ/db^\(l + 1)")
            }
        }
    }

    @Test func sgdStep() throws {
        for f in try Fixture.all() {
            let net = try f.network()
            let sgd = f.json["sgd"] as! [String: Any]
            try net.update(with: try net.backward(x: f.x, y: f.y, loss: f.loss), learningRate: (sgd["lr"] as! NSNumber).doubleValue)
            expectLayers(net, f.perLayer(sgd["after"]), "\(f.name) sgd")
        }
    }

    @Test func momentumAndAdamSteps() throws {
        for f in try Fixture.all() {
            for (section, kind) in [("momentum", OptimizerKind.momentum(0.9)), ("adam", .adamDefault)] {
                let settings = f.json[section] as! [String: Any]
                var optimizer = kind
                if section == "momentum" { optimizer = .momentum((settings["momentum"] as! NSNumber).doubleValue) }
                if section == "adam" {
                    optimizer = .adam(beta1: (settings["beta1"] as! NSNumber).doubleValue,
                                      beta2: (settings["beta2"] as! NSNumber).doubleValue,
                                      epsilon: (settings["eps"] as! NSNumber).doubleValue)
                }
                let net = try f.network()
                let opt = Optimizer(optimizer, for: net)
                for _ in 0..<(settings["steps"] as! Int) {
                    try opt.step(net, gradients: try net.backward(x: f.x, y: f.y, loss: f.loss), learningRate: (settings["lr"] as! NSNumber).doubleValue)
                }
                expectLayers(net, f.perLayer(settings["after"]), "\(f.name) \(section)")
            }
        }
    }

    /// The training loop itself (full batch, 3 epochs) lands on PyTorch's weights too.
    @Test func trainingLoopMatchesOptimizerSteps() throws {
        for f in try Fixture.all() {
            for section in ["sgd", "momentum", "adam"] {
                let settings = f.json[section] as! [String: Any]
                let steps = (settings["steps"] as? Int) ?? 1
                let optimizer: OptimizerKind = section == "sgd" ? .sgd
                    : section == "momentum" ? .momentum((settings["momentum"] as! NSNumber).doubleValue) : .adamDefault
                let net = try f.network()
                let options = TrainingOptions(epochs: steps, learningRate: (settings["lr"] as! NSNumber).doubleValue,
                                              batch: .all, loss: f.loss, optimizer: optimizer)
                let h = try net.train(on: Dataset(x: f.x, y: f.y), options: options)
                #expect(h.updates.last == steps)
                expectLayers(net, f.perLayer(settings["after"]), "\(f.name) \(section) by train")
            }
        }
    }

    func expectLayers(_ net: Network, _ expected: [(w: Tensor, b: Tensor)], _ what: String,
                      sourceLocation: SourceLocation = #_sourceLocation) {
        for (l, e) in expected.enumerated() {
            expectClose(net.layers[l].weights, e.w, "\(what) W^\(l + 1)", sourceLocation: sourceLocation)
            expectClose(net.layers[l].bias, e.b, "\(what) b^\(l + 1)", sourceLocation: sourceLocation)
        }
    }
}
