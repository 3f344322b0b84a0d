import Testing
@testable import NeuralEngine

@Suite(.serialized) struct TrainingTests {
    func xorNet(seed: UInt64 = 42) throws -> Network {
        GlobalRandom.seed(seed)
        return try Network(inputs: 2, [LayerSpec(4, .tanh), LayerSpec(1, .sigmoid)])
    }

    @Test func xorReachesLowCost() throws {
        try withOwnRandom {
            let net = try xorNet()
            let h = try net.train(on: TrainingData.logic("xor"), options: TrainingOptions(epochs: 3000, learningRate: 0.5, batch: .all))
            #expect(h.settings.loss == .bce)
            #expect(try #require(h.cost.last) < 0.01)
            #expect(h.accuracy.last == 1)
            #expect(h.updates.last == 3000)
            #expect(try net.predict(TrainingData.logic("xor").x) == Tensor([0, 1, 1, 0]))
        }
    }

    @Test func xorWithMeanSquaredError() throws {
        try withOwnRandom {
            let net = try xorNet(seed: 1)
            let h = try net.train(on: TrainingData.logic("xor"), options: TrainingOptions(epochs: 5000, learningRate: 0.5, batch: .all, loss: .mse))
            #expect(try #require(h.cost.last) < 0.01)
        }
    }

    @Test func irisAbove95Percent() throws {
        try withOwnRandom {
            let iris = try TrainingData.iris()
            GlobalRandom.seed(7)
            let net = try Network(inputs: 4, [LayerSpec(16, .relu), LayerSpec(3, .softmax)])
            let h = try net.train(on: iris, options: TrainingOptions(epochs: 200, learningRate: 0.1, batch: .size(16)))
            #expect(h.settings.lossReason == "softmax output → cross_entropy")
            #expect(h.settings.updatesPerEpoch == 10)
            #expect(try #require(h.accuracy.last) > 0.95)
            let e = try net.evaluate(iris)
            #expect(try #require(e.accuracy) > 0.95)
            #expect(e.confusion.flatMap { $0 }.reduce(0, +) == 150)
        }
    }

    @Test func sameSeedSameWeightsAndHistory() throws {
        try withOwnRandom {
            let iris = try TrainingData.iris()
            func run() throws -> (Network, History) {
                GlobalRandom.seed(99)
                let net = try Network(inputs: 4, [LayerSpec(5, .tanh), LayerSpec(3, .softmax)])
                return (net, try net.train(on: iris, options: TrainingOptions(epochs: 5, batch: .size(8), optimizer: .adamDefault)))
            }
            let (a, ha) = try run(), (b, hb) = try run()
            #expect(a.layers == b.layers)
            #expect(ha.cost.map(\.bitPattern) == hb.cost.map(\.bitPattern))
            #expect(ha.accuracy == hb.accuracy)
        }
    }

    @Test func perceptronLearnsAndOrButNotXor() throws {
        try withOwnRandom {
            for gate in ["and", "or"] {
                GlobalRandom.seed(3)
                let p = try Network(inputs: 2, [LayerSpec(1, .step)])
                let h = try p.train(on: TrainingData.logic(gate), options: TrainingOptions(epochs: 100, learningRate: 0.1))
                #expect(h.settings.kind == .perceptron)
                guard case .converged = h.stop else { Issue.record("\(gate): \(h.stop.message)"); continue }
                #expect(try p.predict(TrainingData.logic(gate).x) == TrainingData.logic(gate).y)
                #expect(h.mistakes.last == 0)
            }
            GlobalRandom.seed(3)
            let p = try Network(inputs: 2, [LayerSpec(1, .step)])
            let h = try p.train(on: TrainingData.logic("xor"), options: TrainingOptions(epochs: 50, learningRate: 0.1))
            guard case .notSeparable(let n, 50) = h.stop else { Issue.record("xor: \(h.stop.message)"); return }
            #expect(n > 0)
            #expect(h.stop.message.hasSuffix("the classes may not be linearly separable"))
        }
    }

