import Testing
@testable import NeuralEngine

@Suite struct ActivationTests {
    @Test func valuesMatchTheLanguageReference() {
        #expect(Activation.step.value(0) == 1 && Activation.step.value(-1e-9) == 0)
        #expect(Activation.sign.value(0) == 1 && Activation.sign.value(-3) == -1)
        #expect(Activation.relu.value(-2) == 0 && Activation.relu.value(2.5) == 2.5)
        #expect(Activation.leakyRelu.value(-2) == -0.02)
        #expect(Activation.sigmoid.value(0) == 0.5)
        #expect(Activation.linear.value(-7) == -7)
        #expect(Activation(name: "leaky_relu") == .leakyRelu && Activation.leakyRelu.name == "leaky_relu")
        #expect(Activation(name: "swish") == nil)
    }

    @Test func sigmoidAndSoftmaxAreStable() {
        #expect(Activation.sigmoid.value(1000) == 1)
        #expect(Activation.sigmoid.value(-1000) == 0)
        #expect(Activation.sigmoid.derivative(1000) == 0 && Activation.sigmoid.derivative(-1000) == 0)
        let p = Activation.softmax.apply(Tensor([1000, 1001, 1002]))
        #expect(p.storage.allSatisfy { $0.isFinite })
        expectClose(p.sum(), 1, "softmax sums to 1")
        expectClose(p, Activation.softmax.apply(Tensor([0, 1, 2])), "shift invariance")
        let rows = Activation.softmax.apply(Tensor(rows: 2, cols: 2, [0, 0, -1000, 1000]))
        #expect(rows == Tensor(rows: 2, cols: 2, [0.5, 0.5, 0, 1]))
    }

    @Test func derivatives() {
        #expect(Activation.relu.derivative(0) == 0 && Activation.relu.derivative(3) == 1)
        #expect(Activation.leakyRelu.derivative(-1) == 0.01)
        #expect(Activation.sigmoid.derivative(0) == 0.25)
        #expect(Activation.tanh.derivative(0) == 1)
        #expect(Activation.step.derivative(2) == 0 && Activation.step.derivativeUndefinedAt == [0])
        #expect(Activation.softmax.derivative(1) == nil)
        #expect(Activation.softmax.derivative(Tensor([1, 2])) == nil)
    }

    @Test func initializersStayInTheirRanges() throws {
        try withOwnRandom {
            GlobalRandom.seed(4)
            let xavier = WeightInit.xavier.weights(units: 30, inputs: 20, activation: .tanh)
            let r = (6.0 / 50).squareRoot()
            #expect(xavier.storage.allSatisfy { abs($0) <= r } && xavier.shape == [30, 20])
            let he = WeightInit.auto.weights(units: 10, inputs: 6, activation: .relu)
            #expect(he.storage.allSatisfy { abs($0) <= 1 } && he.storage.contains { abs($0) > r })
            #expect(WeightInit.auto.resolved(for: .leakyRelu) == .he && WeightInit.auto.resolved(for: .sigmoid) == .xavier)
            #expect(WeightInit.zeros.weights(units: 2, inputs: 2, activation: .relu).storage == [0, 0, 0, 0])
            let normal = WeightInit.normal.weights(units: 100, inputs: 100, activation: .linear)
            #expect(abs(normal.mean()) < 0.05)
            let net = try Network(inputs: 3, [LayerSpec(2, .relu)])
            #expect(net.layers[0].bias == Tensor([0, 0]))
        }
    }

    @Test func sameSeedSameInitialWeights() throws {
        let a = try withOwnRandom { GlobalRandom.seed(12); return try Network(inputs: 4, [LayerSpec(8, .relu), LayerSpec(3, .softmax)]) }
        let b = try withOwnRandom { GlobalRandom.seed(12); return try Network(inputs: 4, [LayerSpec(8, .relu), LayerSpec(3, .softmax)]) }
        #expect(a.layers == b.layers)
    }
}
