import Testing
@testable import NeuralEngine

/// Data a run cannot use is refused up front, naming the number, instead
/// of training into a nan blamed on the learning rate or a cost below 0.
@Suite struct TrainingInputTests {
    let x = Tensor(rows: 2, cols: 2, [0, 1, 1, 1])

    @Test func bceTargetsMustLieBetweenZeroAndOne() throws {
        try withOwnRandom {
            let net = try Network(inputs: 2, [LayerSpec(1, .sigmoid)])
            let message = "bce needs targets between 0 and 1 (0/1 labels), found 2 at example 1"
            #expect(throws: EngineError(message)) { try net.cost(x: x, y: Tensor([0, 2])) }
            #expect(throws: EngineError(message)) { try net.backward(x: x, y: Tensor([0, 2])) }
            #expect(throws: EngineError(message)) { try net.train(on: Dataset(x: x, y: Tensor([0, 2]))) }
            #expect(throws: EngineError("bce needs targets between 0 and 1 (0/1 labels), found nan at example 0")) {
                try net.cost(x: x, y: Tensor([.nan, 1]))
            }
            // Soft targets inside [0, 1] are fine, as in PyTorch's BCELoss.
            #expect(try net.cost(x: x, y: Tensor([0.25, 1])).cost > 0)
            // Another loss on the same targets is not checked this way.
            #expect(try net.cost(x: x, y: Tensor([0, 2]), loss: .mse).cost > 0)
        }
    }

    @Test func probabilityLossesNeedAProbabilityOutput() throws {
        try withOwnRandom {
            let linear = try Network(inputs: 2, [LayerSpec(3, .linear)])
            #expect(throws: EngineError("cross_entropy reads the outputs as probabilities, but the output layer is linear, whose outputs can lie outside [0, 1]: end the network with dense(3, softmax), or use loss=\"mse\"")) {
                try linear.cost(x: x, y: Tensor([0, 2]), loss: .crossEntropy)
            }
            let relu = try Network(inputs: 2, [LayerSpec(1, .relu)])
            #expect(throws: EngineError.self) { try relu.backward(x: x, y: Tensor([0, 1]), loss: .bce) }
            // sigmoid outputs are probabilities for both, and softmax rows for bce too.
            let sigmoid = try Network(inputs: 2, [LayerSpec(3, .sigmoid)])
            #expect(try sigmoid.cost(x: x, y: Tensor([0, 2]), loss: .crossEntropy).cost > 0)
            let softmax = try Network(inputs: 2, [LayerSpec(2, .softmax)])
            #expect(try softmax.cost(x: x, y: Tensor(rows: 2, cols: 2, [1, 0, 0, 1]), loss: .bce).cost > 0)
        }
    }

    @Test func nanOrInfInTheDataStopsBeforeAnyUpdate() throws {
        try withOwnRandom {
            let net = try Network(inputs: 2, [LayerSpec(1, .sigmoid)])
            let before = net.layers
            let bad = Tensor(rows: 2, cols: 2, [0, 1, 1, .nan])
            #expect(throws: EngineError("the inputs hold nan at example 1, feature 1: training needs finite numbers")) {
                try Trainer().checkData(net, x: bad, y: Tensor([0, 1]))
            }
            let linear = try Network(inputs: 2, [LayerSpec(1, .linear)])
            #expect(throws: EngineError("the targets hold -inf at example 0: training needs finite numbers")) {
                try Trainer().checkData(linear, x: x, y: Tensor([-.infinity, 1]))
            }
            // Trained without the check, the run stops at epoch 1 and names the data as the cause.
            let h = try net.train(on: Dataset(x: bad, y: Tensor([0, 1])))
            #expect(h.stop.message == "stopped at epoch 1: the cost became nan (the inputs hold nan at example 1, feature 1); the network keeps its starting weights")
            var options = TrainingOptions()
            options.validation = Dataset(x: bad, y: Tensor([0, 1]))
            #expect(throws: EngineError("validation set: the inputs hold nan at example 1, feature 1: training needs finite numbers")) {
                try Trainer(options).checkData(net, x: x, y: Tensor([0, 1]))
            }
            #expect(net.layers == before)
            try net.setBias(layer: 1, Tensor([.infinity]))
            #expect(throws: EngineError("b of layer 1 holds inf: training needs finite weights")) {
                try net.train(on: Dataset(x: x, y: Tensor([0, 1])))
            }
        }
    }

    @Test func stepPerceptronReadsMinusOneAsZero() throws {
        try withOwnRandom {
            GlobalRandom.seed(3)
            let p = try Network(inputs: 2, [LayerSpec(1, .step)])
            let and = Dataset(x: TrainingData.logic("and").x, y: Tensor([-1, -1, -1, 1]))
            let h = try p.train(on: and, options: TrainingOptions(epochs: 50))
            #expect(h.stop.message.hasPrefix("converged at epoch"), "\(h.stop.message)")
            #expect(try p.predict(and.x) == Tensor([0, 0, 0, 1]))
            #expect(try p.evaluate(and).accuracy == 1)
            #expect(try p.cost(x: and.x, y: and.y).cost == 0)
        }
    }

    @Test func gradcheckMarksLayersBehindAThreshold() throws {
        try withOwnRandom {
            let net = try Network(inputs: 2, [LayerSpec(3, .step), LayerSpec(2, .tanh), LayerSpec(1, .sigmoid)])
            let check = try net.gradcheck(TrainingData.logic("and"))
            #expect(check.layers.map(\.blockedBy) == [.step, nil, nil])
            #expect(check.layers[1].relativeError < 1e-6 && check.layers[2].relativeError < 1e-6)
            let smooth = try Network(inputs: 2, [LayerSpec(3, .tanh), LayerSpec(1, .sign)])
            #expect(try smooth.gradcheck(TrainingData.logic("and"), loss: .mse).layers.map(\.blockedBy) == [.sign, .sign])
        }
    }
}
