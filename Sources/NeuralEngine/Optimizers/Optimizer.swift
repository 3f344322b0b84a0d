/// An optimizer with its state, stepping a network from gradients — for
/// driving updates by hand with momentum or Adam (training keeps its own).
///
///     let opt = Optimizer(.adamDefault, for: net)
///     try opt.step(net, gradients: try net.backward(data), learningRate: 0.01)
public final class Optimizer {
    public let kind: OptimizerKind
    let shape: NetworkShape
    let rule: any UpdateRule
    let parameters: ParameterBuffer
    let gradients: ParameterBuffer

    public init(_ kind: OptimizerKind, for network: Network) {
        self.kind = kind
        shape = NetworkShape(network)
        rule = kind.makeRule(for: shape)
        parameters = ParameterBuffer(shape)
        gradients = ParameterBuffer(shape)
    }

    /// One update of every weight and bias.
    public func step(_ network: Network, gradients g: Gradients, learningRate: Double) throws(EngineError) {
        guard NetworkShape(network).units == shape.units, network.inputCount == shape.inputCount else {
            throw EngineError("this optimizer was made for a network of layers \(([shape.inputCount] + shape.units).map(String.init).joined(separator: "-")), got \(network.unitsPerLayer.map(String.init).joined(separator: "-"))")
        }
        guard g.layers.count == shape.depth else {
            throw EngineError("the gradients have \(g.layers.count) layers but the network has \(shape.depth)")
        }
        for l in 0..<shape.depth {
            let w = g.layers[l].weights.storage, b = g.layers[l].bias.storage
            guard w.count == shape.units[l] * shape.inputs(of: l), b.count == shape.units[l] else {
                throw EngineError("the gradients of layer \(l + 1) do not match its shape \(shape.units[l])×\(shape.inputs(of: l))")
            }
            w.withUnsafeBufferPointer { gradients.storeWeights(l, from: $0.baseAddress!) }
            b.withUnsafeBufferPointer { gradients.bias(l).update(from: $0.baseAddress!, count: $0.count) }
        }
        parameters.load(from: network)
        rule.step(parameters, gradients, learningRate: learningRate)
        parameters.store(into: network)
    }
}
