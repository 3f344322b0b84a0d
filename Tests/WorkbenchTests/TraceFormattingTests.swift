import Testing
import NeuralEngine
@testable import Workbench

/// The formulas a backward trace prints must be the ones the engine computes:
/// each output-delta formula is checked against the engine's δᴸ.
@Suite struct TraceFormattingTests {
    let n = Notation(unicode: true)

    func network() throws -> Network {
        let net = try Network(inputs: 2, [LayerSpec(3, .tanh), LayerSpec(2, .sigmoid)])
        try net.setWeights(layer: 1, Tensor(rows: 3, cols: 2, [0.1, -0.2, 0.3, 0.4, -0.5, 0.6]))
        try net.setWeights(layer: 2, Tensor(rows: 2, cols: 3, [0.7, -0.8, 0.9, -0.1, 0.2, -0.3]))
        return net
    }

    let x = Tensor(rows: 2, cols: 2, [1, 0, 0.5, -1])
    let y = Tensor(rows: 2, cols: 2, [1, 0, 0, 1])

    /// δᴸ as the printed formula says, from the forward pass's numbers.
    func formulaDelta(_ loss: Loss, _ net: Network) throws -> [Double] {
        let out = try #require(try net.trace(x).layers.last)
        let k = 2.0, m = 2.0
        return out.a.storage.indices.map { i in
            let a = out.a.storage[i], t = y.storage[i], s = a * (1 - a)
            switch loss {
            case .bce: return (a - t) / (k * m)
            case .mse: return 2 / (k * m) * (a - t) * s
            case .halfMse: return (a - t) * s / m
            case .crossEntropy: return .nan
            }
        }
    }

    @Test(arguments: [Loss.bce, .mse, .halfMse])
    func outputDeltaFormulaMatchesTheEngine(_ loss: Loss) throws {
        let net = try network()
        let g = try net.backward(x: x, y: y, loss: loss)
        let expected = try formulaDelta(loss, net)
        let engine = try #require(g.deltas.last).storage
        for (e, f) in zip(engine, expected) { #expect(abs(e - f) < 1e-12) }
    }

    @Test func formulasAsPrinted() {
        #expect(TraceFormatting.outputDelta(.bce, .sigmoid, outputs: 2, examples: 2, 2, n, a: "A", z: "Z", y: "Y") == "(A² − Y) / 4")
        #expect(TraceFormatting.outputDelta(.mse, .sigmoid, outputs: 2, examples: 2, 2, n, a: "A", z: "Z", y: "Y") == "2/4 (A² − Y) ⊙ σ′(Z²)")
        #expect(TraceFormatting.outputDelta(.halfMse, .sigmoid, outputs: 2, examples: 1, 2, n, a: "a", z: "z", y: "y") == "(a² − y) ⊙ σ′(z²)")
        #expect(TraceFormatting.outputDelta(.crossEntropy, .softmax, outputs: 3, examples: 1, 3, n, a: "a", z: "z", y: "y") == "a³ − y")
        #expect(TraceFormatting.outputDelta(.mse, .linear, outputs: 1, examples: 1, 1, n, a: "a", z: "z", y: "y") == "2 (a¹ − y)")
        #expect(TraceFormatting.hiddenDelta(.relu, 1, n, z: "z", d: n.delta, batch: false) == "(W²)ᵀ δ² ⊙ relu′(z¹)")
        let ascii = Notation(unicode: false)
        #expect(TraceFormatting.hiddenDelta(.tanh, 1, ascii, z: "Z", d: ascii.bigDelta, batch: true) == "Delta^2 W^2 * tanh'(Z^1)")
    }

    @Test func numbersAlignInColumns() {
        #expect(TraceNumbers.vector([1, 0]) == "[ 1  0]")
        #expect(TraceNumbers.vector([0.5, -1.25]) == "[ 0.5000 -1.2500]")
        #expect(TraceNumbers.vector([1e-7, 2]) == "[ 1.000e-07  2.000e+00]")
        let lines = TraceNumbers.matrixLines([1, 2, 3, 4], rows: 2, cols: 2)
        #expect(lines == ["[[ 1  2]", " [ 3  4]]"])
        let long = TraceNumbers.matrixLines([Double](repeating: 0.5, count: 20), rows: 10, cols: 2)
        #expect(long.count == TraceNumbers.maxRows + 1)
        #expect(long.last == " … 4 more rows]")
    }
}
