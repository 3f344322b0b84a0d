import Language
import NeuralEngine

/// `gradcheck(net, data)`: backprop against central differences, per layer.
extension TrainingBuiltins {
    static var gradcheck: Builtin {
        Builtin(
            name: "gradcheck",
            signature: Signature([.init("net"), .init("data"), .init("y", default: "none"), .init("loss", default: "\"auto\""), .init("l2", default: "0"), .init("l1", default: "0")]),
            help: Help(
                signature: "gradcheck(net, data, loss=\"auto\", l2=0, l1=0)  or  gradcheck(net, x, y, ...)",
                summary: "compares backprop's gradients with central differences; prints the error per layer and returns the largest",
                concept: "backprop",
                example: "gradcheck(net, xor)    # below 1e-6 when backprop is right",
                details: "The relative error is ||g - g~|| / (||g|| + ||g~||) with h = 1e-5 (0 where both are 0). Large layers are checked on a sample of their weights. A parameter whose step of h moves a relu or leaky_relu z across 0 is left out (a difference across the kink averages two slopes), and the count is shown."
            )
        ) { (args, context) throws(ScriptError) -> Value in
            let reader = args.reader("gradcheck")
            let net = try network(reader)
            let (x, y, l, _) = try examples(reader, net)
            let penalty = try weightPenalty(reader)
            let check: GradientCheck
            do throws(EngineError) { check = try net.gradcheck(x: x, y: y, loss: l, penalty: penalty) } catch { throw engineError(reader, error.message) }
            let n = Notation(context.renderOptions)
            let with = penalty.isActive ? " + penalty" : ""
            var lines = ["gradcheck (\(check.loss.name)\(with), central differences, h = 1e-5): relative error per layer"]
            for layer in check.layers {
                var sampled = layer.checked + layer.atKink < layer.parameters ? "  (\(layer.checked + layer.atKink) of \(layer.parameters) parameters sampled)" : ""
                if layer.atKink > 0 {
                    sampled += "  (\(layer.atKink) of \(layer.parameters) left out: a step of h moves some z across the kink at 0)"
                }
                var verdict = layer.relativeError < 1e-6 ? "ok" : (layer.relativeError < 1e-4 ? "suspicious" : "wrong")
                if let f = layer.blockedBy { verdict = "not comparable (through \(f.name))" }
                else if layer.checked == 0 && layer.atKink > 0 { verdict = "not comparable (every parameter at a kink)" }
                lines.append("  layer \(layer.layer)  \(n.sup("W", layer.layer)), \(n.sup("b", layer.layer))  \(String(format: "%.3e", layer.relativeError))  \(verdict)\(sampled)")
            }
            context.write(lines.joined(separator: "\n") + "\n")
            if let note = TrainingReport.thresholdGradientNote(net) { context.warn(TrainingReport.ascii(note, n.unicode)) }
            return .number(check.maxError)
        }
    }
}
