import Testing
@testable import NeuralEngine

@Suite struct NetworkTests {
    func net() throws -> Network {
        let n = try Network(inputs: 2, [LayerSpec(2, .relu), LayerSpec(1, .linear)])
        try n.setWeights(layer: 1, Tensor(rows: 2, cols: 2, [1, -1, 2, 0.5]))
        try n.setBias(layer: 1, Tensor([0, -1]))
        try n.setWeights(layer: 2, Tensor([3, -2]))
        try n.setBias(layer: 2, Tensor([0.5]))
        return n
    }

    @Test func forwardByHand() throws {
        let n = try net()
        // z1 = [1*1 - 1*2, 2*1 + 0.5*2 - 1] = [-1, 2]; a1 = [0, 2]; z2 = 0 - 4 + 0.5
        #expect(try n.forward(Tensor([1, 2])) == Tensor([-3.5]))
        let t = try n.trace(Tensor(rows: 2, cols: 2, [1, 2, 0, 0]))
        #expect(t.layers[0].z == Tensor(rows: 2, cols: 2, [-1, 2, 0, -1]))
        #expect(t.layers[0].a == Tensor(rows: 2, cols: 2, [0, 2, 0, 0]))
        #expect(t.output == Tensor(rows: 2, cols: 1, [-3.5, 0.5]))
    }

    @Test func shapeErrorsSayWhatWasExpected() throws {
        let n = try net()
        #expect(throws: ShapeError("dense layer 1 expects 2 inputs, got 3")) { try n.forward(Tensor([1, 2, 3])) }
        #expect(throws: EngineError("layer 0 is the input layer: it has no weights or biases")) { try n.layer(0) }
        #expect(throws: EngineError("this network has layers 0…2 (0 is the input), got layer 3")) { try n.layer(3) }
        #expect(throws: EngineError("layer 1: W has shape 2×2 (units × inputs), got 3×2")) {
            try n.setWeights(layer: 1, Tensor(rows: 3, cols: 2, [1, 2, 3, 4, 5, 6]))
        }
        #expect(throws: EngineError.self) { try n.backward(x: Tensor(rows: 2, cols: 2, [1, 2, 3, 4]), y: Tensor([1, 2, 3])) }
        let softmax = try Network(inputs: 2, [LayerSpec(3, .softmax)])
        #expect(throws: EngineError("cross_entropy needs class indices 0…2 (the network has 3 outputs), found 3 at example 1")) {
            try softmax.backward(x: Tensor(rows: 2, cols: 2, [1, 2, 3, 4]), y: Tensor([0, 3]))
        }
    }

    @Test func emptyInputsNeverTrap() throws {
        let n = try net()
        #expect(try n.forward(Tensor(zerosRows: 0, cols: 2)).shape == [0, 1])
        #expect(try n.predict(Tensor(zerosRows: 0, cols: 2)).count == 0)
        #expect(throws: EngineError("the data has no examples")) { try n.backward(x: Tensor(zerosRows: 0, cols: 2), y: Tensor([])) }
        #expect(throws: EngineError.self) { try n.evaluate(x: Tensor(zerosRows: 0, cols: 2), y: Tensor([])) }
        #expect(throws: EngineError.self) { try n.train(on: Dataset(x: Tensor(zerosRows: 0, cols: 2), y: Tensor([]))) }
        #expect(throws: EngineError.self) {
            try n.backward(x: Tensor(rows: 1, cols: 2, [1, 2]), y: Tensor([.nan]), loss: .crossEntropy)
        }
    }

    @Test func copyIsIndependent() throws {
        let a = try net()
        let b = a.copy()
        try b.setBias(layer: 2, Tensor([9]))
        #expect(a.layers[1].bias == Tensor([0.5]))
        #expect(b.layers[1].bias == Tensor([9]))
        #expect(a.parameterCount == 9 && a.unitsPerLayer == [2, 2, 1])
    }

    @Test func autoLossRule() throws {
        #expect(Loss.resolve(nil, outputActivation: .softmax, outputUnits: 3) == (.crossEntropy, "softmax output → cross_entropy"))
        #expect(Loss.resolve(nil, outputActivation: .sigmoid, outputUnits: 1) == (.bce, "one sigmoid output → bce"))
        #expect(Loss.resolve(nil, outputActivation: .sigmoid, outputUnits: 2).loss == .mse)
        #expect(Loss.resolve(nil, outputActivation: .linear, outputUnits: 1) == (.mse, "one linear output → mse"))
        #expect(Loss.resolve(.halfMse, outputActivation: .softmax, outputUnits: 3).loss == .halfMse)
    }

    @Test func penaltyIsReportedApart() throws {
        let n = try net()
        let x = Tensor(rows: 1, cols: 2, [1, 2]), y = Tensor([0])
        let plain = try n.cost(x: x, y: y, loss: .mse)
        let penalized = try n.cost(x: x, y: y, loss: .mse, penalty: Penalty(l1: 0.1, l2: 0.2))
        #expect(plain.penalty == 0 && plain.dataLoss == 12.25)
        #expect(penalized.dataLoss == 12.25)
        // weights 1, -1, 2, 0.5, 3, -2: sum of squares 19.25, of absolutes 9.5
        expectClose(penalized.penalty, 0.1 * 19.25 + 0.1 * 9.5, "penalty")
    }

    @Test func predictAndEvaluate() throws {
        let n = try Network(inputs: 1, [LayerSpec(1, .sigmoid)])
        try n.setWeights(layer: 1, Tensor([10]))
        let x = Tensor(rows: 4, cols: 1, [-1, -0.1, 0.1, 1])
        #expect(try n.predict(x) == Tensor([0, 0, 1, 1]))
        let e = try n.evaluate(x: x, y: Tensor([0, 1, 1, 1]))
        #expect(e.accuracy == 0.75 && e.loss == .bce)
        #expect(e.confusion == [[1, 0], [1, 2]])
        let losses = try n.losses(x: x, y: Tensor([0, 1, 1, 1]))
        expectClose(losses.mean(), e.cost.dataLoss, "mean of losses is the cost")
        let regression = try Network(inputs: 1, [LayerSpec(2, .linear)])
        #expect(try regression.evaluate(x: x, y: Tensor(rows: 4, cols: 2, [Double](repeating: 0, count: 8))).accuracy == nil)
        #expect(try regression.predict(x).shape == [4, 2])
        #expect(try regression.predict(Tensor([1])).shape == [2])
    }
}
