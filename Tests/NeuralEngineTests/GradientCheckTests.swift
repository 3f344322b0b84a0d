import Testing
@testable import NeuralEngine

/// Backprop agrees with central differences on random networks of every
/// activation and loss.
@Suite struct GradientCheckTests {
    static let smooth: [Activation] = [.relu, .leakyRelu, .sigmoid, .tanh, .linear]

    func randomData(m: Int, n: Int, rng: inout SeededRandom) -> Tensor {
        Tensor(rows: m, cols: n, (0..<(m * n)).map { _ in rng.uniform(-2, 2) })
    }

    @Test(arguments: Loss.allCases)
    func everyActivationWithLoss(_ loss: Loss) throws {
        try withOwnRandom {
            var rng = SeededRandom(seed: 2024)
            for hidden in GradientCheckTests.smooth {
                let output: Activation
                let k: Int
                let y: Tensor
                let m = 5
                switch loss {
                case .crossEntropy:
                    output = .softmax; k = 3
                    y = Tensor((0..<m).map { _ in Double(rng.index(below: 3)) })
                case .bce:
                    output = .sigmoid; k = 1
                    y = Tensor((0..<m).map { _ in Double(rng.index(below: 2)) })
                case .mse, .halfMse:
                    output = hidden == .relu ? .tanh : hidden; k = 2
                    y = randomData(m: m, n: 2, rng: &rng)
                }
                GlobalRandom.seed(UInt64(hidden.name.count * 31 + k))
                let net = try Network(inputs: 3, [LayerSpec(4, hidden, initializer: .normal), LayerSpec(3, hidden == .relu ? .leakyRelu : .tanh, initializer: .normal), LayerSpec(k, output, initializer: .normal)])
                // Non-zero biases keep every z off the kinks of relu and leaky_relu,
                // where a central difference averages two slopes.
                for l in 1...net.depth { try net.setBias(layer: l, Tensor((0..<net.layers[l - 1].units).map { _ in rng.uniform(-0.5, 0.5) })) }
                let x = randomData(m: m, n: 3, rng: &rng)
                let check = try net.gradcheck(x: x, y: y, loss: loss)
                #expect(check.maxError < 1e-6, "\(hidden.name) → \(output.name) with \(loss.name): \(check.layers.map(\.relativeError))")
                let penalized = try net.gradcheck(x: x, y: y, loss: loss, penalty: Penalty(l1: 0.01, l2: 0.1))
                #expect(penalized.maxError < 1e-6, "\(hidden.name) with penalty: \(penalized.layers.map(\.relativeError))")
            }
        }
    }

    /// softmax is allowed in a hidden layer (LANGUAGE.md §4 puts no limit on it); its
    /// Jacobian is not diagonal, so backprop must use the full product there too.
    @Test(arguments: Loss.allCases)
    func softmaxHiddenLayer(_ loss: Loss) throws {
        try withOwnRandom {
            var rng = SeededRandom(seed: 77)
            GlobalRandom.seed(5)
            let m = 4
            let (output, k, y): (Activation, Int, Tensor) = switch loss {
            case .crossEntropy: (.softmax, 3, Tensor((0..<m).map { _ in Double(rng.index(below: 3)) }))
            case .bce: (.sigmoid, 1, Tensor((0..<m).map { _ in Double(rng.index(below: 2)) }))
            case .mse, .halfMse: (.linear, 2, randomData(m: m, n: 2, rng: &rng))
            }
            let net = try Network(inputs: 3, [LayerSpec(4, .softmax, initializer: .normal), LayerSpec(k, output, initializer: .normal)])
            let x = randomData(m: m, n: 3, rng: &rng)
            let check = try net.gradcheck(x: x, y: y, loss: loss, penalty: Penalty(l1: 0.01, l2: 0.1))
            #expect(check.maxError < 1e-6, "softmax hidden with \(loss.name): \(check.layers.map(\.relativeError))")
            #expect(check.layers.allSatisfy { $0.blockedBy == nil })
        }
    }

    /// Zero biases and the input [0, 0] put relu's z exactly on its kink: the
    /// central difference of those biases averages two slopes (0.5 against
    /// backprop's relu'(0) = 0), so they are left out, not reported as wrong.
    @Test func reluKinksAreLeftOut() throws {
        try withOwnRandom {
            GlobalRandom.seed(1)
            let net = try Network(inputs: 2, [LayerSpec(4, .relu), LayerSpec(3, .leakyRelu), LayerSpec(1, .sigmoid)])
            let check = try net.gradcheck(TrainingData.logic("xor"))
            #expect(check.maxError < 1e-6, "\(check.layers.map(\.relativeError))")
            #expect(check.layers[0].atKink == 4 && check.layers[0].checked == 8)
            #expect(check.layers[2].atKink == 0 && check.layers[2].checked == 4)
            // Away from the kinks nothing is left out.
            for l in 1...2 { try net.setBias(layer: l, Tensor((0..<net.layers[l - 1].units).map { _ in 0.3 })) }
            #expect(try net.gradcheck(TrainingData.logic("xor")).layers.allSatisfy { $0.atKink == 0 })
        }
    }

    @Test func oneHotCrossEntropyAndSoftmaxWithMse() throws {
        try withOwnRandom {
            GlobalRandom.seed(8)
            let net = try Network(inputs: 2, [LayerSpec(3, .tanh), LayerSpec(3, .softmax)])
            let x = Tensor(rows: 3, cols: 2, [0.1, -0.5, 1, 2, -1, 0.3])
            let oneHot = Tensor(rows: 3, cols: 3, [1, 0, 0, 0, 0, 1, 0, 1, 0])
            #expect(try net.gradcheck(x: x, y: oneHot, loss: .crossEntropy).maxError < 1e-6)
            #expect(try net.gradcheck(x: x, y: oneHot, loss: .mse).maxError < 1e-6)
            let indices = try net.backward(x: x, y: Tensor([0, 2, 1]), loss: .crossEntropy)
            let rows = try net.backward(x: x, y: oneHot, loss: .crossEntropy)
            expectClose(indices.layers[0].weights, rows.layers[0].weights, "indices vs one-hot")
        }
    }
}
