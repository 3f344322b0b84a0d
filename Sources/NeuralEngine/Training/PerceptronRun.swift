/// One run of the perceptron rule (LANGUAGE.md §4): for each example in
/// turn, w := w + lr (y - y') x and b := b + lr (y - y') on the output
/// layer, counting the mistakes of each epoch.
struct PerceptronRun {
    let network: Network
    let settings: ResolvedSettings
    let options: TrainingOptions
    let shape: NetworkShape
    let data: PreparedData

    init(network: Network, x: Tensor, y: Tensor, settings: ResolvedSettings, options: TrainingOptions) throws(EngineError) {
        self.network = network
        self.settings = settings
        self.options = options
        shape = NetworkShape(network)
        // PreparedData reads a sign output's 0/1 labels as -1/+1.
        data = try PreparedData(x: x, y: y, network: network, loss: .mse)
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
        let m = data.count, lr = settings.learningRate
        let last = shape.depth - 1, k = shape.outputCount, n = shape.inputs(of: last)
        let ws = Workspace(shape, capacity: 1)
        let order = ExampleOrder(count: m)
        // The cost shown is only a measure here; a sign output's -1 has no log, so bce falls back to mse too.
        let unmeasurable = settings.loss == .crossEntropy || (settings.loss == .bce && !network.outputActivation.givesProbabilities)
        let eval = Evaluator(shape: shape, data: data, loss: unmeasurable ? .mse : settings.loss, kind: OutputKind(network))
        var updates = 0, mistakes = 0
        history.stop = .epochsReached(options.epochs)
        for epoch in 1...Swift.max(options.epochs, 1) where options.epochs > 0 {
            if options.shuffle { order.shuffle() }
            mistakes = 0
            for i in 0..<m {
                if let shouldStop, shouldStop() {
                    history.stop = .cancelled(epoch: epoch, updates: updates)
                    return
                }
                ws.load(data, order: order.indices, start: i, count: 1)
                Propagation.forward(params, ws)
                let previous = last == 0 ? ws.input : ws.a[last - 1]
                let w = params.weights(last), b = params.bias(last)
                var wrong = false
                for j in 0..<k {
                    let e = ws.targetValues[j] - ws.output[j]
                    guard e != 0 else { continue }
                    wrong = true
                    for c in 0..<n { w[c * k + j] += lr * e * previous[c] }  // W is stored transposed
                    b[j] += lr * e
                }
                if wrong {
                    mistakes += 1
                    updates += 1
                }
            }
            let result = eval.run(params)
            history.cost.append(result.meanLoss)
            history.penalty.append(0)
            history.updates.append(updates)
            history.mistakes.append(mistakes)
            if let a = result.accuracy { history.accuracy.append(a) }
            progress?(TrainingProgress(epoch: epoch, epochs: options.epochs, updates: updates, cost: result.meanLoss,
                                       validationCost: nil, accuracy: result.accuracy, mistakes: mistakes,
                                       elapsed: clock.seconds))
            if mistakes == 0 {
                history.stop = .converged(epoch: epoch)
                return
            }
        }
        if options.epochs > 0 { history.stop = .notSeparable(mistakes: mistakes, epochs: options.epochs) }
    }
}
