import Language
import NeuralEngine

/// `train(net, data, ...)`: reads and checks the settings, runs the engine's
/// trainer with progress and Ctrl-C, and prints the settings line, the
/// progress and the stop line (LANGUAGE.md §6).
extension TrainingBuiltins {
    static func train(_ session: Session) -> Builtin {
        Builtin(
            name: "train",
            signature: Signature([
                .init("net"), .init("data"),
                .init("epochs", default: "100"), .init("lr", default: "0.1"), .init("batch", default: "32"),
                .init("loss", default: "\"auto\""), .init("optimizer", default: "\"sgd\""),
                .init("momentum", default: "0.9"), .init("l2", default: "0"), .init("l1", default: "0"),
                .init("validation", default: "none"), .init("target_loss", default: "none", aliases: ["target_cost"]),
                .init("patience", default: "none"), .init("verbose", default: "true"),
            ]),
            help: Help(
                signature: "train(net, data, epochs=100, lr=0.1, batch=32, loss=\"auto\", optimizer=\"sgd\", momentum=0.9, l2=0, l1=0, validation=none, target_loss=none, patience=none, verbose=true)",
                summary: "trains the network in place by gradient descent (or the perceptron rule) and returns its history",
                concept: "training",
                example: "h = train(net, xor, epochs=2000, lr=0.5, batch=\"all\")\nplot h",
                details: """
                batch=1 is stochastic gradient descent, batch="all" is batch gradient descent, anything between is mini-batch; \
                updates per epoch are ceil(m / batch). Optimizers: "sgd", "momentum", "adam" (default lr 0.001). \
                Training stops after epochs, when the cost is at or below target_loss (also target_cost), or after patience \
                epochs without improvement of the validation cost (or the cost). A step or sign output is trained by the \
                perceptron rule: w := w + lr (y - y') x. Ctrl-C stops it, keeping the weights reached.
                """
            )
        ) { (args, context) throws(ScriptError) -> Value in
            try runTraining(args, context, session)
        }
    }

    private static func runTraining(_ args: Arguments, _ context: any CallContext, _ session: Session) throws(ScriptError) -> Value {
        let reader = args.reader("train")
        let net = try network(reader)
        let data = try dataset(reader, "data")
        let options = try trainingOptions(reader)
        let verbose = try reader.bool("verbose", default: true)
        let unicode = context.renderOptions.unicode

        // A mismatch stops here, before the settings line of a run that never starts.
        guard data.x.cols == net.inputCount else {
            throw reader.error("data", "dense layer 1 expects \(net.inputCount) inputs, got \(data.x.cols)")
        }
        let trainer = Trainer(options)
        let settings: ResolvedSettings
        do throws(EngineError) { settings = try trainer.resolve(net, examples: data.count) } catch { throw engineError(reader, error.message) }
        do throws(EngineError) { try trainer.checkData(net, x: data.x, y: data.y) } catch {
            // A loss that does not fit the output layer is the loss's fault (auto never picks one).
            let lossMismatch = error.message.contains("reads the outputs as probabilities") && reader.value("loss") != nil
            let weights = error.message.hasSuffix("training needs finite weights")
            let place = error.message.hasPrefix("validation") ? "validation" : (lossMismatch ? "loss" : (weights ? "net" : "data"))
            throw engineError(reader, error.message, at: place)
        }
        // A notebook keeps one summary line per run (the stop line): no
        // settings line, no progress.
        let detailed = verbose && !session.isNotebook
        let live = session.options.isTerminal && !session.isNotebook
        // On a terminal the long report lines fold at their commas; logs and tests keep one line each.
        let fit = { (line: String, indent: Int) in live ? TrainingReport.folded(line, width: context.renderOptions.width - 1, indent: indent) : line }
        if detailed {
            context.write(fit(TrainingReport.settingsLine(settings, unicode: unicode), 7) + "\n")
        }
        if verbose {
            var warnings = TrainingReport.warnings(settings, net)
            // LANGUAGE.md §6: sgd (and adam) ignore momentum; a student who set it meant it.
            if case .number(let mu)? = reader.value("momentum"), settings.kind != .perceptron, options.optimizer.name != "momentum" {
                warnings.append("momentum=\(Value.number(mu).shortDescription) has no effect with optimizer \"\(options.optimizer.name)\": use optimizer=\"momentum\"")
            }
            for warning in warnings { context.warn(TrainingReport.ascii(warning, unicode)) }
        }

        let display = detailed ? ProgressDisplay(epochs: options.epochs, live: live, unicode: unicode, width: context.renderOptions.width, write: context.write) : nil
        let history: History
        do throws(EngineError) {
            history = try trainer.train(
                net, x: data.x, y: data.y,
                progress: { p in
                    display?.epochEnded(EpochLine(
                        epoch: p.epoch, updates: p.updates, cost: p.cost,
                        validationCost: p.validationCost, accuracy: p.accuracy, mistakes: p.mistakes))
                },
                shouldStop: { context.isInterrupted }
            )
        } catch {
            throw engineError(reader, error.message, at: error.message.hasPrefix("validation") ? "validation" : nil)
        }
        display?.finish()
        if verbose { context.write(fit(TrainingReport.stopLine(history, unicode: unicode, timed: !session.isNotebook), 4) + "\n") }
        return .native(HistoryValue(history))
    }

    /// Every setting of `train`, checked and worded here so each error points at its argument.
    static func trainingOptions(_ reader: ArgumentReader) throws(ScriptError) -> TrainingOptions {
        var options = TrainingOptions()
        options.epochs = try reader.optionalWholeNumber("epochs", positive: true) ?? 100
        if let lr = try reader.optionalNumber("lr") {
            guard lr > 0, lr.isFinite else {
                throw reader.error("lr", "lr must be a number above 0, got \(Value.number(lr).shortDescription)")
            }
            options.learningRate = lr
        }
        options.batch = try batchSize(reader)
        options.loss = try loss(reader)
        let momentum = try reader.number("momentum", default: 0.9)
        guard momentum >= 0, momentum < 1 else {
            throw reader.error("momentum", "momentum must be at least 0 and below 1, got \(Value.number(momentum).shortDescription)")
        }
        let optimizerName = try reader.optionalChoice("optimizer", among: OptimizerKind.names) ?? "sgd"
        options.optimizer = OptimizerKind(name: optimizerName, momentum: momentum) ?? .sgd
        options.penalty = try weightPenalty(reader)
        if let v = reader.value("validation") {
            guard let d = v.datasetNative else {
                throw reader.error("validation", "validation must be a dataset (e.g. from split(d, 0.8)), got \(v.shortDescription)")
            }
            options.validation = d
        }
        if let target = try reader.optionalNumber("target_loss") {
            guard target.isFinite else {
                throw reader.error("target_loss", "target_loss must be a finite number, got \(Value.number(target).shortDescription)")
            }
            options.targetLoss = target
        }
        options.patience = try reader.optionalWholeNumber("patience", positive: true)
        return options
    }

    /// `batch=1`, `batch=16`, `batch="all"`.
    static func batchSize(_ reader: ArgumentReader) throws(ScriptError) -> BatchSize {
        guard let v = reader.value("batch") else { return .size(32) }
        if case .string(let s) = v {
            guard s == "all" else {
                throw reader.error("batch", "batch must be a positive whole number or \"all\", got \"\(s)\"")
            }
            return .all
        }
        guard case .number(let x) = v, let k = Value.wholeInt(x), k >= 1 else {
            throw reader.error("batch", "batch must be a positive whole number or \"all\", got \(v.shortDescription)")
        }
        return .size(k)
    }
}
