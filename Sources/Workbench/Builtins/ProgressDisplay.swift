import Foundation

/// What `train` shows while it runs. On a terminal: one line redrawn in
/// place with a bar. Elsewhere (a log, a notebook, a test): a few plain
/// lines — epoch 1, about every quarter of the run, and the last — so logs
/// are not flooded.
///
///     let progress = ProgressDisplay(epochs: 2000, live: false, unicode: true, write: { print($0, terminator: "") })
///     progress.epochEnded(EpochLine(epoch: 1, updates: 1, cost: 0.72))
///     progress.finish()
final class ProgressDisplay {
    let epochs: Int
    let live: Bool
    let unicode: Bool
    /// The terminal's width: a redrawn line must not wrap, or `\r` would
    /// only return to the start of its last piece.
    let width: Int
    private let write: (String) -> Void
    private let started = Date()
    private var lastDraw = Date.distantPast
    private var drewLive = false
    private var lastShown = 0
    private var pending: EpochLine?

    /// Redraws on a terminal at most this often: drawing every epoch of a
    /// 10,000-epoch run would cost more than the training.
    static let redrawInterval = 0.05
    static let barWidth = 30

    init(epochs: Int, live: Bool, unicode: Bool, width: Int = 80, write: @escaping (String) -> Void) {
        self.epochs = epochs
        self.live = live
        self.unicode = unicode
        self.width = width
        self.write = write
    }

    var elapsed: Double { Date().timeIntervalSince(started) }

    /// The epochs a plain log shows: 1, every `step`, and the last. A short
    /// run shows every epoch: 1, 2, 4, 5 of 5 reads as if epoch 3 went missing.
    private var step: Int {
        guard epochs > 10 else { return 1 }
        let raw = Double(epochs) / 4
        // A round step (1, 2, 5 × 10^k) reads better than 2000/4 = 500 when epochs is odd-sized.
        let magnitude = pow(10, floor(log10(raw)))
        let nice = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? raw
        return max(1, Int(nice))
    }

    func epochEnded(_ line: EpochLine) {
        pending = line
        if live {
            let now = Date()
            if now.timeIntervalSince(lastDraw) >= ProgressDisplay.redrawInterval || line.epoch == epochs {
                lastDraw = now
                drawLive(line)
            }
        } else if line.epoch == 1 || line.epoch % step == 0 || line.epoch == epochs {
            writePlain(line)
        }
    }

    /// Ends the progress display: the live line is completed (showing the
    /// last epoch reached) and the plain log gets the last epoch if it was
    /// not shown.
    func finish() {
        guard let line = pending else { return }
        if live {
            // Always redraw: it also covers a "^C" the terminal echoed after the line.
            drawLive(line)
            write("\n")
        } else if lastShown != line.epoch {
            writePlain(line)
        }
        pending = nil
    }

    private func writePlain(_ line: EpochLine) {
        lastShown = line.epoch
        write("epoch \(epochCounter(line.epoch))  " + line.metrics(updates: true) + "\n")
    }

    private func drawLive(_ line: EpochLine) {
        drewLive = true
        lastShown = line.epoch
        let time = String(format: "%.1fs", elapsed)
        let head = "epoch \(epochCounter(line.epoch)) "
        let tail = "\(time)  " + line.metrics(updates: true)
        // Three columns stay free: the terminal echoes Ctrl-C as "^C" after
        // the line, and a line that wraps there leaves its first half behind.
        let usable = width - 3
        let room = usable - TraceLayout.width(head) - TraceLayout.width(tail) - 1
        var text = room >= 8
            ? head + bar(line.epoch, width: min(ProgressDisplay.barWidth, room)) + " " + tail
            : head + tail
        if TraceLayout.width(text) > usable { text = String(text.prefix(max(usable, 20))) }
        // \r returns to the line's start; ESC[K clears what a longer previous line left.
        write("\r" + text + "\u{1B}[K")
    }

    private func epochCounter(_ epoch: Int) -> String {
        let width = String(epochs).count
        return TraceLayout.padLeft(String(epoch), width) + "/\(epochs)"
    }

    private func bar(_ epoch: Int, width: Int) -> String {
        let filled = epochs > 0 ? min(width, Int(Double(width) * Double(epoch) / Double(epochs))) : 0
        let (done, todo) = unicode ? ("━", "─") : ("#", "-")
        return String(repeating: done, count: filled) + String(repeating: todo, count: width - filled)
    }
}

/// One epoch's numbers as progress shows them.
struct EpochLine {
    var epoch: Int
    var updates: Int
    var cost: Double
    var validationCost: Double? = nil
    var accuracy: Double? = nil
    /// Perceptron rule: the examples misclassified during the epoch.
    var mistakes: Int? = nil

    func metrics(updates showUpdates: Bool) -> String {
        var parts: [String] = []
        if showUpdates { parts.append("updates \(updates)") }
        if let mistakes {
            parts.append("mistakes \(mistakes)")
        } else {
            parts.append("cost \(ProgressNumbers.metric(cost))")
        }
        if let validationCost { parts.append("val_cost \(ProgressNumbers.metric(validationCost))") }
        if let accuracy { parts.append("accuracy \(String(format: "%.4f", accuracy))") }
        return parts.joined(separator: "  ")
    }
}

/// Costs as progress and stop lines print them: 4 decimals while they are
/// readable that way, scientific once they are smaller.
enum ProgressNumbers {
    static func metric(_ v: Double) -> String {
        if v.isNaN { return "nan" }
        if v.isInfinite { return v > 0 ? "inf" : "-inf" }
        if v == 0 { return "0" }
        if abs(v) >= 1e-3 && abs(v) < 1e6 { return String(format: "%.4f", v) }
        return String(format: "%.3e", v)
    }

    /// `0.6 s`, `12 s`, `2 min 5 s`.
    static func duration(_ seconds: Double) -> String {
        if seconds < 10 { return String(format: "%.1f s", seconds) }
        if seconds < 120 { return String(format: "%.0f s", seconds) }
        let whole = Int(seconds.rounded())
        return "\(whole / 60) min \(whole % 60) s"
    }

    /// The shortest decimal for a setting the user typed (`lr 0.5`, `target_loss 0.01`).
    static func setting(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return "\(v)"
    }
}
