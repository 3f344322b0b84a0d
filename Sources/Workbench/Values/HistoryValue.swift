import Language

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
    var updates: [Int]
    /// Perceptron rule: mistakes in each epoch (empty for gradient descent).
    var mistakes: [Int]
    /// The stop line without its timing: `cost 0.0099 reached target_loss 0.01`.
    var stopReason: String
    /// "gradient descent" or "perceptron rule", and the loss, for the echo.
    var method: String
    var lossName: String

    var typeName: String { "history" }

    var epochs: Int { cost.count }

    var fieldNames: [String] {
        ["cost", "loss", "val_loss", "val_cost", "accuracy", "updates", "epochs", "mistakes", "stop"]
    }

    func field(_ name: String) throws(ScriptError) -> Value {
        switch name {
        case "cost", "loss": return numbers(cost)
        case "val_loss", "val_cost": return numbers(validationCost)
        case "accuracy": return numbers(accuracy)
        case "updates": return numbers(updates.map(Double.init))
        case "mistakes": return numbers(mistakes.map(Double.init))
        case "epochs": return .number(Double(epochs))
        case "stop": return .string(stopReason)
        default:
            throw ScriptError(NetworkValue.unknownField(name, of: "a history", among: fieldNames))
        }
    }

    /// Histories are lists of numbers per epoch; scripts index them like lists.
    private func numbers(_ values: [Double]) -> Value {
        .list(values.map { .number($0) })
    }

    func render(_ options: RenderOptions) -> String {
        let n = Notation(options)
        var lines = ["history: \(epochs) epoch\(epochs == 1 ? "" : "s") of \(method), \(updates.last ?? 0) updates, loss \(lossName)"]
        if let first = cost.first, let last = cost.last {
            lines.append("  cost      \(ProgressNumbers.metric(first)) \(n.arrow) \(ProgressNumbers.metric(last))")
        }
        if let first = validationCost.first, let last = validationCost.last {
            lines.append("  val_cost  \(ProgressNumbers.metric(first)) \(n.arrow) \(ProgressNumbers.metric(last))")
        }
        if let first = accuracy.first, let last = accuracy.last {
            lines.append("  accuracy  \(ProgressNumbers.metric(first)) \(n.arrow) \(ProgressNumbers.metric(last))")
        }
        if let first = mistakes.first, let last = mistakes.last {
            lines.append("  mistakes  \(first) \(n.arrow) \(last)")
        }
        if !stopReason.isEmpty { lines.append("  stopped: \(stopReason)") }
        lines.append("  fields: h.cost, h.val_loss, h.accuracy, h.updates, h.epochs — plot(h) draws the cost")
        return lines.joined(separator: "\n")
    }
}
