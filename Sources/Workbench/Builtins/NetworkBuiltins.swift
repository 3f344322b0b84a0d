import Language
import NeuralEngine

/// The network built-ins (LANGUAGE.md §4): building networks layer by
/// layer, the activations as values, `derivative`, `summary`, `seed`, `copy`.
/// The activations are not functions but values of type "activation",
/// defined as globals here (`ActivationValue.help` documents them).
enum NetworkBuiltins {
    static func all(_ session: Session) -> [Builtin] {
        for f in Activation.allCases {
            session.interpreter.defineGlobal(f.name, .native(ActivationValue(f)))
        }
        return [network, input, dense, perceptron, summary, seed, copy, derivative]
    }

    static var network: Builtin {
        Builtin(
            name: "network",
            signature: Signature([Signature.Parameter](), variadic: "layers"),
            help: Help(
                signature: "network(input(n), dense(...), dense(...), ...)",
                summary: "a feed-forward network: layer 0 is input(n), then dense layers 1…L",
                concept: "networks",
                example: "net = network(input(2), dense(4, tanh), dense(1, sigmoid))\nnet.layers[1].W      # W¹, 4×2",
                details: "Each dense layer computes aˡ = f(Wˡ aˡ⁻¹ + bˡ); Wˡ has one row per neuron of layer l and one column per neuron of layer l-1. A network is an object: n2 = net names the same network; copy(net) makes an independent one."
            )
        ) { (args, context) throws(ScriptError) -> Value in
            let layers = args.rest
            let reader = args.reader("network")
            guard let first = layers.first else {
                throw ScriptError("network: expected input(n) and at least one dense layer, got nothing")
            }
            guard case .native(let n) = first, let head = n as? LayerValue, case .input(let inputs) = head.source else {
                throw ScriptError("network: the first layer must be input(n), got \(describeLayerArgument(first))", argument: reader.restOrigin(0))
            }
            guard layers.count >= 2 else {
                throw ScriptError("network: expected at least one dense layer after input(\(inputs))", argument: reader.restOrigin(0))
            }
            var specs: [LayerSpec] = []
            for (i, value) in layers.enumerated().dropFirst() {
                guard case .native(let n) = value, let layer = n as? LayerValue, case .dense(let spec) = layer.source else {
                    let what = describeLayerArgument(value)
                    let hint = what.hasPrefix("input(") ? " (input(n) comes only first)" : ""
                    throw ScriptError("network: layer \(i) must be dense(units, activation), got \(what)\(hint)", argument: reader.restOrigin(i))
                }
                specs.append(spec)
                if let note = oneUnitSoftmaxNote(spec, layer: i) { context.warn(note) }
            }
            do throws(ShapeError) {
                return .network(try Network(inputs: inputs, specs))
            } catch {
                throw ScriptError("network: \(error.message)")
            }
        }
    }

    /// Softmax divides by the sum over the layer's units: over one unit it is 1
    /// whatever the input, so nothing can be learned through it.
    static func oneUnitSoftmaxNote(_ spec: LayerSpec, layer: Int) -> String? {
        guard spec.units == 1, spec.activation == .softmax else { return nil }
        return "layer \(layer): softmax over 1 unit always gives 1 (it shares 1 among the layer's units); for one yes/no output use dense(1, sigmoid)"
    }

    /// How an error names a wrong argument to `network`.
    private static func describeLayerArgument(_ value: Value) -> String {
        if case .native(let n) = value, let layer = n as? LayerValue {
            switch layer.source {
            case .input(let k): return "input(\(k))"
            case .dense(let spec): return "dense(\(spec.units), \(spec.activation.name))"
            case .attached(_, let l): return "layer \(l) of another network (use dense(...) to describe a new one)"
            }
        }
        if value.activationNative != nil { return "an activation (write it inside dense: dense(4, relu))" }
        return value.shortDescription
    }

    static var input: Builtin {
        Builtin(
            name: "input",
            signature: Signature(["n"]),
            help: Help(
                signature: "input(n)",
                summary: "the input layer (layer 0) of n numbers; it has no weights",
                concept: "networks",
                example: "net = network(input(2), dense(1, sigmoid))"
            )
        ) { (args, _) throws(ScriptError) -> Value in
            let n = try args.reader("input").wholeNumber("n", positive: true)
            return .native(LayerValue(.input(n)))
        }
    }

    static var dense: Builtin {
        Builtin(
            name: "dense",
            signature: Signature([
                .init("units"), .init("activation", default: "linear"), .init("init", default: "\"auto\""),
            ]),
            help: Help(
                signature: "dense(units, activation=linear, init=\"auto\")",
                summary: "a fully connected layer: aˡ = f(Wˡ aˡ⁻¹ + bˡ)",
                concept: "networks",
                example: "dense(4, relu)\ndense(1, sigmoid, init=\"zeros\")",
                details: "Inits: \"xavier\" U(±sqrt(6/(n_in+n_out))), \"he\" U(±sqrt(6/n_in)), \"uniform\" U(-1, 1), \"normal\" N(0, 1), \"zeros\"; \"auto\" is he for relu and leaky_relu, xavier otherwise. Biases start at 0."
            )
        ) { (args, _) throws(ScriptError) -> Value in
            let reader = args.reader("dense")
            let units = try reader.wholeNumber("units", positive: true)
            let activation = try readActivation(reader, "activation") ?? .linear
            let initName = try reader.optionalChoice("init", among: WeightInit.names) ?? "auto"
            let initializer = WeightInit(name: initName) ?? .auto
            return .native(LayerValue(.dense(LayerSpec(units, activation, initializer: initializer))))
        }
    }

