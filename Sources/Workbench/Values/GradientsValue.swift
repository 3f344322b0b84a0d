import Foundation
import Language
import NeuralEngine

/// What `backward` returns: dJ/dWˡ and dJ/dbˡ of every layer, same shapes
/// as the weights, with the cost J they are the gradient of.
///
///     g = backward(net, x, y)
///     g.layers[2].W          # ∂J/∂W²
///     update(net, g, lr=0.5)
struct GradientsValue: NativeValue {
    let gradients: Gradients
    /// Examples the gradient averages over.
    let examples: Int

    var typeName: String { "gradients" }

    var fieldNames: [String] { ["layers", "cost", "loss"] }

    func field(_ name: String) throws(ScriptError) -> Value {
        switch name {
        case "layers":
            let layers = (0...gradients.layers.count).map { l in
                Value.native(LayerGradientValue(layer: l, gradient: l == 0 ? nil : gradients.layers[l - 1]))
            }
            return .list(layers)
        case "cost": return .number(gradients.cost.cost)
        case "loss": return .string(gradients.loss.name)
        default:
            throw ScriptError(NetworkValue.unknownField(name, of: "a gradients value", among: fieldNames))
        }
    }

    func render(_ options: RenderOptions) -> String {
        let n = Notation(options)
        var table = TraceTable()
        table.heading = ["gradients of J = \(ProgressNumbers.metric(gradients.cost.cost)) (\(gradients.loss.name) over \(examples) example\(examples == 1 ? "" : "s")), from the output layer back"]
        for (i, g) in gradients.layers.enumerated().reversed() {
            LayerGradientValue(layer: i + 1, gradient: g).addRows(to: &table, n)
        }
        let dW = n.unicode ? "∂J/∂Wˡ" : "dJ/dW^l", db = n.unicode ? "∂J/∂bˡ" : "dJ/db^l"
        return table.render() + "\nfields: g.layers[l].W is \(dW), g.layers[l].b is \(db), g.cost is J"
    }
}

/// `g.layers[l]`: the gradient of one layer, with fields `W` and `b`.
struct LayerGradientValue: NativeValue {
    let layer: Int
    /// nil for layer 0, the input layer, which has no weights.
    let gradient: LayerGradient?

    var typeName: String { "gradients" }

    var fieldNames: [String] { ["W", "b"] }

    func field(_ name: String) throws(ScriptError) -> Value {
        guard name == "W" || name == "b" else {
            throw ScriptError(NetworkValue.unknownField(name, of: "a layer's gradients", among: fieldNames))
        }
        guard let gradient else {
            throw ScriptError("layer 0 is the input layer: it has no weights, so no gradient \(name); gradients start at layer 1")
        }
        return .tensor(name == "W" ? gradient.weights : gradient.bias)
    }

    func render(_ options: RenderOptions) -> String {
        guard gradient != nil else { return "layer 0: the input layer has no gradient" }
        var table = TraceTable()
        addRows(to: &table, Notation(options))
        return table.render()
    }

    /// Two rows, ∂J/∂Wˡ and ∂J/∂bˡ, with their numbers and shapes.
    func addRows(to table: inout TraceTable, _ n: Notation) {
        guard let gradient else { return }
        let w = gradient.weights, b = gradient.bias
        table.add(label: "layer \(layer)", formula: n.gradient(of: "W", layer), values: TraceFormatting.values(w, n), shape: n.shape(w.shape))
        table.add(formula: n.gradient(of: "b", layer), values: TraceFormatting.values(b, n), shape: n.shape(b.shape))
    }
}
