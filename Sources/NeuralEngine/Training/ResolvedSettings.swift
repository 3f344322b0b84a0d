/// The kind of training a run does.
public enum DescentKind: String, Sendable {
    case stochastic = "stochastic gradient descent"
    case miniBatch = "mini-batch gradient descent"
    case batch = "batch gradient descent"
    case perceptron = "the perceptron rule"
}

/// The settings after defaults and the `auto` rules, for `train`'s first line.
///
///     settings.description
///     // "m = 4, batch gradient descent (batch 4, 1 update per epoch), lr 0.5, sgd, loss bce (one sigmoid output → bce)"
public struct ResolvedSettings: Sendable {
    public var examples: Int
    public var kind: DescentKind
    public var batchSize: Int
    public var updatesPerEpoch: Int
    public var epochs: Int
    public var learningRate: Double
    public var optimizer: OptimizerKind
    public var loss: Loss
    public var lossReason: String
    public var penalty: Penalty
    public var validationExamples: Int?
    /// Things the user should know before the numbers (training through step, ...).
    public var warnings: [String]
    /// The batch size asked for when it was more than m (and so cut to m).
    public var requestedBatch: Int? = nil

    public var description: String {
        var parts = ["m = \(examples)"]
        let perEpoch = "\(updatesPerEpoch) \(updatesPerEpoch == 1 ? "update" : "updates") per epoch"
        switch kind {
        case .perceptron: parts.append("the perceptron rule (one example at a time, \(perEpoch) at most)")
        default:
            let capped = requestedBatch.map { ": batch=\($0) is more than the \(examples) examples" } ?? ""
            parts.append("\(kind.rawValue) (batch \(batchSize)\(capped), \(perEpoch))")
        }
        parts.append("lr \(formatNumber(learningRate))")
        if kind != .perceptron { parts.append(optimizer.summary) }
        if kind == .perceptron {
            // The rule itself follows the mistakes; the loss only measures the cost shown.
            parts.append("cost measured with \(loss.name)")
        } else {
            parts.append(lossReason == "chosen" ? "loss \(loss.name)" : "loss \(loss.name) (\(lossReason))")
        }
        if penalty.l2 != 0 { parts.append("l2 \(formatNumber(penalty.l2))") }
        if penalty.l1 != 0 { parts.append("l1 \(formatNumber(penalty.l1))") }
        if let v = validationExamples { parts.append("validation \(v)") }
        return parts.joined(separator: ", ")
    }
}
