import Language
import NeuralEngine

/// The passes by hand (LANGUAGE.md §6): `forward` and `backward`, with
/// their traces, and `update`.
extension TrainingBuiltins {
    // MARK: forward

    static var forward: Builtin {
        Builtin(
            name: "forward",
            signature: Signature([.init("net"), .init("x"), .init("trace", default: "false")]),
            help: Help(
                signature: "forward(net, x, trace=false)",
                summary: "the network's output for one example (a vector) or a batch (a matrix, one row per example)",
                concept: "backprop",
                example: "forward(net, [1, 0])\nforward(net, [1, 0], trace=true)",
                details: "With trace=true it prints, layer by layer, zˡ = Wˡ aˡ⁻¹ + bˡ and aˡ = f(zˡ) with their shapes (for a batch, Zˡ = Aˡ⁻¹ (Wˡ)ᵀ + bˡ)."
            )
        ) { (args, context) throws(ScriptError) -> Value in
            let reader = args.reader("forward")
            let net = try network(reader)
            let x = try inputs(reader, "x")
            let showTrace = try reader.bool("trace", default: false)
            let trace: ForwardTrace
            do throws(ShapeError) { trace = try net.trace(x) } catch { throw reader.error("x", error.message) }
            if showTrace {
                context.write(TraceFormatting.forward(trace, Notation(context.renderOptions)) + "\n")
            }
            return .tensor(trace.output)
        }
    }

    // MARK: backward

    static var backward: Builtin {
        Builtin(
            name: "backward",
            signature: Signature([
                .init("net"), .init("data"), .init("y", default: "none"),
                .init("loss", default: "\"auto\""), .init("trace", default: "false"),
                .init("l2", default: "0"), .init("l1", default: "0"),
            ]),
            help: Help(
                signature: "backward(net, data, loss=\"auto\", trace=false, l2=0, l1=0)  or  backward(net, x, y, ...)",
                summary: "the gradients ∂J/∂Wˡ and ∂J/∂bˡ of the cost over the data, by backpropagation; no weight changes",
                concept: "backprop",
                example: "net = network(input(2), dense(2, sigmoid), dense(2, sigmoid))\ng = backward(net, [0.05, 0.10], [0.01, 0.99], loss=\"half_mse\", trace=true)\ng.layers[2].W\nupdate(net, g, lr=0.5)",
                details: "With trace=true it prints, from the output layer back, δˡ, ∂J/∂Wˡ = δˡ (aˡ⁻¹)ᵀ and ∂J/∂bˡ = δˡ with their shapes. l2= and l1= add the penalty's gradient l2 W + l1 sign(W) to ∂J/∂Wˡ (not to the biases), as train does, so a loop written by hand matches train(..., l2=...)."
            )
        ) { (args, context) throws(ScriptError) -> Value in
            let reader = args.reader("backward")
            let net = try network(reader)
            let (x, y, lossValue, m) = try examples(reader, net)
            let showTrace = try reader.bool("trace", default: false)
            let penalty = try weightPenalty(reader)
            let g: Gradients
            do throws(EngineError) { g = try net.backward(x: x, y: y, loss: lossValue, penalty: penalty) } catch { throw engineError(reader, error.message) }
            if let note = TrainingReport.thresholdGradientNote(net) {
                context.warn(TrainingReport.ascii(note, context.renderOptions.unicode))
            }
            if showTrace {
                let trace: ForwardTrace
                do throws(ShapeError) { trace = try net.trace(x) } catch { throw reader.error("data", error.message) }
                context.write(TraceFormatting.backward(g, trace, network: net, examples: m, Notation(context.renderOptions)) + "\n")
            }
            return .native(GradientsValue(gradients: g, examples: m))
        }
    }

    /// The targets `y` for inputs `x`: for one example (a vector x), a number
    /// or a vector of the network's outputs; for a batch, a vector or matrix.
    static func targets(_ value: Value, for x: Tensor, network: Network, _ reader: ArgumentReader) throws(ScriptError) -> Tensor {
        if case .number(let v) = value { return Tensor([v]) }
        let y = try reader.tensor("y")
        guard x.isVector else { return y }
        let k = network.outputCount
        if y.isVector && y.count == k && k > 1 { return Tensor(rows: 1, cols: k, y.storage) }
        if y.isVector && y.count != 1 {
            throw reader.error("y", "one example (x is a vector) needs y with one target per output: \(k) number\(k == 1 ? "" : "s"), got a vector of \(y.count)")
        }
        return y
    }

    // MARK: update

    static var update: Builtin {
        Builtin(
            name: "update",
            signature: Signature([.init("net"), .init("g"), .init("lr", default: "0.1"), .init("biases", default: "true")]),
            help: Help(
                signature: "update(net, g, lr=0.1, biases=true)",
                summary: "one gradient-descent step: W := W - lr ∂J/∂W and b := b - lr ∂J/∂b",
                concept: "backprop",
                example: "g = backward(net, xor)\nupdate(net, g, lr=0.5)",
                details: "biases=false leaves the biases as they are (as some worked examples do)."
            )
        ) { (args, _) throws(ScriptError) -> Value in
            let reader = args.reader("update")
            let net = try network(reader)
            let g = try reader.native("g", GradientsValue.self, expected: "gradients from backward(...)")
            let lr = try reader.number("lr", default: 0.1)
            guard lr.isFinite else { throw reader.error("lr", "lr must be a finite number, got \(Value.number(lr).shortDescription)") }
            let biases = try reader.bool("biases", default: true)
            do throws(EngineError) { try net.update(with: g.gradients, learningRate: lr, biases: biases) } catch {
                throw reader.error("g", error.message)
            }
            return .none
        }
    }
}
