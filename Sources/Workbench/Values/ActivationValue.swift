import Language
import NeuralEngine

/// An activation as a value of the language (`relu`, `sigmoid`…), or its
/// derivative (`derivative(relu)`). Both are callable on a number or a
/// tensor: `relu(-2)` is 0, `sigmoid([0, 1])` is a tensor.
///
///     relu(-2)              # 0
///     derivative(tanh)(0)   # 1
///
/// Charts plot either through `values(at:)`; `undefinedPoints` are the z
/// where the function has no value a plot should draw (the derivative of
/// step and sign at 0).
struct ActivationValue: NativeValue {
    enum Role: Equatable {
        case function
        case derivative
    }

    let activation: Activation
    let role: Role

    init(_ activation: Activation, role: Role = .function) {
        self.activation = activation
        self.role = role
    }

    /// "activation" for f itself; a derivative is a plain function of z.
    var typeName: String { role == .function ? "activation" : "function" }

    /// `relu`, or `relu′` / `relu'` for the derivative.
    func label(unicode: Bool = true) -> String {
        role == .function ? activation.name : activation.name + (unicode ? "′" : "'")
    }

    var fieldNames: [String] { ["name"] }

    func field(_ name: String) throws(ScriptError) -> Value {
        if name == "name" { return .string(label(unicode: false)) }
        var message = "\(role == .function ? "an activation" : "a derivative") has no field '\(name)'"
        if role == .function { message += " — call it instead: \(activation.name)(z)" }
        throw ScriptError(message)
    }

    /// Points of z where the function is undefined; plots mark them.
    var undefinedPoints: [Double] {
        role == .derivative && activation.isThreshold ? [0] : []
    }

    /// f(z) (or f′(z)) at each point, for plots; nil for softmax's derivative.
    func values(at zs: [Double]) -> [Double] {
        switch role {
        case .function: return zs.map(activation.value)
        case .derivative: return zs.map { activation.derivative($0) ?? .nan }
        }
    }

    var isCallable: Bool { true }

    func call(_ arguments: Arguments, _ context: any CallContext) throws(ScriptError) -> Value {
        let name = label(unicode: false)
        let given = arguments.rest + arguments.named.values
        guard given.count == 1, let z = given.first else {
            throw ScriptError("\(name) takes one argument z (a number or a tensor), got \(given.count)")
        }
        if case .number(let x) = z {
            return .number(role == .function ? activation.value(x) : (activation.derivative(x) ?? .nan))
        }
        let tensor: Tensor
        do { tensor = try z.toTensor("z") } catch {
            throw ScriptError("\(name) takes a number or a tensor, got \(z.shortDescription)", argument: .position(0))
        }
        switch role {
        case .function:
            return .tensor(activation.apply(tensor))
        case .derivative:
            guard let d = activation.derivative(tensor) else {
                throw ScriptError("softmax has no element-wise derivative: it mixes a whole row")
            }
            return .tensor(d)
        }
    }

    /// Inside a list the name is enough: `[<activation relu>, <activation tanh>]`.
    func renderInline(_ options: RenderOptions) -> String {
        switch role {
        case .function: return "<activation \(activation.name)>"
        case .derivative: return "<derivative of \(activation.name)>"
        }
    }

    func render(_ options: RenderOptions) -> String {
        let n = Notation(options)
        switch role {
        case .function:
            return "activation \(activation.name): \(ActivationValue.formula(activation, n))"
        case .derivative:
            return "derivative of \(activation.name): \(label(unicode: n.unicode))(z) = \(ActivationValue.derivativeFormula(activation, n))"
        }
    }

    /// The activation's definition, as the lecture writes it.
    static func formula(_ f: Activation, _ n: Notation) -> String {
        let ge = n.unicode ? "≥" : ">="
        switch f {
        case .step: return "step(z) = 1 where z \(ge) 0, else 0"
        case .sign: return "sign(z) = 1 where z \(ge) 0, else -1"
        case .relu: return "relu(z) = max(0, z)"
        case .leakyRelu: return "leaky_relu(z) = z where z > 0, else 0.01 z"
        case .sigmoid: return n.unicode ? "σ(z) = 1 / (1 + e⁻ᶻ)" : "sigmoid(z) = 1 / (1 + e^(-z))"
        case .tanh: return n.unicode ? "tanh(z) = (eᶻ − e⁻ᶻ) / (eᶻ + e⁻ᶻ)" : "tanh(z) = (e^z - e^(-z)) / (e^z + e^(-z))"
        case .linear: return "linear(z) = z"
        case .softmax: return n.unicode ? "softmax(z)ᵢ = e^zᵢ / Σⱼ e^zⱼ (over each row)" : "softmax(z)_i = e^(z_i) / sum_j e^(z_j) (over each row)"
        }
    }

    static func derivativeFormula(_ f: Activation, _ n: Notation) -> String {
        switch f {
        case .step, .sign: return "0 (undefined at z = 0)"
        case .relu: return "1 where z > 0, else 0"
        case .leakyRelu: return "1 where z > 0, else 0.01"
        case .sigmoid: return n.unicode ? "σ(z) (1 − σ(z))" : "sigmoid(z) (1 - sigmoid(z))"
        case .tanh: return n.unicode ? "1 − tanh²(z)" : "1 - tanh(z)^2"
        case .linear: return "1"
        case .softmax: return "none (softmax is not element-wise)"
        }
    }
}

extension Value {
    /// The activation a value names: an activation value, or its name as a
    /// string (`dense(4, "relu")`); nil for anything else.
    var activationNative: ActivationValue? {
        if case .native(let n) = self, let a = n as? ActivationValue { return a }
        return nil
    }
}

/// `help(relu)` shows relu's page; `help(derivative(relu))` the page of `derivative`.
extension ActivationValue: HelpNamed {
    var helpName: String { role == .function ? activation.name : "derivative" }
}
