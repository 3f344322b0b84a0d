import Testing
import Language
import NeuralEngine
@testable import Workbench

/// The passes by hand through the language (LANGUAGE.md §6), checked
/// against Matt Mazur's well-known worked example.
@Suite struct BackpropScriptTests {
    static let mazurNet = """
    net = network(input(2), dense(2, sigmoid), dense(2, sigmoid))
    net.layers[1].W = [[0.15, 0.20], [0.25, 0.30]]
    net.layers[1].b = [0.35, 0.35]
    net.layers[2].W = [[0.40, 0.45], [0.50, 0.55]]
    net.layers[2].b = [0.60, 0.60]
    x = [0.05, 0.10]
    y = [0.01, 0.99]

    """

    @Test func mazurCostThenOneUpdate() throws {
        let script = Self.mazurNet + """
        print(cost(net, example, loss="half_mse"))
        g = backward(net, x, y, loss="half_mse")
        update(net, g, lr=0.5, biases=false)
        print(cost(net, example, loss="half_mse"))
        print(net.layers[2].W[0][0])
        print(net.layers[1].W[0][0])
        """
        let (out, errors, _) = runWithData(script, ["example": TrainingData.mazur])
        #expect(errors.isEmpty, "\(errors)")
        let lines = out.split(separator: "\n").compactMap { Double($0) }
        try #require(lines.count == 4, "\(out)")
        #expect(abs(lines[0] - 0.298371109) < 1e-9)
        #expect(abs(lines[1] - 0.29102777) < 1e-8)
        #expect(abs(lines[2] - 0.35891648) < 1e-8)
        #expect(abs(lines[3] - 0.149780716) < 1e-9)
    }

    @Test func gradientsHaveTheWeightsShapesAndLayerZeroHasNone() {
        let script = Self.mazurNet + """
        g = backward(net, x, y, loss="half_mse")
        print(g.layers[2].W.shape, g.layers[1].b.shape)
        print(g.layers[2].W[0][0])
        g.layers[0].W
        """
        let (out, errors, _) = runWithData(script)
        #expect(out.hasPrefix("[2, 2] [2]\n0.08216704"), "\(out)")
        #expect(errors.first?.hasPrefix("layer 0 is the input layer") == true, "\(errors)")
    }

    @Test func backwardDoesNotChangeTheWeights() {
        let script = Self.mazurNet + """
        before = net.layers[1].W
        g = backward(net, example)
        print(net.layers[1].W == before)
        """
        let (out, errors, _) = runWithData(script, ["example": TrainingData.mazur])
        #expect(errors.isEmpty, "\(errors)")
        #expect(out.contains("[[1, 1], [1, 1]]"), "\(out)")
    }

    @Test func backwardTracePrintsFromTheOutputBack() {
        let script = Self.mazurNet + "g = backward(net, x, y, loss=\"half_mse\", trace=true)"
        let (out, errors, _) = runWithData(script)
        #expect(errors.isEmpty, "\(errors)")
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("cost J = 0.2984") == true, "\(out)")
        #expect(lines.contains { $0.hasPrefix("layer 2") && $0.contains("δ² = ∂J/∂z² = (a² − y) ⊙ σ′(z²)") }, "\(out)")
        #expect(lines.contains { $0.contains("∂J/∂W² = δ² (a¹)ᵀ") && $0.hasSuffix("2×2") }, "\(out)")
        #expect(lines.contains { $0.contains("δ¹ = ∂J/∂z¹ = (W²)ᵀ δ² ⊙ σ′(z¹)") }, "\(out)")
        let layer2 = lines.firstIndex { $0.hasPrefix("layer 2") } ?? -1
        let layer1 = lines.firstIndex { $0.hasPrefix("layer 1") } ?? -1
        #expect(layer2 >= 0 && layer2 < layer1)
    }

    @Test func forwardTraceShowsEachLayersFormulaAndShape() {
        let script = Self.mazurNet + "out = forward(net, x, trace=true)\nprint(out)"
        let (out, errors, _) = runWithData(script)
        #expect(errors.isEmpty, "\(errors)")
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("layer 0  input") && lines[0].contains("a⁰ ") && lines[0].hasSuffix("2"))
        #expect(lines[1].contains("z¹ = W¹ a⁰ + b¹ =") && lines[1].contains("0.3775"))
        #expect(lines[2].contains("a¹ = σ(z¹)") && lines[2].contains("0.5933"))
        #expect(lines[4].contains("a² = σ(z²)") && lines[4].contains("0.7514"))
        #expect(lines[5].hasPrefix("[0.75136"), "\(out)")
    }

    @Test func forwardTraceInAscii() {
        let script = Self.mazurNet + "out = forward(net, [[0.05, 0.10], [1, 1]], trace=true)"
        let (out, errors, _) = runWithData(script, options: SessionOptions(unicode: false))
        #expect(errors.isEmpty, "\(errors)")
        #expect(out.contains("Z^1 = A^0 (W^1)^T + b^1 ="), "\(out)")
        #expect(out.contains("A^2 = sigmoid(Z^2)"), "\(out)")
        #expect(!out.contains("¹"))
    }

    @Test func inputSizeErrorsNameTheLayer() {
        let (_, errors, _) = runWithData(Self.mazurNet + "forward(net, [1, 2, 3])")
        #expect(errors == ["forward: dense layer 1 expects 2 inputs, got 3"])
    }

    @Test func wrongWeightShapeIsAnError() {
        let (_, errors, _) = runWithData(Self.mazurNet + "net.layers[1].W = [[1, 2, 3], [4, 5, 6]]")
        #expect(errors == ["W of layer 1 must be 2×2 (units × inputs of layer 0), got a 2×3 matrix"])
    }
}
