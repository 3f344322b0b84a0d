/// How a dense layer's weights start (LANGUAGE.md §4). Biases always start at 0.
///
///     WeightInit(name: "he")?.resolved(for: .relu)   // .he
public enum WeightInit: String, Sendable, CaseIterable {
    /// Glorot uniform, U(±sqrt(6 / (n_in + n_out))).
    case xavier
    /// U(±sqrt(6 / n_in)).
    case he
    /// U(-1, 1).
    case uniform
    /// N(0, 1).
    case normal
    case zeros
    /// `he` for relu and leaky_relu layers, `xavier` otherwise.
    case auto

    public init?(name: String) { self.init(rawValue: name) }
    public static var names: [String] { allCases.map(\.rawValue) }

    /// `auto` made concrete for a layer with this activation.
    public func resolved(for activation: Activation) -> WeightInit {
        guard self == .auto else { return self }
        return activation == .relu || activation == .leakyRelu ? .he : .xavier
    }

    /// Draws a units x inputs weight matrix from the shared seeded generator.
    public func weights(units: Int, inputs: Int, activation: Activation) -> Tensor {
        let kind = resolved(for: activation)
        var values = [Double](repeating: 0, count: units * inputs)
        guard kind != .zeros else { return Tensor(rows: units, cols: inputs, values) }
        GlobalRandom.with { rng in
            for i in values.indices {
                switch kind {
                case .xavier:
                    let r = (6 / Double(max(inputs + units, 1))).squareRoot()
                    values[i] = rng.uniform(-r, r)
                case .he:
                    let r = (6 / Double(max(inputs, 1))).squareRoot()
                    values[i] = rng.uniform(-r, r)
                case .uniform: values[i] = rng.uniform(-1, 1)
                case .normal: values[i] = rng.normal()
                case .zeros, .auto: values[i] = 0
                }
            }
        }
        return Tensor(rows: units, cols: inputs, values)
    }
}