    @Test func signPerceptronReadsZeroAsMinusOne() throws {
        try withOwnRandom {
            GlobalRandom.seed(5)
            let p = try Network(inputs: 2, [LayerSpec(1, .sign)])
            let h = try p.train(on: TrainingData.logic("and"), options: TrainingOptions(epochs: 100, learningRate: 0.1))
            #expect(h.stop.message.hasPrefix("converged at epoch"))
            #expect(try p.predict(TrainingData.logic("and").x) == Tensor([0, 0, 0, 1]))
            let e = try p.evaluate(TrainingData.logic("and"))
            #expect(e.cost.cost == 0 && e.accuracy == 1 && h.cost.last == 0)
        }
    }

    @Test func divergenceIsReportedAndWeightsStayFinite() throws {
        try withOwnRandom {
            GlobalRandom.seed(11)
            let net = try Network(inputs: 1, [LayerSpec(3, .linear), LayerSpec(1, .linear)])
            let x = Tensor(rows: 20, cols: 1, (0..<20).map { Double($0) * 10 })
            let y = Tensor((0..<20).map { Double($0) * 30 })
            let h = try net.train(on: Dataset(x: x, y: y), options: TrainingOptions(epochs: 100, learningRate: 5, batch: .all))
            guard case .diverged(let epoch, _, _) = h.stop else { Issue.record(Comment(rawValue: h.stop.message)); return }
            #expect(h.stop.message.contains("learning rate 5 is probably too large"))
            #expect(h.cost.count == epoch - 1)
            #expect(net.layers.allSatisfy { $0.weights.storage.allSatisfy(\.isFinite) && $0.bias.storage.allSatisfy(\.isFinite) })
        }
    }

    @Test func interruptionKeepsWeightsAndHistory() throws {
        try withOwnRandom {
            let net = try xorNet()
            let before = net.layers
            var calls = 0
            let h = try net.train(on: TrainingData.logic("xor"), options: TrainingOptions(epochs: 1000, learningRate: 0.5, batch: .size(1)),
                                  shouldStop: { calls += 1; return calls > 4 * 10 + 2 })
            #expect(h.stop == .cancelled(epoch: 11, updates: 42))
            #expect(h.epochs == 10)
            #expect(net.layers != before)
        }
    }

    @Test func stopsAtTargetAndPatience() throws {
        try withOwnRandom {
            let net = try xorNet()
            var options = TrainingOptions(epochs: 10_000, learningRate: 0.5, batch: .all)
            options.targetLoss = 0.05
            let h = try net.train(on: TrainingData.logic("xor"), options: options)
            guard case .targetReached(let e, let c, 0.05) = h.stop else { Issue.record(Comment(rawValue: h.stop.message)); return }
            #expect(c <= 0.05 && e == h.epochs && e < 10_000)

            // A linear model cannot fit xor: its cost settles and stops improving.
            let flat = try Network(inputs: 2, [LayerSpec(1, .linear, initializer: .zeros)])
            var p = TrainingOptions(epochs: 10_000, learningRate: 0.5, batch: .all)
            p.patience = 3
            p.validation = TrainingData.logic("xor")
            let hp = try flat.train(on: TrainingData.logic("xor"), options: p)
            #expect(hp.epochs < 10_000)
            #expect(hp.stop.message.contains("validation cost did not improve for 3 epochs"))
        }
    }

    @Test func progressIsReportedEachEpoch() throws {
        try withOwnRandom {
            let net = try xorNet()
            var epochs = [Int]()
            _ = try net.train(on: TrainingData.logic("xor"), options: TrainingOptions(epochs: 7, batch: .size(2)),
                              progress: { epochs.append($0.epoch); #expect($0.updates == $0.epoch * 2) })
            #expect(epochs == Array(1...7))
        }
    }

    @Test func settingsLineAndWarnings() throws {
        try withOwnRandom {
            let net = try xorNet()
            let s = try Trainer(TrainingOptions(learningRate: 0.5, batch: .all)).resolve(net, examples: 4)
            #expect(s.description == "m = 4, batch gradient descent (batch 4, 1 update per epoch), lr 0.5, sgd, loss bce (one sigmoid output → bce)")
            let stepHidden = try Network(inputs: 2, [LayerSpec(3, .step), LayerSpec(1, .sigmoid)])
            #expect(try Trainer().resolve(stepHidden, examples: 4).warnings.first?.contains("gradient is 0 everywhere") == true)
            #expect(throws: EngineError.self) { try Trainer(TrainingOptions(learningRate: -1)).resolve(net, examples: 4) }
        }
    }
}
