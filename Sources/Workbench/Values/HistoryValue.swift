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
    let history: History

    init(_ history: History) { self.history = history }

    var typeName: String { "history" }

    var fieldNames: [String] {
        ["cost", "loss", "val_loss", "val_cost", "accuracy", "val_accuracy", "updates", "epochs", "mistakes", "stop", "seconds"]
    }

    func field(_ name: String) throws(ScriptError) -> Value {
        let h = history
        switch name {
        case "cost", "loss": return numbers(h.cost)
        case "val_loss", "val_cost": return numbers(h.validationCost)
        case "accuracy": return numbers(h.accuracy)
        case "val_accuracy": return numbers(h.validationAccuracy)
        case "updates": return numbers(h.updates.map(Double.init))
        case "mistakes": return numbers(h.mistakes.map(Double.init))
        case "epochs": return .number(Double(h.epochs))
        case "stop": return .string(TrainingReport.ascii(h.stop.message, false))
        case "seconds": return .number(h.elapsed)
        default:
            throw ScriptError(NetworkValue.unknownField(name, of: "a history", among: fieldNames))
        }
    }

    /// Per-epoch numbers are lists, indexed like lists (`h.cost[-1]`).
    private func numbers(_ values: [Double]) -> Value {
        .list(values.map { .number($0) })
    }

    func render(_ options: RenderOptions) -> String {
        let h = history, n = Notation(options)
        let epochs = h.epochs
        let updates = h.updates.last ?? 0
        var lines = ["history: \(epochs) epoch\(epochs == 1 ? "" : "s") of \(h.settings.kind.rawValue), \(updates) update\(updates == 1 ? "" : "s"), loss \(h.settings.loss.name)"]
        func span(_ name: String, _ values: [Double]) {
            guard let first = values.first, let last = values.last else { return }
            lines.append("  \(TraceLayout.padRight(name, 9)) \(ProgressNumbers.metric(first)) \(n.arrow) \(ProgressNumbers.metric(last))")
        }
        span("cost", h.cost)
        span("val_cost", h.validationCost)
        span("accuracy", h.accuracy)
        if let first = h.mistakes.first, let last = h.mistakes.last {
            lines.append("  mistakes  \(first) \(n.arrow) \(last)")
        }
        lines.append("  \(TrainingReport.stopLine(h, unicode: options.unicode))")
        return lines.joined(separator: "\n")
    }
}