    /// An activation given as a value (`relu`) or a name (`"relu"`); nil when omitted.
    static func readActivation(_ reader: ArgumentReader, _ name: String) throws(ScriptError) -> Activation? {
        guard let value = reader.value(name) else { return nil }
        if let a = value.activationNative {
            guard a.role == .function else {
                throw reader.error(name, "\(name) must be an activation (step, sign, relu, leaky_relu, sigmoid, tanh, linear, softmax), got the derivative of \(a.activation.name)")
            }
            return a.activation
        }
        if case .string(let s) = value {
            if let a = Activation(name: s) { return a }
            var message = "\(name) must be one of \(Activation.names.joined(separator: ", ")), got \"\(s)\""
            if let close = Suggestion.closest(to: s, among: Activation.names) { message += " — did you mean \(close)?" }
            throw reader.error(name, message)
        }
        throw reader.error(name, "\(name) must be an activation (step, sign, relu, leaky_relu, sigmoid, tanh, linear, softmax), got \(value.shortDescription)")
    }

    static var perceptron: Builtin {
        Builtin(
            name: "perceptron",
            signature: Signature([.init("n"), .init("activation", default: "step")]),
            help: Help(
                signature: "perceptron(n, activation=step)",
                summary: "one neuron with a step (or sign) output: network(input(n), dense(1, step))",
                concept: "perceptron",
                example: "p = perceptron(2)\ntrain p, dataset(\"and\"), epochs=20",
                details: "train uses the perceptron rule on it: w := w + lr (y - y') x, b := b + lr (y - y')."
            )
        ) { (args, context) throws(ScriptError) -> Value in
            let reader = args.reader("perceptron")
            let n = try reader.wholeNumber("n", positive: true)
            let activation = try readActivation(reader, "activation") ?? .step
            if let note = oneUnitSoftmaxNote(LayerSpec(1, activation), layer: 1) { context.warn(note) }
            do throws(ShapeError) {
                return .network(try Network(inputs: n, [LayerSpec(1, activation)]))
            } catch {
                throw ScriptError("perceptron: \(error.message)")
            }
        }
    }

    static var summary: Builtin {
        Builtin(
            name: "summary",
            signature: Signature(["net"]),
            help: Help(
                signature: "summary(net)",
                summary: "prints one row per layer: units, activation, shapes of Wˡ and bˡ, parameters, and the total",
                concept: "networks",
                example: "summary net"
            )
        ) { (args, context) throws(ScriptError) -> Value in
            let net = try args.reader("summary").native("net", NetworkValue.self, expected: "a network")
            context.write(net.render(context.renderOptions) + "\n")
            return .none
        }
    }

    static var seed: Builtin {
        Builtin(
            name: "seed",
            signature: Signature(["n"]),
            help: Help(
                signature: "seed(n)",
                summary: "makes every random choice after it reproducible (weights, shuffling, splits, data)",
                concept: "randomness",
                example: "seed(42)\nnet = network(input(2), dense(4, tanh), dense(1, sigmoid))"
            )
        ) { (args, _) throws(ScriptError) -> Value in
            let n = try args.reader("seed").wholeNumber("n")
            GlobalRandom.seed(UInt64(bitPattern: Int64(n)))
            return .none
        }
    }

    static var copy: Builtin {
        Builtin(
            name: "copy",
            signature: Signature(["net"]),
            help: Help(
                signature: "copy(net)",
                summary: "an independent copy of a network: same weights, its own storage",
                concept: "networks",
                example: "start = network(input(1), dense(1))\nslow = copy(start)\nfast = copy(start)"
            )
        ) { (args, _) throws(ScriptError) -> Value in
            let value = try args.reader("copy").required("net")
            if let net = value.networkNative { return .network(net.copy()) }
            // Every other value is already copied by assignment.
            return value
        }
    }

    static var derivative: Builtin {
        Builtin(
            name: "derivative",
            signature: Signature(["f"]),
            help: Help(
                signature: "derivative(f)",
                summary: "f′, the derivative of an activation, as a function of z",
                concept: "activations",
                example: "derivative(sigmoid)(0)   # 0.25\nplot(derivative(tanh))",
                details: "The derivatives of step and sign are 0, undefined at z = 0. softmax has no element-wise derivative."
            )
        ) { (args, _) throws(ScriptError) -> Value in
            let reader = args.reader("derivative")
            let value = try reader.required("f")
            guard let f = value.activationNative else {
                throw reader.error("f", "f must be an activation (step, sign, relu, leaky_relu, sigmoid, tanh, linear), got \(value.shortDescription)")
            }
            guard f.role == .function else {
                throw reader.error("f", "only the first derivative is available: f is already the derivative of \(f.activation.name)")
            }
            guard f.activation.isElementwise else {
                throw reader.error("f", "softmax has no element-wise derivative: each output depends on the whole row (its derivative is a Jacobian matrix)")
            }
            return .native(ActivationValue(f.activation, role: .derivative))
        }
    }
}
