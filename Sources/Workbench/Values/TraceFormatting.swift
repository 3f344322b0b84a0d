import NeuralEngine

/// The text of `forward(..., trace=true)` and `backward(..., trace=true)`:
/// each step of the pass in the lecture's notation, with its numbers and shape.
///
///     layer 1  dense 4, tanh   z¹ = W¹ a⁰ + b¹ = [ 0.8123 -1.2041 …]  4
///                              a¹ = tanh(z¹)   = [ 0.6712 -0.8350 …]  4
enum TraceFormatting {
    /// Lines of a tensor: one line for a vector, one per row for a matrix.
    static func values(_ t: Tensor, _ n: Notation) -> [String] {
        t.isVector
            ? [TraceNumbers.vector(t.storage, ellipsis: n.ellipsis)]
            : TraceNumbers.matrixLines(t.storage, rows: t.rows, cols: t.cols, ellipsis: n.ellipsis)
    }

    static func layerLabel(_ l: Int, _ f: Activation, units: Int) -> String {
        "layer \(l)  dense \(units), \(f.name)"
    }

    /// `tanh(z¹)`, `σ(z²)`.
    static func applied(_ f: Activation, _ argument: String, _ n: Notation) -> String {
        f == .sigmoid ? "\(n.sigma)(\(argument))" : "\(f.name)(\(argument))"
    }

    /// `tanh′(z¹)`, `σ′(z²)`.
    static func derivative(_ f: Activation, _ argument: String, _ n: Notation) -> String {
        let name = f == .sigmoid ? n.sigma : f.name
        return "\(name)\(n.prime)(\(argument))"
    }

    // MARK: forward

    static func forward(_ trace: ForwardTrace, _ n: Notation) -> String {
        var table = TraceTable()
        let batch = trace.isBatch
        // A batch is written with capitals, one row per example: Zˡ = Aˡ⁻¹ (Wˡ)ᵀ + bˡ.
        let (a, z) = batch ? ("A", "Z") : ("a", "z")
        if batch { table.heading = ["a batch of \(trace.input.rows) examples, one row each"] }
        table.add(label: "layer 0  input", formula: n.sup(a, 0), values: values(trace.input, n), shape: n.shape(trace.input.shape))
        for t in trace.layers {
            let l = t.layer
            let zFormula = batch
                ? "\(n.sup(z, l)) = \(n.sup(a, l - 1)) \(n.transposed(n.sup("W", l))) + \(n.sup("b", l))"
                : "\(n.sup(z, l)) = \(n.sup("W", l)) \(n.sup(a, l - 1)) + \(n.sup("b", l))"
            table.add(label: layerLabel(l, t.activation, units: t.z.cols), formula: zFormula, values: values(t.z, n), shape: n.shape(t.z.shape))
            table.add(formula: "\(n.sup(a, l)) = \(applied(t.activation, n.sup(z, l), n))", values: values(t.a, n), shape: n.shape(t.a.shape))
        }
        return table.render()
    }

    // MARK: backward

    /// From the output layer back: δˡ, ∂J/∂Wˡ = δˡ (aˡ⁻¹)ᵀ, ∂J/∂bˡ = δˡ.
    /// `trace` is the forward pass over the same inputs (for aˡ⁻¹ and zˡ).
    static func backward(_ g: Gradients, _ trace: ForwardTrace, network: Network, examples m: Int, _ n: Notation) -> String {
        var table = TraceTable()
        let batch = trace.isBatch
        let (a, z, d) = batch ? ("A", "Z", n.bigDelta) : ("a", "z", n.delta)
        var heading = "cost J = \(ProgressNumbers.metric(g.cost.cost))   (\(g.loss.name) over \(m) example\(m == 1 ? "" : "s")"
        if g.cost.penalty != 0 {
            heading += ": data loss \(ProgressNumbers.metric(g.cost.dataLoss)) + penalty \(ProgressNumbers.metric(g.cost.penalty))"
        }
        heading += ")"
        table.heading = [heading]
        if batch { table.heading.append("one row per example; J is their mean, so \(n.sup(d, g.layers.count)) carries its 1/\(m)") }
        let depth = g.layers.count
        for l in stride(from: depth, through: 1, by: -1) {
            let f = network.layers[l - 1].activation
            let delta = g.deltas[l - 1]
            let deltaRule = l == depth
                ? outputDelta(g.loss, f, outputs: network.outputCount, examples: batch ? m : 1, l, n, a: a, z: z, y: batch ? "Y" : "y")
                : hiddenDelta(f, l, n, z: z, d: d, batch: batch)
            let partialZ = batch ? "" : " = \(n.partial)J/\(n.partial)\(n.sup(z, l))"
            table.add(label: "layer \(l)", formula: "\(n.sup(d, l))\(partialZ) = \(deltaRule)", values: values(delta, n), shape: n.shape(delta.shape))
            let dW = g.layers[l - 1].weights, db = g.layers[l - 1].bias
            let wRule = batch
                ? "\(n.transposed(n.sup(d, l))) \(n.sup(a, l - 1))"
                : "\(n.sup(d, l)) \(n.transposed(n.sup(a, l - 1)))"
            table.add(formula: "\(n.gradient(of: "W", l)) = \(wRule)", values: values(dW, n), shape: n.shape(dW.shape))
            let bRule = batch ? "sum of the rows of \(n.sup(d, l))" : n.sup(d, l)
            table.add(formula: "\(n.gradient(of: "b", l)) = \(bRule)", values: values(db, n), shape: n.shape(db.shape))
        }
        return table.render()
    }

    /// δᴸ = ∂J/∂zᴸ for the loss and output activation, as derived by hand,
    /// with the constants the engine applies: 1/k for a mean over k outputs,
    /// 1/m for a mean over a batch of m.
    static func outputDelta(_ loss: Loss, _ f: Activation, outputs k: Int, examples m: Int, _ l: Int, _ n: Notation, a: String, z: String, y: String) -> String {
        let error = "\(n.sup(a, l)) \(n.minus) \(y)"
        let times = f == .linear ? "" : " \(n.hadamard) \(derivative(f, n.sup(z, l), n))"
        func over(_ text: String, _ divisor: Int) -> String {
            divisor == 1 ? text : "(\(text)) / \(divisor)"
        }
        switch (loss, f) {
        case (.crossEntropy, .softmax):
            return over(error, m)
        case (.bce, .sigmoid):
            return over(error, k * m)
        case (.halfMse, _):
            return over(f == .linear ? error : "(\(error))\(times)", m)
        case (.mse, _):
            // 2/(k m), written as the lecture would simplify it.
            let scale = k * m == 1 ? "2 " : (k * m == 2 ? "" : "2/\(k * m) ")
            return "\(scale)(\(error))\(times)"
        default:
            return "\(n.partial)J/\(n.partial)\(n.sup(a, l))\(times)"
        }
    }

    /// δˡ = (Wˡ⁺¹)ᵀ δˡ⁺¹ ⊙ f′(zˡ) (for a batch: Δˡ = Δˡ⁺¹ Wˡ⁺¹ ⊙ f′(Zˡ)).
    static func hiddenDelta(_ f: Activation, _ l: Int, _ n: Notation, z: String, d: String, batch: Bool) -> String {
        let back = batch
            ? "\(n.sup(d, l + 1)) \(n.sup("W", l + 1))"
            : "\(n.transposed(n.sup("W", l + 1))) \(n.sup(d, l + 1))"
        return f == .linear ? back : "\(back) \(n.hadamard) \(derivative(f, n.sup(z, l), n))"
    }
}
