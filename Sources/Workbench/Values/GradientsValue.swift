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
            throw ScriptError(NetworkValue.unknownField(name, of: "gradients value", among: fieldNames))
        }
    }

    func render(_ options: RenderOptions) -> String {
        let n = Notation(options)
        var lines = ["gradients of J = \(ProgressNumbers.metric(gradients.cost.cost)) (\(gradients.loss.name) over \(examples) example\(examples == 1 ? "" : "s")), from the output layer back"]
        for (i, g) in gradients.layers.enumerated().reversed() {
            let l = i + 1
            lines.append(LayerGradientValue(layer: l, gradient: g).render(options, notation: n, indent: "  "))
        }
        let dW = n.unicode ? "∂J/∂Wˡ" : "dJ/dW^l", db = n.unicode ? "∂J/∂bˡ" : "dJ/db^l"
        lines.append("fields: g.layers[l].W is \(dW), g.layers[l].b is \(db), g.cost is J")
        return lines.joined(separator: "\n")
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
        render(options, notation: Notation(options), indent: "")
    }

    /// Small gradients are shown whole; large ones by shape and norm.
    static let maxShownElements = 40

    func render(_ options: RenderOptions, notation n: Notation, indent: String) -> String {
        guard let gradient else { return "\(indent)layer 0: the input layer has no gradient" }
        var lines: [String] = []
        for (symbol, t) in [("W", gradient.weights), ("b", gradient.bias)] {
            let head = "\(indent)\(n.gradient(of: symbol, layer))  \(n.shape(t.shape))"
            if t.count <= LayerGradientValue.maxShownElements {
                let body = TensorValue(t).render(options).split(separator: "\n", omittingEmptySubsequences: false)
                let prefix = head + " = "
                let pad = String(repeating: " ", count: TraceLayout.width(prefix))
                lines += body.enumerated().map { ($0.offset == 0 ? prefix : pad) + $0.element }
            } else {
                let norm = t.storage.reduce(0) { $0 + $1 * $1 }.squareRoot()
                lines.append(head + "  (norm \(ProgressNumbers.metric(norm)))")
            }
        }
        return lines.joined(separator: "\n")
    }
}
