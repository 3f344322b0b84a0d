/// Backprop's gradient against central differences, per layer (LANGUAGE.md §6).
///
///     let check = try net.gradcheck(x: xs, y: ys)
///     check.maxError < 1e-6
public struct GradientCheck: Sendable {
    public struct Layer: Sendable {
        /// l, in the lecture's numbering.
        public var layer: Int
        /// ||g - g~|| / (||g|| + ||g~||), 0 where both are 0.
        public var relativeError: Double
        /// Numbers compared (large layers are sampled).
        public var checked: Int
        public var parameters: Int
        /// A step or sign at this layer or after it: backprop takes its
        /// derivative as 0, while a central difference across its jump is huge,
        /// so the two cannot agree and the error says nothing about backprop.
        public var blockedBy: Activation?
        /// Parameters left out because their ±h step moved some relu or
        /// leaky_relu z across its kink at 0 (not counted in `checked`).
        public var atKink: Int = 0
    }
    public var layers: [Layer]
    public var loss: Loss
    /// The largest per-layer relative error.
    public var maxError: Double { layers.map(\.relativeError).max() ?? 0 }
}

extension Network {
    /// The step of the central differences.
    public static let gradcheckStep = 1e-5
    /// Layers with more parameters than this are checked on a fixed sample of them.
    public static let gradcheckSampleLimit = 400

    /// Compares dJ/dW^l and dJ/db^l from backprop with (J(w + h) - J(w - h)) / 2h. No weights change.
    public func gradcheck(x: Tensor, y: Tensor, loss: Loss? = nil, penalty: Penalty = .none) throws(EngineError) -> GradientCheck {
        let g = try backward(x: x, y: y, loss: loss, penalty: penalty)
        let data = try PreparedData(x: x, y: y, network: self, loss: g.loss)
        let shape = NetworkShape(self)
        let p = ParameterBuffer(shape)
        p.load(from: self)
        let eval = KinkAwareCost(shape: shape, data: data, loss: g.loss, penalty: penalty)
        eval.recordBase(p)
        let h = Network.gradcheckStep
        // A private generator: sampling must not move the shared stream.
        var sampler = SeededRandom(seed: 0x6772_6164)
        var results = [GradientCheck.Layer]()
        for l in 0..<depth {
            let analytic = g.layers[l].weights.storage + g.layers[l].bias.storage
            let weightCount = g.layers[l].weights.count
            var positions = Array(0..<analytic.count)
            if positions.count > Network.gradcheckSampleLimit {
                sampler.shuffle(&positions)
                positions = Array(positions.prefix(Network.gradcheckSampleLimit)).sorted()
            }
            var difference = 0.0, normA = 0.0, normN = 0.0, atKink = 0
            for i in positions {
                let inputs = shape.inputs(of: l)
                let slot = i < weightCount ? p.weightSlot(l, unit: i / inputs, input: i % inputs) : p.bias(l) + (i - weightCount)
                let saved = slot.pointee
                slot.pointee = saved + h
                let plus = eval.cost(p)
                slot.pointee = saved - h
                let minus = eval.cost(p)
                slot.pointee = saved
                if plus.crossed || minus.crossed {
                    atKink += 1
                    continue
                }
                let numeric = (plus.cost - minus.cost) / (2 * h)
                difference += (analytic[i] - numeric) * (analytic[i] - numeric)
                normA += analytic[i] * analytic[i]
                normN += numeric * numeric
            }
            let denominator = normA.squareRoot() + normN.squareRoot()
            let error = denominator == 0 ? 0 : difference.squareRoot() / denominator
            let blocked = layers[l...].first { $0.activation.isThreshold }?.activation
            results.append(.init(layer: l + 1, relativeError: error, checked: positions.count - atKink, parameters: analytic.count,
                                 blockedBy: blocked, atKink: atKink))
        }
        return GradientCheck(layers: results, loss: g.loss)
    }

    public func gradcheck(_ data: Dataset, loss: Loss? = nil, penalty: Penalty = .none) throws(EngineError) -> GradientCheck {
        try gradcheck(x: data.x, y: data.y, loss: loss, penalty: penalty)
    }
}
