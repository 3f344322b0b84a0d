import Language
import NeuralEngine

/// A layer: `input(2)` and `dense(4, relu)` before they are in a network,
/// or `net.layers[l]`, a view of layer l of a network. Through a view, `W`
/// and `b` are read (a snapshot) and written in place, shape checked:
///
///     net.layers[1].W = [[0.15, 0.20], [0.25, 0.30]]
///     w = net.layers[1].W     # a copy: changing w leaves net alone
struct LayerValue: NativeValue {
    enum Source {
        /// `input(n)`, not yet in a network.
        case input(Int)
        /// `dense(...)`, not yet in a network.
        case dense(LayerSpec)
        /// Layer `index` (0 = input) of a network.
        case attached(Network, Int)
    }

    let source: Source

    init(_ source: Source) { self.source = source }
    init(_ network: Network, _ index: Int) { self.source = .attached(network, index) }

    var typeName: String { "layer" }

    var fieldNames: [String] { ["W", "b", "units", "inputs", "activation", "kind", "index"] }

    /// The dense layer of a network this view shows; nil for the input layer and unattached layers.
    private var dense: (network: Network, index: Int, layer: DenseLayer)? {
        guard case .attached(let net, let l) = source, l >= 1, l <= net.depth else { return nil }
        return (net, l, net.layers[l - 1])
    }

    private var units: Int {
        switch source {
        case .input(let n): return n
        case .dense(let spec): return spec.units
        case .attached(let net, let l): return l == 0 ? net.inputCount : net.layers[l - 1].units
        }
    }

    var activation: Activation? {
        switch source {
        case .input: return nil
        case .dense(let spec): return spec.activation
        case .attached(let net, let l): return l == 0 ? nil : net.layers[l - 1].activation
        }
    }

    func field(_ name: String) throws(ScriptError) -> Value {
        switch name {
        case "units": return .number(Double(units))
        case "kind": return .string(activation == nil ? "input" : "dense")
        case "activation": return activation.map { .native(ActivationValue($0)) } ?? .none
        case "index":
            if case .attached(_, let l) = source { return .number(Double(l)) }
            return .none
        case "inputs":
            if let d = dense { return .number(Double(d.layer.inputs)) }
            return .none
        case "W", "b":
            let d = try denseForParameters(name)
            return .tensor(name == "W" ? d.layer.weights : d.layer.bias)
        default:
            throw ScriptError(NetworkValue.unknownField(name, of: "a layer", among: fieldNames))
        }
    }

    func settingField(_ name: String, to value: Value) throws(ScriptError) -> Value? {
        guard name == "W" || name == "b" else {
            if fieldNames.contains(name) {
                throw ScriptError("the field '\(name)' of a layer cannot be assigned: only W and b can")
            }
            throw ScriptError(NetworkValue.unknownField(name, of: "a layer", among: fieldNames))
        }
        let d = try denseForParameters(name)
        let tensor = try value.toTensor("\(name) of layer \(d.index)")
        let layer = d.layer
        if name == "W" {
            let fits = tensor.shape == [layer.units, layer.inputs]
                || (tensor.isVector && (layer.units == 1 || layer.inputs == 1) && tensor.count == layer.units * layer.inputs)
            guard fits else {
                throw ScriptError("W of layer \(d.index) must be \(layer.units)×\(layer.inputs) (units × inputs of layer \(d.index - 1)), got \(tensor.kindDescription)")
            }
            do { try d.network.setWeights(layer: d.index, tensor) } catch { throw ScriptError(error.message) }
        } else {
            guard tensor.count == layer.units, tensor.isVector || tensor.shape.contains(1) else {
                throw ScriptError("b of layer \(d.index) must be a vector of \(layer.units), got \(tensor.kindDescription)")
            }
            do { try d.network.setBias(layer: d.index, tensor) } catch { throw ScriptError(error.message) }
        }
        return nil
    }

    private func denseForParameters(_ name: String) throws(ScriptError) -> (network: Network, index: Int, layer: DenseLayer) {
        switch source {
        case .input:
            throw ScriptError("an input layer has no \(name): it only passes the inputs on")
        case .dense:
            throw ScriptError("this dense layer is not in a network yet: its \(name) is made when network(...) builds it")
        case .attached(_, let l) where l == 0:
            throw ScriptError("layer 0 is the input layer: it has no weights or biases (\(name)); they start at layer 1")
        case .attached:
            guard let d = dense else { throw ScriptError("this layer is no longer in its network") }
            return d
        }
    }

    func render(_ options: RenderOptions) -> String {
        let n = Notation(options)
        switch source {
        case .input(let units):
            return "input(\(units)): layer 0, the \(units) input\(units == 1 ? "" : "s")"
        case .dense(let spec):
            return "dense(\(spec.units), \(spec.activation.name)): a layer of \(spec.units) unit\(spec.units == 1 ? "" : "s"), not in a network yet"
        case .attached(let net, let l) where l == 0:
            return "layer 0  input  \(net.inputCount) unit\(net.inputCount == 1 ? "" : "s") (no weights)"
        case .attached:
            guard let d = dense else { return "layer (no longer in its network)" }
            let layer = d.layer
            let header = "layer \(d.index)  dense \(layer.units), \(layer.activation.name)  "
                + "\(n.sup("W", d.index)) \(n.shape([layer.units, layer.inputs]))  \(n.sup("b", d.index)) \(layer.units)  "
                + "\(layer.parameterCount) parameters"
            let w = TensorValue(layer.weights).render(options)
            let b = TensorValue(layer.bias).render(options)
            return [header, labelled(n.sup("W", d.index) + " = ", w), labelled(n.sup("b", d.index) + " = ", b)].joined(separator: "\n")
        }
    }

    /// `prefix` before the first line of `text`, the following lines indented under it.
    private func labelled(_ prefix: String, _ text: String) -> String {
        let indent = String(repeating: " ", count: TraceLayout.width(prefix))
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
            .map { ($0.offset == 0 ? prefix : indent) + $0.element }
            .joined(separator: "\n")
    }
}
