/// A feed-forward network in the lecture's notation: layer 0 is the input
/// (`inputCount` numbers), `layers[l - 1]` is dense layer l for l = 1…L.
/// A class: `train` and `update` change it in place; `copy()` makes an
/// independent one.
///
///     let net = try Network(inputs: 2, [LayerSpec(4, .tanh), LayerSpec(1, .sigmoid)])
///     let y = try net.forward(Tensor([1, 0]))
public final class Network {
    public let inputCount: Int
    /// Dense layers 1…L, stored from index 0 (`layers[0]` is layer 1).
    public internal(set) var layers: [DenseLayer]

    /// A network of dense layers with weights drawn from the shared seeded generator.
    public init(inputs: Int, _ specs: [LayerSpec]) throws(ShapeError) {
        guard inputs >= 1 else { throw ShapeError("input(n) needs n >= 1, got \(inputs)") }
        guard !specs.isEmpty else { throw ShapeError("a network needs at least one dense layer after input(\(inputs))") }
        var built = [DenseLayer](), previous = inputs
        for (i, spec) in specs.enumerated() {
            guard spec.units >= 1 else { throw ShapeError("dense layer \(i + 1) needs at least 1 unit, got \(spec.units)") }
            try Tensor.checkCount(spec.units, previous)
            built.append(DenseLayer(inputs: previous, units: spec.units, activation: spec.activation, initializer: spec.initializer))
            previous = spec.units
        }
        inputCount = inputs
        layers = built
    }

    /// A network from existing layers; each layer's inputs must match the units before it.
    public init(inputs: Int, layers: [DenseLayer]) throws(ShapeError) {
        guard inputs >= 1, !layers.isEmpty else { throw ShapeError("a network needs input(n >= 1) and at least one dense layer") }
        var previous = inputs
        for (i, layer) in layers.enumerated() {
            guard layer.inputs == previous else {
                throw ShapeError("dense layer \(i + 1) expects \(layer.inputs) inputs, got \(previous)")
            }
            previous = layer.units
        }
        inputCount = inputs
        self.layers = layers
    }

    /// An independent copy: same weights, its own storage.
    public func copy() -> Network {
        // Layers are values, so copying the array copies the weights (on write).
        Network(checkedInputs: inputCount, layers: layers)
    }

    private init(checkedInputs: Int, layers: [DenseLayer]) {
        inputCount = checkedInputs
        self.layers = layers
    }

    /// L, the number of dense layers.
    public var depth: Int { layers.count }
    public var outputCount: Int { layers.last?.units ?? inputCount }
    public var outputActivation: Activation { layers.last?.activation ?? .linear }
    public var parameterCount: Int { layers.reduce(0) { $0 + $1.parameterCount } }
    /// Units of layer l for l = 0…L.
    public var unitsPerLayer: [Int] { [inputCount] + layers.map(\.units) }

    /// Dense layer `l` in the lecture's numbering (1…L).
    public func layer(_ l: Int) throws(EngineError) -> DenseLayer {
        try checkLayerIndex(l)
        return layers[l - 1]
    }

    /// Replaces W^l (shape checked).
    public func setWeights(layer l: Int, _ w: Tensor) throws(EngineError) {
        try checkLayerIndex(l)
        do { try layers[l - 1].setWeights(w) } catch { throw EngineError("layer \(l): \(error.message)") }
    }

    /// Replaces b^l (shape checked).
    public func setBias(layer l: Int, _ b: Tensor) throws(EngineError) {
        try checkLayerIndex(l)
        do { try layers[l - 1].setBias(b) } catch { throw EngineError("layer \(l): \(error.message)") }
    }

    private func checkLayerIndex(_ l: Int) throws(EngineError) {
        if l == 0 { throw EngineError("layer 0 is the input layer: it has no weights or biases") }
        guard l >= 1 && l <= depth else {
            throw EngineError("this network has layers 0…\(depth) (0 is the input), got layer \(l)")
        }
    }

    /// The rule each layer computes, for summaries: "a^l = f(W^l a^(l-1) + b^l)".
    public static let rule = "a^l = f(W^l a^(l-1) + b^l)"
}

/// One dense layer to build: units, activation and how its weights start.
///
///     LayerSpec(4, .relu, initializer: .he)
public struct LayerSpec: Sendable, Equatable {
    public var units: Int
    public var activation: Activation
    public var initializer: WeightInit
    public init(_ units: Int, _ activation: Activation = .linear, initializer: WeightInit = .auto) {
        self.units = units
        self.activation = activation
        self.initializer = initializer
    }
}
