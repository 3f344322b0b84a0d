import Language
import NeuralEngine

/// A network as a value of the language. The engine's `Network` is a
/// class, so this value is a reference: `n2 = n1` names the same network,
/// `train` and `update` change it in place, `copy(net)` makes another.
///
///     net = network(input(2), dense(4, tanh), dense(1, sigmoid))
///     net.layers[1].W        # W¹, a 4×2 matrix
struct NetworkValue: NativeValue {
    let network: Network

    init(_ network: Network) {
        self.network = network
    }

    var typeName: String { "network" }

    var fieldNames: [String] { ["layers", "inputs", "outputs", "depth", "parameters"] }

    func field(_ name: String) throws(ScriptError) -> Value {
        switch name {
        case "layers":
            return .list((0...network.depth).map { .native(LayerValue(network, $0)) })
        case "inputs": return .number(Double(network.inputCount))
        case "outputs": return .number(Double(network.outputCount))
        case "depth": return .number(Double(network.depth))
        case "parameters": return .number(Double(network.parameterCount))
        default:
            throw ScriptError(NetworkValue.unknownField(name, of: "a network", among: fieldNames))
        }
    }

    func render(_ options: RenderOptions) -> String {
        NetworkValue.summary(network).render(Notation(options))
    }

    static func summary(_ network: Network) -> NetworkSummary {
        NetworkSummary(
            inputs: network.inputCount,
            layers: network.layers.map { NetworkSummary.Layer(units: $0.units, activation: $0.activation.name) }
        )
    }

    /// "a network has no field 'layer' — did you mean 'layers'?"
    static func unknownField(_ name: String, of what: String, among names: [String]) -> String {
        var message = "\(what) has no field '\(name)'"
        if let close = Suggestion.closest(to: name, among: names) {
            message += " — did you mean '\(close)'?"
        } else {
            message += "; its fields are \(names.joined(separator: ", "))"
        }
        return message
    }
}

extension Value {
    static func network(_ network: Network) -> Value { .native(NetworkValue(network)) }

    var networkNative: Network? {
        if case .native(let n) = self, let v = n as? NetworkValue { return v.network }
        return nil
    }
}
