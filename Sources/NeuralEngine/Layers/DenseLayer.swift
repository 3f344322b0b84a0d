/// A fully connected layer l: a^l = f(W^l a^(l-1) + b^l).
///
/// W^l has shape units x inputs (row i is neuron i of this layer, column j
/// neuron j of the layer before), b^l is a vector of units.
///
///     var layer = DenseLayer(inputs: 2, units: 3, activation: .relu)
///     try layer.setWeights(Tensor(rows: 3, cols: 2, [1, 2, 3, 4, 5, 6]))
public struct DenseLayer: Sendable, Equatable {
    public let inputs: Int
    public let units: Int
    public var activation: Activation
    /// W^l, units x inputs.
    public private(set) var weights: Tensor
    /// b^l, a vector of units.
    public private(set) var bias: Tensor

    /// A layer with weights drawn by `initializer` and zero biases.
    public init(inputs: Int, units: Int, activation: Activation, initializer: WeightInit = .auto) {
        self.inputs = inputs
        self.units = units
        self.activation = activation
        weights = initializer.weights(units: units, inputs: inputs, activation: activation)
        bias = Tensor(zeros: units)
    }

    /// Number of trainable numbers: units * inputs + units.
    public var parameterCount: Int { units * inputs + units }

    /// Replaces W^l; a units x inputs matrix (or, for one input or one unit, a vector of the right length).
    public mutating func setWeights(_ w: Tensor) throws(ShapeError) {
        if w.isMatrix {
            guard w.shape == [units, inputs] else {
                throw ShapeError("W has shape \(units)×\(inputs) (units × inputs), got \(w.shapeDescription)")
            }
            weights = w
        } else {
            guard units == 1 || inputs == 1, w.count == units * inputs else {
                throw ShapeError("W has shape \(units)×\(inputs) (units × inputs), got a vector of \(w.count)")
            }
            weights = Tensor(rows: units, cols: inputs, w.storage)
        }
    }

    /// Replaces b^l; a vector of units (a units x 1 or 1 x units matrix is accepted).
    public mutating func setBias(_ b: Tensor) throws(ShapeError) {
        guard b.count == units, b.isVector || b.shape.contains(1) else {
            throw ShapeError("b is a vector of \(units), got \(b.isVector ? "a vector of \(b.count)" : "a \(b.shapeDescription) matrix")")
        }
        bias = Tensor(b.storage)
    }

    /// Direct storage access for the trainer and optimizers (shapes never change).
    mutating func withParameters<R>(_ body: (inout [Double], inout [Double]) throws -> R) rethrows -> R {
        try body(&weights.storage, &bias.storage)
    }
}
