/// How many examples each update uses.
public enum BatchSize: Sendable, Equatable {
    /// Every example: (full) batch gradient descent.
    case all
    /// k examples per update: 1 is stochastic, more is mini-batch.
    case size(Int)

    /// The batch size for m examples.
    public func resolved(for m: Int) -> Int {
        switch self {
        case .all: return m
        case .size(let k): return Swift.max(1, Swift.min(k, m))
        }
    }
}

/// The settings of one `train` call (LANGUAGE.md §6), before resolution.
///
///     var options = TrainingOptions(epochs: 2000, learningRate: 0.5, batch: .all)
///     options.targetLoss = 0.01
public struct TrainingOptions: Sendable {
    public var epochs: Int
    /// nil: 0.001 for adam, 0.1 otherwise.
    public var learningRate: Double?
    public var batch: BatchSize
    /// nil: the `auto` rule.
    public var loss: Loss?
    public var optimizer: OptimizerKind
    public var penalty: Penalty
    public var validation: Dataset?
    /// Stop once the cost J is at or below this.
    public var targetLoss: Double?
    /// Stop after this many epochs without improvement of the validation cost (or the cost).
    public var patience: Int?
    /// Reshuffle the examples every epoch (with the shared seeded generator).
    public var shuffle: Bool
    /// true (the default, LANGUAGE.md §6): each epoch's cost and accuracy are measured
    /// on all the training data after the epoch's updates, one extra forward pass.
    /// false: mini-batch training reports instead the mean of the mini-batch costs
    /// (and the share of correct predictions) computed during the epoch, each before
    /// its own update, as most PyTorch and Keras loops print; this skips that pass.
    /// Full-batch training always reports the exact cost (it reuses its forward pass).
    public var evaluatesEachEpoch: Bool

    public init(epochs: Int = 100, learningRate: Double? = nil, batch: BatchSize = .size(32), loss: Loss? = nil,
                optimizer: OptimizerKind = .sgd, penalty: Penalty = .none, validation: Dataset? = nil,
                targetLoss: Double? = nil, patience: Int? = nil, shuffle: Bool = true,
                evaluatesEachEpoch: Bool = true) {
        self.epochs = epochs
        self.learningRate = learningRate
        self.batch = batch
        self.loss = loss
        self.optimizer = optimizer
        self.penalty = penalty
        self.validation = validation
        self.targetLoss = targetLoss
        self.patience = patience
        self.shuffle = shuffle
        self.evaluatesEachEpoch = evaluatesEachEpoch
    }

    /// Refuses settings that cannot train, naming the value.
    func validate() throws(EngineError) {
        guard epochs >= 0 else { throw EngineError("epochs must be 0 or more, got \(epochs)") }
        if let lr = learningRate, !(lr > 0 && lr.isFinite) {
            throw EngineError("lr must be a number above 0, got \(formatNumber(lr))")
        }
        if case .size(let k) = batch, k < 1 { throw EngineError("batch must be at least 1 or \"all\", got \(k)") }
        if let p = patience, p < 1 { throw EngineError("patience must be at least 1, got \(p)") }
        guard penalty.l1 >= 0, penalty.l2 >= 0, penalty.l1.isFinite, penalty.l2.isFinite else {
            throw EngineError("l1 and l2 must be 0 or more, got l1=\(formatNumber(penalty.l1)), l2=\(formatNumber(penalty.l2))")
        }
        if case .momentum(let mu) = optimizer, !(mu >= 0 && mu < 1) {
            throw EngineError("momentum must be in [0, 1), got \(formatNumber(mu))")
        }
    }
}
