/// One gradient-descent training run: every buffer is allocated here, once;
/// the batch loop allocates nothing.
struct DescentRun {
    let network: Network
    let settings: ResolvedSettings
    let options: TrainingOptions
    let shape: NetworkShape
    let data: PreparedData
    let validation: PreparedData?
    let inputs: Tensor
    let targets: Tensor

    init(network: Network, x: Tensor, y: Tensor, settings: ResolvedSettings, options: TrainingOptions) throws(EngineError) {
        self.network = network
        self.settings = settings
        self.options = options
        shape = NetworkShape(network)
        data = try PreparedData(x: x, y: y, network: network, loss: settings.loss)
        if let v = options.validation {
            validation = try PreparedData.validation(v, network: network, loss: settings.loss)
        } else {
            validation = nil
        }
        inputs = x
        targets = y
    }

    func run(progress: ((TrainingProgress) -> Void)?, shouldStop: (() -> Bool)?) -> History {
        var history = History(settings: settings)
        let clock = Stopwatch()
        let params = ParameterBuffer(shape)
        params.load(from: network)
        loop(&history, params, clock, progress, shouldStop)
        params.store(into: network)
        history.elapsed = clock.seconds
        return history
    }

    private func loop(_ history: inout History, _ params: ParameterBuffer, _ clock: Stopwatch,
                      _ progress: ((TrainingProgress) -> Void)?, _ shouldStop: (() -> Bool)?) {
        let m = data.count, batch = settings.batchSize, lr = settings.learningRate
        let kind = OutputKind(network)
        let grads = ParameterBuffer(shape), lastFinite = ParameterBuffer(shape)
        lastFinite.copy(from: params)
        let rule = settings.optimizer.makeRule(for: shape)
        let ws = Workspace(shape, capacity: batch)
        let order = ExampleOrder(count: m)
        let trainEval = Evaluator(shape: shape, data: data, loss: settings.loss, kind: kind)
        let valEval = validation.map { Evaluator(shape: shape, data: $0, loss: settings.loss, kind: kind) }
        let indices = data.targets.isIndices
        var updates = 0, best = Double.infinity, sinceBest = 0
        history.stop = .epochsReached(options.epochs)
        let reserve = Swift.min(options.epochs, 1 << 20)
        history.cost.reserveCapacity(reserve)
        history.penalty.reserveCapacity(reserve)
        history.updates.reserveCapacity(reserve)
        history.accuracy.reserveCapacity(kind.isClassification ? reserve : 0)
        // Full batch: the examples never move, and the forward pass that
        // measures an epoch's cost is the next epoch's forward pass.
        let fullBatch = batch >= m
        // Without the evaluation pass, each batch's loss is tallied from the forward pass it already took.
        let batchCosts = !options.evaluatesEachEpoch && !fullBatch
        // Plain SGD needs no gradient buffer: the backward pass steps the weights itself.
        let fusedStep = settings.optimizer == .sgd && !options.penalty.isActive
        if fullBatch {
            ws.load(data, order: order.indices, start: 0, count: m)
            Propagation.forward(params, ws)
        }

        for epoch in 1...Swift.max(options.epochs, 1) where options.epochs > 0 {
            if options.shuffle && batch < m { order.shuffle() }
            var start = 0, epochTotal = 0.0, epochCorrect = 0
            while start < m {
                if let shouldStop, shouldStop() {
                    history.stop = .cancelled(epoch: epoch, updates: updates)
                    return
                }
                let n = Swift.min(batch, m - start)
                if !fullBatch {
                    ws.load(data, order: order.indices, start: start, count: n)
                    Propagation.forward(params, ws)
                }
                if batchCosts { trainEval.tally(ws, offset: 0, total: &epochTotal, correct: &epochCorrect, visit: nil) }
                settings.loss.outputDelta(ws, indices: indices, scale: 1 / Double(n))
                if fusedStep {
                    Propagation.backward(params, ws, into: grads, descend: lr)
                } else {
                    Propagation.backward(params, ws, into: grads)
                    Propagation.addPenaltyGradient(params, options.penalty, into: grads)
                    rule.step(params, grads, learningRate: lr)
                }
                updates += 1
                start += n
            }

            let result: Evaluator.Result
            if fullBatch {
                Propagation.forward(params, ws)
                result = trainEval.result(fromForwarded: ws)
            } else if batchCosts {
                result = Evaluator.Result(meanLoss: epochTotal / Double(m), correct: epochCorrect,
                                          count: kind.isClassification ? m : 0)
            } else {
                result = trainEval.run(params)
            }
            let penalty = Propagation.penalty(params, options.penalty)
            let cost = result.meanLoss + penalty
            if !cost.isFinite || !params.allFinite {
                params.copy(from: lastFinite)
                history.stop = .diverged(epoch: epoch, value: cost.isFinite ? .nan : cost, cause: likelyCause())
                return
            }
            lastFinite.copy(from: params)
            history.cost.append(cost)
            history.penalty.append(penalty)
            history.updates.append(updates)
            if let a = result.accuracy { history.accuracy.append(a) }
            var validationCost: Double?
            if let valEval {
                let v = valEval.run(params)
                validationCost = v.meanLoss + penalty
                history.validationCost.append(v.meanLoss + penalty)
                if let a = v.accuracy { history.validationAccuracy.append(a) }
            }
            progress?(TrainingProgress(epoch: epoch, epochs: options.epochs, updates: updates, cost: cost,
                                       validationCost: validationCost, accuracy: result.accuracy, mistakes: nil,
                                       elapsed: clock.seconds))
            if let target = options.targetLoss, cost <= target {
                history.stop = .targetReached(epoch: epoch, cost: cost, target: target)
                return
            }
            if let patience = options.patience {
                let monitored = validationCost ?? cost
                if monitored < best {
                    best = monitored
                    sinceBest = 0
                } else {
                    sinceBest += 1
                    if sinceBest >= patience {
                        history.stop = .patience(epoch: epoch, patience: patience, best: best,
                                                 monitored: validationCost == nil ? "cost" : "validation cost")
                        return
                    }
                }
            }
        }
    }

    /// The most probable reason a cost blew up, for the stop message.
    func likelyCause() -> String {
        // Only measured when needed: a pass over every input.
        if let place = Trainer.firstNonFinite(inputs, targets) { return place }
        let largestInput = inputs.storage.reduce(0) { Swift.max($0, Swift.abs($1)) }
        var cause = "learning rate \(formatNumber(settings.learningRate)) is probably too large"
        if largestInput > 100 {
            cause += ", or the inputs need normalize(data): they reach \(short(largestInput))"
        }
        return cause
    }
}
