/// Trains a network in place: gradient descent (any optimizer and batch
/// size), or the perceptron rule when the output is `step` or `sign`.
///
///     let h = try Trainer(TrainingOptions(epochs: 2000, learningRate: 0.5, batch: .all))
///         .train(net, on: xor, progress: { print($0.epoch, $0.cost) }, shouldStop: { false })
public struct Trainer: Sendable {
    public var options: TrainingOptions

    public init(_ options: TrainingOptions = TrainingOptions()) {
        self.options = options
    }

    /// True when `network` is trained by the perceptron rule (its output is step or sign).
    public static func usesPerceptronRule(_ network: Network) -> Bool {
        network.outputActivation.isThreshold
    }

    /// What `train` would do on this data: the first line `train` prints.
    public func resolve(_ network: Network, examples m: Int) throws(EngineError) -> ResolvedSettings {
        try options.validate()
        let perceptron = Trainer.usesPerceptronRule(network)
        let (loss, reason) = Loss.resolve(options.loss, for: network)
        let batch = perceptron ? 1 : options.batch.resolved(for: m)
        let kind: DescentKind = perceptron ? .perceptron : (batch == 1 ? .stochastic : (batch >= m ? .batch : .miniBatch))
        var warnings = [String]()
        for (i, layer) in network.layers.enumerated().dropLast() where layer.activation.isThreshold {
            warnings.append("layer \(i + 1) uses \(layer.activation.name): its gradient is 0 everywhere, so gradient descent cannot change the layers before it")
        }
        if perceptron {
            warnings = []
            if network.depth > 1 {
                let kept = network.depth == 2 ? "layer 1 keeps its weights" : "layers 1…\(network.depth - 1) keep their weights"
                warnings.append("the perceptron rule trains only the output layer (\(network.depth)); \(kept)")
            }
            if options.optimizer != .sgd {
                warnings.append("the perceptron rule ignores optimizer \"\(options.optimizer.name)\"")
            }
            if let chosen = options.loss {
                warnings.append("the perceptron rule follows no gradient: loss \"\(chosen.name)\" only measures the cost shown")
            }
        }
        // The batch size asked for, kept for the settings line when it was cut to m.
        var requested: Int?
        if !perceptron, case .size(let k) = options.batch, k > m, m > 0 { requested = k }
        return ResolvedSettings(
            examples: m, kind: kind, batchSize: batch,
            updatesPerEpoch: m == 0 ? 0 : (m + batch - 1) / batch, epochs: options.epochs,
            learningRate: options.learningRate ?? (perceptron ? OptimizerKind.sgd : options.optimizer).defaultLearningRate,
            optimizer: options.optimizer, loss: loss, lossReason: reason, penalty: options.penalty,
            validationExamples: options.validation?.count, warnings: warnings,
            requestedBatch: requested)
    }

    /// Trains on a data set. Progress is reported after each epoch;
    /// `shouldStop` is asked between batches.
    public func train(_ network: Network, on data: Dataset,
                      progress: ((TrainingProgress) -> Void)? = nil,
                      shouldStop: (() -> Bool)? = nil) throws(EngineError) -> History {
        try train(network, x: data.x, y: data.y, progress: progress, shouldStop: shouldStop)
    }

    public func train(_ network: Network, x: Tensor, y: Tensor,
                      progress: ((TrainingProgress) -> Void)? = nil,
                      shouldStop: (() -> Bool)? = nil) throws(EngineError) -> History {
        let settings = try resolve(network, examples: x.rows)
        // The full data check (a pass over every number) is `checkData`, for callers that
        // want the error before anything runs; a nan left in the data is named by the
        // divergence message instead, so this timed path does not pay for that pass.
        try Trainer.checkWeights(network)
        if settings.kind == .perceptron {
            return try PerceptronRun(network: network, x: x, y: y, settings: settings, options: options)
                .run(progress: progress, shouldStop: shouldStop)
        }
        return try DescentRun(network: network, x: x, y: y, settings: settings, options: options)
            .run(progress: progress, shouldStop: shouldStop)
    }
}

extension Trainer {
    /// Refuses data the run could not use (shapes, labels, nan or inf),
    /// before anything is printed or changed. Validation errors start "validation set: ".
    public func checkData(_ network: Network, x: Tensor, y: Tensor) throws(EngineError) {
        let loss = Trainer.usesPerceptronRule(network) ? Loss.mse : Loss.resolve(options.loss, for: network).loss
        _ = try PreparedData(x: x, y: y, network: network, loss: loss)
        try Trainer.checkFinite(x, y, "")
        try Trainer.checkWeights(network)
        if let v = options.validation {
            _ = try PreparedData.validation(v, network: network, loss: loss)
            try Trainer.checkFinite(v.x, v.y, "validation set: ")
        }
    }

    /// Weights set by hand to nan would also be blamed on the learning rate.
    static func checkWeights(_ network: Network) throws(EngineError) {
        for (i, layer) in network.layers.enumerated() {
            for (name, values) in [("W", layer.weights.storage), ("b", layer.bias.storage)] {
                guard let bad = values.first(where: { !$0.isFinite }) else { continue }
                throw EngineError("\(name) of layer \(i + 1) holds \(formatNumber(bad)): training needs finite weights")
            }
        }
    }

    /// Where the data first holds nan or inf ("the inputs hold nan at example 1, feature 1"), or nil.
    static func firstNonFinite(_ x: Tensor, _ y: Tensor) -> String? {
        for (t, what, part) in [(x, "inputs", "feature"), (y, "targets", "output")] {
            guard let i = t.storage.firstIndex(where: { !$0.isFinite }) else { continue }
            let cols = t.isMatrix ? t.cols : 1
            let place = cols == 1 && what == "targets" ? "example \(i)" : "example \(i / cols), \(part) \(i % cols)"
            return "the \(what) hold \(formatNumber(t.storage[i])) at \(place)"
        }
        return nil
    }

    /// A nan or inf in the data would turn the first cost into nan, which
    /// would then be blamed on the learning rate: name the number instead.
    static func checkFinite(_ x: Tensor, _ y: Tensor, _ prefix: String) throws(EngineError) {
        if let place = firstNonFinite(x, y) { throw EngineError("\(prefix)\(place): training needs finite numbers") }
    }
}

extension Network {
    /// Trains in place with `options`; see `Trainer`.
    public func train(on data: Dataset, options: TrainingOptions = TrainingOptions(),
                      progress: ((TrainingProgress) -> Void)? = nil,
                      shouldStop: (() -> Bool)? = nil) throws(EngineError) -> History {
        try Trainer(options).train(self, on: data, progress: progress, shouldStop: shouldStop)
    }
}

/// Seconds since a start, from the monotonic clock.
struct Stopwatch {
    private let start = ContinuousClock.now
    var seconds: Double {
        let d = ContinuousClock.now - start
        return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }
}

/// Epoch order: 0…m-1, reshuffled with the shared generator when asked.
final class ExampleOrder {
    let count: Int
    let indices: UnsafeMutablePointer<Int>

    init(count: Int) {
        self.count = count
        indices = .allocate(capacity: Swift.max(count, 1))
        for i in 0..<count { indices[i] = i }
    }
    deinit { indices.deallocate() }

    /// Fisher–Yates with the shared seeded generator.
    func shuffle() {
        guard count > 1 else { return }
        GlobalRandom.with { rng in
            for i in stride(from: count - 1, to: 0, by: -1) {
                let j = rng.index(below: i + 1)
                let t = indices[i]; indices[i] = indices[j]; indices[j] = t
            }
        }
    }
}
