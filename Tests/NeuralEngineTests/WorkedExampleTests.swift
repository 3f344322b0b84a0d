import Testing
@testable import NeuralEngine

/// Matt Mazur's step-by-step backpropagation example: a 2-2-2 sigmoid
/// network, half squared error, one step of lr 0.5 with the biases kept.
@Suite struct WorkedExampleTests {
    func mazur() throws -> Network {
        let net = try Network(inputs: 2, [LayerSpec(2, .sigmoid), LayerSpec(2, .sigmoid)])
        try net.setWeights(layer: 1, Tensor(rows: 2, cols: 2, [0.15, 0.20, 0.25, 0.30]))
        try net.setBias(layer: 1, Tensor([0.35, 0.35]))
        try net.setWeights(layer: 2, Tensor(rows: 2, cols: 2, [0.40, 0.45, 0.50, 0.55]))
        try net.setBias(layer: 2, Tensor([0.60, 0.60]))
        return net
    }

    let x = Tensor(rows: 1, cols: 2, [0.05, 0.10])
    let y = Tensor(rows: 1, cols: 2, [0.01, 0.99])

    @Test func forwardAndCost() throws {
        let net = try mazur()
        let out = try net.forward(Tensor([0.05, 0.10]))
        expectClose(out, Tensor([0.75136507, 0.772928465]), "outputs", rel: 1e-8)
        expectClose(try net.cost(x: x, y: y, loss: .halfMse).cost, 0.298371109, "cost", rel: 1e-8)
    }

    @Test func oneStepWithoutBiases() throws {
        let net = try mazur()
        let g = try net.backward(x: x, y: y, loss: .halfMse)
        expectClose(g.layers[1].weights, Tensor(rows: 2, cols: 2, [0.082167041, 0.082667628, -0.022602540, -0.022740242]), "dJ/dW^2", rel: 1e-7)
        try net.update(with: g, learningRate: 0.5, biases: false)
        expectClose(net.layers[1].weights, Tensor(rows: 2, cols: 2, [0.35891648, 0.408666186, 0.511301270, 0.561370121]), "W^2 after", rel: 1e-8)
        expectClose(net.layers[0].weights, Tensor(rows: 2, cols: 2, [0.149780716, 0.19956143, 0.24975114, 0.29950229]), "W^1 after", rel: 1e-7)
        #expect(net.layers[0].bias == Tensor([0.35, 0.35]))
        expectClose(try net.cost(x: x, y: y, loss: .halfMse).cost, 0.29102777, "cost after one step", rel: 1e-7)
    }
}
