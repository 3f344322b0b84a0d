/// Why training ended, with the line `train` prints last.
///
///     history.stop.message   // "stopped at epoch 412: cost 0.009987 ≤ target_loss 0.01"
public enum StopReason: Sendable, Equatable {
    case epochsReached(Int)
    case targetReached(epoch: Int, cost: Double, target: Double)
    /// `monitored` is "validation cost" or "cost".
    case patience(epoch: Int, patience: Int, best: Double, monitored: String)
    /// The perceptron rule made no mistake in this epoch.
    case converged(epoch: Int)
    /// The perceptron rule still made mistakes in the last epoch.
    case notSeparable(mistakes: Int, epochs: Int)
    /// The cost became nan or infinite; the weights are those of the last finite epoch.
    case diverged(epoch: Int, value: Double, cause: String)
    /// The cancellation check asked to stop; the network keeps the weights it reached.
    case cancelled(epoch: Int, updates: Int)

    public var message: String {
        switch self {
        case .epochsReached(let n):
            return "stopped: \(n) \(n == 1 ? "epoch" : "epochs") reached"
        case .targetReached(let e, let c, let t):
            return "stopped at epoch \(e): cost \(short(c)) ≤ target_loss \(formatNumber(t))"
        case .patience(let e, let p, let best, let monitored):
            return "stopped at epoch \(e): \(monitored) did not improve for \(p) \(p == 1 ? "epoch" : "epochs") (best \(short(best)))"
        case .converged(let e):
            return "converged at epoch \(e)"
        case .notSeparable(let n, let e):
            return "still \(n) \(n == 1 ? "mistake" : "mistakes") after \(e) \(e == 1 ? "epoch" : "epochs"): the classes may not be linearly separable"
        case .diverged(let e, let v, let cause):
            let kept = e > 1 ? "the network keeps the weights of epoch \(e - 1)" : "the network keeps its starting weights"
            return "stopped at epoch \(e): the cost became \(formatNumber(v)) (\(cause)); \(kept)"
        case .cancelled(let e, let u):
            return "interrupted during epoch \(e) after \(u) \(u == 1 ? "update" : "updates"): the network keeps the weights it reached"
        }
    }

    /// True when training ended because something went wrong or was stopped by hand.
    public var isAbnormal: Bool {
        switch self {
        case .diverged, .cancelled, .notSeparable: return true
        default: return false
        }
    }
}

/// 4 significant digits, for messages.
func short(_ v: Double) -> String {
    guard v.isFinite else { return formatNumber(v) }
    let s = String(format: "%.4g", v)
    return s
}
