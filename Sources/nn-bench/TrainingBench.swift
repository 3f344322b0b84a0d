import NeuralEngine

/// W1-W4: the engine's own training loop (`Trainer.train`, what a user of
/// the engine calls), timed alone: data and network are built before the
/// clock starts, and every run starts again from the same seed, so the five
/// runs train the same network and end at the same cost.
enum TrainingBench {
    struct Run {
        var seconds: Double
        var cpuSeconds: Double
        var history: History
        var network: Network
    }

    /// Median time of 5 identical runs, and the last run's outcome.
    static func measure(seed: UInt64, build: () throws -> Network, data: Dataset, options: TrainingOptions) throws -> Run {
        var times = [Timing]()
        var last: (History, Network)?
        for _ in 0..<5 {
            GlobalRandom.seed(seed)
            let network = try build()
            var history: History?
            var failure: Error?
            let timing = Timing.measure {
                do { history = try Trainer(options).train(network, on: data) } catch { failure = error }
            }
            if let failure { throw failure }
            times.append(timing)
            if let history { last = (history, network) }
        }
        guard let (history, network) = last else { throw EngineError("no run finished") }
        return Run(seconds: Timing.middle(times.map(\.wall)), cpuSeconds: Timing.middle(times.map(\.cpu)),
                   history: history, network: network)
    }

    /// W2-W4 twice: as the peers' loops train (`evaluatesEachEpoch` false: no
    /// pass over all the data after each epoch; benchmarks/peers.py computes
    /// no per-epoch cost), and as `train` does by default (that pass included).
    /// Both train the same network (the pass draws no random numbers), so the
    /// cost reported is the default run's exact cost over all the data.
    static func measureBoth(seed: UInt64, build: () throws -> Network, data: Dataset,
                            options: TrainingOptions) throws -> (lean: Run, full: Run) {
        var lean = options
        lean.evaluatesEachEpoch = false
        return (try measure(seed: seed, build: build, data: data, options: lean),
                try measure(seed: seed, build: build, data: data, options: options))
    }

    /// W1 xor-tiny: 2-4-1 tanh/sigmoid, mse, full batch of 4, sgd lr 0.5, 10,000 epochs.
    static func xor() throws {
        guard let data = try Dataset.bundled("xor") else { throw EngineError("xor is not bundled") }
        let options = TrainingOptions(epochs: 10_000, learningRate: 0.5, batch: .all, loss: .mse, optimizer: .sgd)
        let run = try measure(seed: 1, build: {
            try Network(inputs: 2, [LayerSpec(4, .tanh), LayerSpec(1, .sigmoid)])
        }, data: data, options: options)
        print(JSONLine([
            "workload": .text("W1"), "seconds": .number(run.seconds), "cpu_seconds": .number(run.cpuSeconds), "cost": .number(run.history.cost.last ?? .nan),
            "accuracy": .number(run.history.accuracy.last ?? .nan), "updates": .integer(run.history.updates.last ?? 0),
            "us_per_update": .number(run.seconds / Double(max(1, run.history.updates.last ?? 0)) * 1e6),
        ]))
    }

    /// W2 iris: standardized, 4-16-3 relu/softmax, cross_entropy, batch 16 shuffled, sgd lr 0.1, 200 epochs.
    static func iris() throws {
        guard let raw = try Dataset.bundled("iris") else { throw EngineError("iris is not bundled") }
        let data = raw.normalized()
        let options = TrainingOptions(epochs: 200, learningRate: 0.1, batch: .size(16), loss: .crossEntropy, optimizer: .sgd)
        let (run, full) = try measureBoth(seed: 2, build: {
            try Network(inputs: 4, [LayerSpec(16, .relu), LayerSpec(3, .softmax)])
        }, data: data, options: options)
        print(JSONLine([
            "workload": .text("W2"), "seconds": .number(run.seconds), "cpu_seconds": .number(run.cpuSeconds), "cost": .number(full.history.cost.last ?? .nan),
            "per_epoch_evaluation": .text("no"), "seconds_with_evaluation": .number(full.seconds), "cpu_seconds_with_evaluation": .number(full.cpuSeconds),
            "accuracy": .number(full.history.accuracy.last ?? .nan), "updates": .integer(run.history.updates.last ?? 0),
            "us_per_update": .number(run.seconds / Double(max(1, run.history.updates.last ?? 0)) * 1e6),
        ]))
    }

    /// W3 digits: pixels / 16, 80/20 split, 64-64-10 relu/softmax, batch 32
    /// shuffled, sgd lr 0.1 momentum 0.9, 50 epochs; test accuracy.
    static func digits() throws {
        guard let raw = try Dataset.bundled("digits") else { throw EngineError("digits is not bundled") }
        let scaled = Dataset(name: "digits", x: Tensor(rows: raw.count, cols: raw.features, raw.x.storage.map { $0 / 16 }),
                             y: raw.y, classes: raw.classes)
        var rng = SeededRandom(seed: 3)
        let (train, test) = try scaled.split(0.8, using: &rng)
        let options = TrainingOptions(epochs: 50, learningRate: 0.1, batch: .size(32), loss: .crossEntropy, optimizer: .momentum(0.9))
        let (run, full) = try measureBoth(seed: 3, build: {
            try Network(inputs: 64, [LayerSpec(64, .relu), LayerSpec(10, .softmax)])
        }, data: train, options: options)
        let evaluation = try run.network.evaluate(test)
        print(JSONLine([
            "workload": .text("W3"), "seconds": .number(run.seconds), "cpu_seconds": .number(run.cpuSeconds), "cost": .number(full.history.cost.last ?? .nan),
            "per_epoch_evaluation": .text("no"), "seconds_with_evaluation": .number(full.seconds), "cpu_seconds_with_evaluation": .number(full.cpuSeconds),
            "test_accuracy": .number(evaluation.accuracy ?? .nan), "updates": .integer(run.history.updates.last ?? 0),
            "us_per_update": .number(run.seconds / Double(max(1, run.history.updates.last ?? 0)) * 1e6),
        ]))
    }

    /// W4 mnist-size: 60,000 x 784 uniform [0,1) inputs, random labels 0-9,
    /// 784-128-10 relu/softmax, batch 64, sgd lr 0.01, one epoch.
    static func mnistSize() throws {
        let m = 60_000, n = 784
        var rng = SeededRandom(seed: 4)
        var x = [Double](repeating: 0, count: m * n)
        for i in 0..<x.count { x[i] = rng.uniform() }
        let y = (0..<m).map { _ in Double(rng.index(below: 10)) }
        let data = Dataset(name: "mnist-size", x: Tensor(rows: m, cols: n, x), y: Tensor(y), classes: (0...9).map(String.init))
        let options = TrainingOptions(epochs: 1, learningRate: 0.01, batch: .size(64), loss: .crossEntropy, optimizer: .sgd)
        let (run, full) = try measureBoth(seed: 4, build: {
            try Network(inputs: n, [LayerSpec(128, .relu), LayerSpec(10, .softmax)])
        }, data: data, options: options)
        print(JSONLine([
            "workload": .text("W4"), "seconds": .number(run.seconds), "cpu_seconds": .number(run.cpuSeconds), "samples_per_second": .number(Double(m) / run.seconds),
            "cost": .number(full.history.cost.last ?? .nan),
            "per_epoch_evaluation": .text("no"), "seconds_with_evaluation": .number(full.seconds), "cpu_seconds_with_evaluation": .number(full.cpuSeconds), "threads": .integer(GEMM.threads),
            "updates": .integer(run.history.updates.last ?? 0),
        ]))
    }
}
