/// Which update rule training uses, with PyTorch's definitions (LANGUAGE.md §6).
///
///     OptimizerKind(name: "momentum", momentum: 0.9)   // .momentum(0.9)
public enum OptimizerKind: Sendable, Equatable {
    /// W := W - lr g.
    case sgd
    /// v := mu v + g, W := W - lr v, v starting at 0.
    case momentum(Double)
    /// Adam with bias correction, eps added after the square root, t from 1.
    case adam(beta1: Double, beta2: Double, epsilon: Double)

    public static let adamDefault = OptimizerKind.adam(beta1: 0.9, beta2: 0.999, epsilon: 1e-8)
    public static let names = ["sgd", "momentum", "adam"]

    /// The optimizer named `name` ("sgd", "momentum", "adam"); `momentum` is mu for "momentum".
    public init?(name: String, momentum: Double = 0.9) {
        switch name {
        case "sgd": self = .sgd
        case "momentum": self = .momentum(momentum)
        case "adam": self = .adamDefault
        default: return nil
        }
    }

    public var name: String {
        switch self {
        case .sgd: return "sgd"
        case .momentum: return "momentum"
        case .adam: return "adam"
        }
    }

    /// The learning rate used when none is given: 0.001 for adam, 0.1 otherwise.
    public var defaultLearningRate: Double {
        if case .adam = self { return 0.001 }
        return 0.1
    }

    /// "sgd", "momentum 0.9", "adam".
    public var summary: String {
        switch self {
        case .sgd: return "sgd"
        case .momentum(let mu): return "momentum \(formatNumber(mu))"
        case .adam: return "adam"
        }
    }

    func makeRule(for shape: NetworkShape) -> any UpdateRule {
        switch self {
        case .sgd: return SGDRule()
        case .momentum(let mu): return MomentumRule(mu: mu, count: shape.parameterCount)
        case .adam(let b1, let b2, let eps): return AdamRule(beta1: b1, beta2: b2, epsilon: eps, count: shape.parameterCount)
        }
    }
}
