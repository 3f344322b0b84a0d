import Language
import NeuralEngine

/// What `train` returns: one entry per epoch run (LANGUAGE.md §6).
/// `h.cost` (also `h.loss`), `h.val_loss`, `h.accuracy` (empty where they
/// do not apply), `h.updates` (updates made so far), `h.epochs`, and
/// `h.stop`, why training ended. Its echo is a short summary, not the lists.
///
///     h = train(net, xor, epochs=2000)
///     h.cost[-1]
struct HistoryValue: NativeValue {
    var cost: [Double]
    var validationCost: [Double]
    var accuracy: [Double]
    var validationAccuracy: [Double] = []
    var updates: [Int]
    /// Perceptron rule: mistakes in each epoch (empty for gradient descent).
    var mistakes: [Int]
    /// The stop line, in Unicode (`h.stop` and the echo's last line).
    var stopReason: String
    /// "batch gradient descent", "the perceptron rule"…, for the echo.
    var method: String
    var lossName: String
    var seconds: Double = 0

    init(cost: [Double], validationCost: [Double], accuracy: [Double], updates: [Int], mistakes: [Int],
         stopReason: String, method: String, lossName: String) {
        self.cost = cost
        self.validationCost = validationCost
        self.accuracy = accuracy
        self.updates = updates
        self.mistakes = mistakes
        self.stopReason = stopReason
        self.method = method
        self.lossName = lossName
    }

    /// The history of an engine training run.
    init(_ h: History) {
        self.init(cost: h.cost, validationCost: h.validationCost, accuracy: h.accuracy, updates: h.updates,
                  mistakes: h.mistakes, stopReason: TrainingReport.stopLine(h, unicode: true),
                  method: h.settings.kind.rawValue, lossName: h.settings.loss.name)
        validationAccuracy = h.validationAccuracy
        seconds = h.elapsed
    }

    var typeName: String { "history" }

    var epochs: Int { cost.count }

    var fieldNames: [String] {
        ["cost", "loss", "val_loss", "val_cost", "accuracy", "val_accuracy", "updates", "epochs", "mistakes", "stop", "seconds"]
    }

    func field(_ name: String) throws(ScriptError) -> Value {
        switch name {
        case "cost", "loss": return numbers(cost)
        case "val_loss", "val_cost": return numbers(validationCost)
        case "accuracy": return numbers(accuracy)
        case "val_accuracy": return numbers(validationAccuracy)
        case "updates": return numbers(updates.map(Double.init))
        case "mistakes": return numbers(mistakes.map(Double.init))
        case "epochs": return .number(Double(epochs))
        case "stop": return .string(stopReason)
        case "seconds": return .number(seconds)
        default:
            throw ScriptError(NetworkValue.unknownField(name, of: "a history", among: fieldNames))
        }
    }

    /// Per-epoch numbers are lists, indexed like lists (`h.cost[-1]`).
    private func numbers(_ values: [Double]) -> Value {
        .list(values.map { .number($0) })
    }

    func render(_ options: RenderOptions) -> String {
        let n = Notation(options)
        let total = updates.last ?? 0
        var lines = ["history: \(epochs) epoch\(epochs == 1 ? "" : "s") of \(method), \(total) update\(total == 1 ? "" : "s"), loss \(lossName)"]
        func span(_ name: String, _ values: [Double]) {
            guard let first = values.first, let last = values.last else { return }
            lines.append("  \(TraceLayout.padRight(name, 9)) \(ProgressNumbers.metric(first)) \(n.arrow) \(ProgressNumbers.metric(last))")
        }
        span("cost", cost)
        span("val_cost", validationCost)
        span("accuracy", accuracy)
        if let first = mistakes.first, let last = mistakes.last {
            lines.append("  mistakes  \(first) \(n.arrow) \(last)")
        }
        if !stopReason.isEmpty { lines.append("  " + TrainingReport.ascii(stopReason, options.unicode)) }
        return lines.joined(separator: "\n")
    }
}
