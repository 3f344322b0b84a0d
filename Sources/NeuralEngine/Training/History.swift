/// What a training run recorded, one entry per epoch (LANGUAGE.md §6).
///
///     let h = try Trainer(options).train(net, on: xor)
///     h.cost.last; h.stop.message
public struct History: Sendable {
    /// J over the training data after each epoch's updates (data loss + penalty).
    public var cost: [Double] = []
    /// The penalty part of each cost (all 0 without l1/l2).
    public var penalty: [Double] = []
    /// J over the validation set; empty without one.
    public var validationCost: [Double] = []
    /// Training accuracy in [0, 1]; empty for regression.
    public var accuracy: [Double] = []
    /// Validation accuracy; empty without a validation set or for regression.
    public var validationAccuracy: [Double] = []
    /// Updates made so far, after each epoch.
    public var updates: [Int] = []
    /// Perceptron rule: mistakes in each epoch; empty for gradient descent.
    public var mistakes: [Int] = []
    public var stop: StopReason = .epochsReached(0)
    public var settings: ResolvedSettings
    /// Seconds the run took.
    public var elapsed: Double = 0

    /// The number of epochs run (completed).
    public var epochs: Int { cost.count }

    public init(settings: ResolvedSettings) {
        self.settings = settings
    }
}

/// Reported after each epoch, for drawing progress.
public struct TrainingProgress: Sendable {
    public var epoch: Int
    public var epochs: Int
    public var updates: Int
    public var cost: Double
    public var validationCost: Double?
    public var accuracy: Double?
    /// Perceptron rule only.
    public var mistakes: Int?
    /// Seconds since training started.
    public var elapsed: Double
}
