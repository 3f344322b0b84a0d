/// The loss L(y, y') of one example; the cost J is its mean over the examples.
///
///     let (loss, why) = Loss.resolve(nil, outputActivation: .softmax, outputUnits: 3)
///     // (.crossEntropy, "softmax output → cross_entropy")
public enum Loss: String, Sendable, CaseIterable {
    /// Mean over outputs of (y - y')^2.
    case mse
    /// 1/2 the sum over outputs of (y - y')^2, as in hand derivations.
    case halfMse = "half_mse"
    /// Binary cross-entropy, for sigmoid outputs and 0/1 targets.
    case bce
    /// Categorical cross-entropy, from the softmax's log-sum-exp; targets are class indices or one-hot rows.
    case crossEntropy = "cross_entropy"

    public var name: String { rawValue }
    public init?(name: String) { self.init(rawValue: name) }
    /// Accepted names, `auto` included, for error messages.
    public static var names: [String] { ["auto"] + allCases.map(\.rawValue) }

    /// True when targets of a one-number-per-example vector are class indices.
    var takesClassIndices: Bool { self == .crossEntropy }

    /// The `auto` rule (LANGUAGE.md §6) when `requested` is nil, with the
    /// reason shown on `train`'s first line.
    public static func resolve(_ requested: Loss?, outputActivation: Activation, outputUnits: Int) -> (loss: Loss, reason: String) {
        if let requested { return (requested, "chosen") }
        if outputActivation == .softmax { return (.crossEntropy, "softmax output → cross_entropy") }
        if outputActivation == .sigmoid && outputUnits == 1 { return (.bce, "one sigmoid output → bce") }
        let what = outputUnits == 1 ? "one \(outputActivation.name) output" : "\(outputUnits) \(outputActivation.name) outputs"
        return (.mse, "\(what) → mse")
    }

    /// The `auto` rule for a network.
    public static func resolve(_ requested: Loss?, for network: Network) -> (loss: Loss, reason: String) {
        resolve(requested, outputActivation: network.outputActivation, outputUnits: network.outputCount)
    }
}

/// The cost J split as LANGUAGE.md §6 shows it: the data loss and the
/// l1/l2 penalty on the weights (not the biases).
public struct CostBreakdown: Sendable, Equatable {
    /// Mean of the per-example losses.
    public var dataLoss: Double
    /// (l2/2) sum W^2 + l1 sum |W|; 0 without a penalty.
    public var penalty: Double
    /// J = data loss + penalty.
    public var cost: Double { dataLoss + penalty }

    public init(dataLoss: Double, penalty: Double) {
        self.dataLoss = dataLoss
        self.penalty = penalty
    }
}

/// The weight penalty: (l2/2) sum W^2 + l1 sum |W|.
///
///     Penalty(l1: 0, l2: 0.01)
public struct Penalty: Sendable, Equatable {
    public var l1: Double
    public var l2: Double
    public init(l1: Double = 0, l2: Double = 0) {
        self.l1 = l1
        self.l2 = l2
    }
    public static let none = Penalty()
    public var isActive: Bool { l1 != 0 || l2 != 0 }
}
