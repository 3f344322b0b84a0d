/// dJ/dW^l and dJ/db^l of one layer, same shapes as W^l and b^l.
public struct LayerGradient: Sendable, Equatable {
    public var weights: Tensor
    public var bias: Tensor
    public init(weights: Tensor, bias: Tensor) {
        self.weights = weights
        self.bias = bias
    }
}

/// The result of a backward pass over a batch: a gradient per layer,
/// delta^l per layer (dJ/dz^l, one row per example; J already averages
/// over the batch, so each row carries the 1/m), and the cost.
///
///     let g = try net.backward(x: xs, y: ys, loss: .halfMse)
///     g.layers[0].weights   // dJ/dW^1
public struct Gradients: Sendable {
    /// `layers[l - 1]` belongs to layer l.
    public var layers: [LayerGradient]
    /// `deltas[l - 1]` is delta^l: a vector for one example, else m x units.
    public var deltas: [Tensor]
    public var cost: CostBreakdown
    public var loss: Loss
    /// Why this loss was used ("softmax output → cross_entropy" or "chosen").
    public var lossReason: String

    public init(layers: [LayerGradient], deltas: [Tensor], cost: CostBreakdown, loss: Loss, lossReason: String) {
        self.layers = layers
        self.deltas = deltas
        self.cost = cost
        self.loss = loss
        self.lossReason = lossReason
    }
}
