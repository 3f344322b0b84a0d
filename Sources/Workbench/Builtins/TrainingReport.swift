import NeuralEngine

/// The lines `train` prints around its progress: the resolved settings
/// first, and why it stopped last (LANGUAGE.md §6, LOOK.md).
///
///     train: m = 4, batch gradient descent (batch 4, 1 update per epoch), lr 0.5, sgd, loss bce (one sigmoid output → bce)
///     stopped at epoch 1184: cost 0.0099 reached target_loss 0.01 (1184 updates, 0.6 s)
enum TrainingReport {
    static func settingsLine(_ settings: ResolvedSettings, unicode: Bool) -> String {
        "train: " + ascii(settings.description, unicode)
    }

    /// What the user should know before training starts. Gradient descent
    /// through a step or sign layer gets its own wording: that layer and
    /// every layer before it receive a zero gradient.
    static func warnings(_ settings: ResolvedSettings, _ net: Network) -> [String] {
        guard settings.kind != .perceptron else { return settings.warnings }
        let thresholds = net.layers.enumerated().filter { $0.element.activation.isThreshold }.map { $0.offset + 1 }
        guard let last = thresholds.last else { return settings.warnings }
        let name = net.layers[last - 1].activation.name
        let frozen = last == 1 ? "layer 1 never changes" : "layers 1…\(last) never change"
        let own = "gradient descent cannot train through \(name): its derivative is 0 everywhere, so \(frozen) (use sigmoid, tanh or relu before the output, or a perceptron)"
        let others = settings.warnings.filter { warning in !thresholds.contains { warning.hasPrefix("layer \($0) uses ") } }
        return [own] + others
    }

    /// For backward and gradcheck: which gradients a step or sign layer
    /// forces to 0, so zeros (and a failed gradcheck) are not taken for a bug.
    static func thresholdGradientNote(_ net: Network) -> String? {
        guard let last = net.layers.lastIndex(where: { $0.activation.isThreshold }) else { return nil }
        let name = net.layers[last].activation.name
        let l = last + 1
        let zero = l == 1 ? "the gradients of layer 1 are 0" : "the gradients of layers 1…\(l) are 0"
        let hint = l == net.depth ? "; train uses the perceptron rule for a \(name) output" : ""
        return "\(name) has derivative 0 everywhere (and none at its jump), so \(zero)\(hint)"
    }

    /// Why training ended, with the updates made and the time taken.
    /// `timed: false` leaves the time out, so a notebook reads the same on every run.
    static func stopLine(_ h: History, unicode: Bool, timed: Bool = true) -> String {
        let updates = h.updates.last ?? 0
        let time = timed ? ", \(ProgressNumbers.duration(h.elapsed))" : ""
        let tally = "(\(updates) update\(updates == 1 ? "" : "s")\(time))"
        var cost = h.cost.last.map(ProgressNumbers.metric) ?? "-"
        // With l1/l2 the penalty is shown apart from the data loss (LANGUAGE.md §6).
        if let total = h.cost.last, let penalty = h.penalty.last, penalty != 0 {
            cost += " (data loss \(ProgressNumbers.metric(total - penalty)) + penalty \(ProgressNumbers.metric(penalty)))"
        }
        let line: String
        switch h.stop {
        case .epochsReached(let n):
            line = n == 0
                ? "nothing to do: epochs is 0"
                : "stopped at epoch \(h.epochs): \(n == 1 ? "the 1 epoch" : "all \(n) epochs") done, cost \(cost)\(accuracy(h)) \(tally)"
        case .targetReached(let e, let c, let t):
            // The target is met by J, penalty included; show its parts as for the other stops.
            let reached = c == h.cost.last ? cost : ProgressNumbers.metric(c)
            line = "stopped at epoch \(e): cost \(reached) reached target_loss \(ProgressNumbers.setting(t)) \(tally)"
        case .patience(let e, let p, let best, let monitored):
            // The best value was reached p epochs before the stop (that is what ran out).
            line = "stopped at epoch \(e) (patience \(p)): \(monitored) did not improve for \(p) epoch\(p == 1 ? "" : "s"), best \(ProgressNumbers.metric(best)) at epoch \(e - p) \(tally)"
        case .converged(let e):
            line = "converged at epoch \(e): no mistakes, every example is classified correctly \(tally)"
        case .notSeparable:
            line = h.stop.message + " " + tally
        case .diverged:
            line = h.stop.message
        case .cancelled(let e, let u):
            // Epoch e was cut short: the history holds the e - 1 finished ones.
            let done = max(e - 1, 0)
            line = "interrupted at epoch \(e)/\(h.settings.epochs) (\(done) epoch\(done == 1 ? "" : "s") done, \(u) update\(u == 1 ? "" : "s")): the network keeps its weights"
        }
        return ascii(line, unicode)
    }

    /// The last validation cost and accuracy, when there are any.
    private static func accuracy(_ h: History) -> String {
        var text = ""
        if let v = h.validationCost.last { text += ", val_cost \(ProgressNumbers.metric(v))" }
        if let a = h.accuracy.last { text += ", accuracy \(ProgressNumbers.metric(a))" }
        if let a = h.validationAccuracy.last { text += ", val_accuracy \(ProgressNumbers.metric(a))" }
        return text
    }

    /// The engine's texts use → and ≤; ASCII sessions get -> and <=.
    /// A report line folded to a terminal's width after the commas and colons
    /// between its parts (never inside parentheses), later pieces indented by `indent`,
    /// so the terminal does not wrap it in the middle of a word.
    ///
    ///     train: m = 150, mini-batch gradient descent (batch 32, 5 updates per epoch),
    ///            lr 0.1, sgd, loss cross_entropy (softmax output → cross_entropy)
    static func folded(_ line: String, width: Int, indent: Int) -> String {
        guard TraceLayout.width(line) > width, width > indent + 20 else { return line }
        var pieces: [String] = []
        var current = ""
        var depth = 0
        for c in line {
            current.append(c)
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) }
            if c == "," || c == ":", depth == 0 { pieces.append(current); current = "" }
        }
        pieces.append(current)
        var lines: [String] = []
        var row = ""
        for piece in pieces {
            let candidate = row + piece
            if !row.isEmpty, TraceLayout.width(candidate) > width {
                lines.append(row.hasSuffix(" ") ? String(row.dropLast()) : row)
                row = String(repeating: " ", count: indent) + piece.drop { $0 == " " }
            } else {
                row = candidate
            }
        }
        lines.append(row)
        return lines.joined(separator: "\n")
    }

    static func ascii(_ text: String, _ unicode: Bool) -> String {
        guard !unicode else { return text }
        return text.replacingOccurrences(of: "→", with: "->")
            .replacingOccurrences(of: "≤", with: "<=")
            .replacingOccurrences(of: "…", with: "...")
    }
}
