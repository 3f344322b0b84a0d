import Language
import NeuralEngine

/// Help for the activations, which are values rather than built-in
/// functions: `help(relu)` finds it through `ActivationValue.help`.
extension ActivationValue {
    /// The help `help(relu)` or `help(derivative(relu))` prints.
    var help: Help { ActivationValue.help(activation, role: role) }

    static func help(_ f: Activation, role: Role = .function) -> Help {
        let n = Notation(unicode: true)
        if role == .derivative {
            return Help(
                signature: "derivative(\(f.name))(z)",
                summary: "the derivative \(f.name)′(z) = \(derivativeFormula(f, n))",
                concept: "activations",
                example: "derivative(\(f.name))(0)\nplot(derivative(\(f.name)))"
            )
        }
        return Help(
            signature: "\(f.name)(z)",
            summary: summary(f),
            concept: "activations",
            example: example(f),
            details: "\(formula(f, n)). An activation is a value: pass it to dense(units, \(f.name)), call it on a number or a tensor, plot(\(f.name))"
                + (f.isElementwise ? ", or take derivative(\(f.name))." : "; softmax has no element-wise derivative.")
        )
    }

    private static func summary(_ f: Activation) -> String {
        switch f {
        case .step: return "the threshold of the perceptron: 1 where z >= 0, else 0"
        case .sign: return "the perceptron's ±1 output: 1 where z >= 0, else -1"
        case .relu: return "the rectified linear unit: max(0, z)"
        case .leakyRelu: return "relu with a small slope below zero: z where z > 0, else 0.01 z"
        case .sigmoid: return "the logistic function 1 / (1 + e^(-z)), between 0 and 1"
        case .tanh: return "the hyperbolic tangent, between -1 and 1"
        case .linear: return "the identity: a = z (regression outputs)"
        case .softmax: return "turns a row of scores into probabilities that sum to 1 (classification outputs)"
        }
    }

    private static func example(_ f: Activation) -> String {
        switch f {
        case .step: return "step(-0.5)        # 0\nperceptron(2)     # one step neuron"
        case .sign: return "sign([-2, 0, 3])  # [-1, 1, 1]"
        case .relu: return "relu(-2)          # 0\ndense(16, relu)"
        case .leakyRelu: return "leaky_relu(-2)    # -0.02"
        case .sigmoid: return "sigmoid(0)        # 0.5\ndense(1, sigmoid)"
        case .tanh: return "tanh(0.5)\ndense(4, tanh)"
        case .linear: return "linear(3)         # 3\ndense(1)          # linear is the default"
        case .softmax: return "softmax([1, 2, 3])\ndense(10, softmax)"
        }
    }
}
