import Testing
@testable import NeuralEngine

/// `TrainingOptions.evaluatesEachEpoch`: false reports the mean of the
/// mini-batch costs instead of a pass over all the data, and trains the same network.
@Suite(.serialized) struct BatchCostTests {
    func train(_ options: TrainingOptions) throws -> (Network, History) {
        let iris = try TrainingData.iris()
        GlobalRandom.seed(11)
        let net = try Network(inputs: 4, [LayerSpec(8, .relu), LayerSpec(3, .softmax)])
        return (net, try net.train(on: iris, options: options))
    }

    @Test func skippingTheEvaluationTrainsTheSameNetwork() throws {
        try withOwnRandom {
            let options = TrainingOptions(epochs: 20, learningRate: 0.1, batch: .size(16), optimizer: .momentum(0.9))
            var lean = options
            lean.evaluatesEachEpoch = false
            let (a, ha) = try train(options), (b, hb) = try train(lean)
            #expect(a.layers == b.layers)
            #expect(ha.updates == hb.updates)
            #expect(hb.cost.count == 20 && hb.accuracy.count == 20)
            #expect(hb.cost.allSatisfy { $0.isFinite && $0 > 0 })
            // Each batch's cost is taken before its update: the mean lags the exact
            // end-of-epoch cost while the network is still learning.
            #expect(hb.cost[0] > ha.cost[0])
        }
    }

    @Test func batchMeanIsTheCostWhenWeightsHardlyMove() throws {
        try withOwnRandom {
            var lean = TrainingOptions(epochs: 3, learningRate: 1e-12, batch: .size(16))
            lean.evaluatesEachEpoch = false
            let (net, h) = try train(lean)
            let exact = try net.evaluate(TrainingData.iris())
            for c in h.cost { #expect(abs(c - exact.cost.cost) < 1e-9) }
            #expect(h.accuracy.last == exact.accuracy)
        }
    }

    @Test func fullBatchStaysExact() throws {
        try withOwnRandom {
            let options = TrainingOptions(epochs: 10, learningRate: 0.1, batch: .all)
            var lean = options
            lean.evaluatesEachEpoch = false
            let (_, ha) = try train(options), (_, hb) = try train(lean)
            #expect(ha.cost.map(\.bitPattern) == hb.cost.map(\.bitPattern))
        }
    }
}
