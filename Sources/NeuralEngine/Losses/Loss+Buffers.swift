import Foundation

/// The loss and dJ/dz^L on workspace buffers (no allocation).
extension Loss {
    /// log(sigmoid(z)) without overflow.
    @inline(__always)
    static func logSigmoid(_ z: Double) -> Double {
        z >= 0 ? -log1p(exp(-z)) : z - log1p(exp(z))
    }

    /// log of a probability, clamped at -100 as PyTorch's BCELoss does.
    @inline(__always)
    static func clampedLog(_ p: Double) -> Double { Swift.max(log(p), -100) }

    /// Below this a softmax output has lost relative precision (or underflowed).
    static let smallestExactProbability = 1e-290

    /// log(sum exp z_j) of one row, shifted by its largest value.
    static func logSumExp(_ z: UnsafePointer<Double>, _ k: Int) -> Double {
        var top = -Double.infinity
        for j in 0..<k where z[j] > top { top = z[j] }
        if top.isInfinite { top = 0 }
        var total = 0.0
        for j in 0..<k { total += exp(z[j] - top) }
        return top + log(total)
    }

    /// The loss of each loaded example, written to `out` (one per row).
    func exampleLosses(_ ws: Workspace, indices: Bool, out: UnsafeMutablePointer<Double>) {
        let k = ws.shape.outputCount, f = ws.shape.activations[ws.shape.depth - 1]
        let a = ws.output, z = ws.outputZ, y = ws.targetValues
        for r in 0..<ws.rows {
            let ar = a + r * k, zr = z + r * k, yr = y + r * k
            var s = 0.0
            switch self {
            case .mse, .halfMse:
                for j in 0..<k { let d = ar[j] - yr[j]; s += d * d }
                s = self == .mse ? s / Double(k) : s / 2
            case .bce:
                for j in 0..<k {
                    if f == .sigmoid {
                        // log(1 - sigmoid(z)) = log(sigmoid(-z))
                        s -= yr[j] * Loss.logSigmoid(zr[j]) + (1 - yr[j]) * Loss.logSigmoid(-zr[j])
                    } else {
                        s -= yr[j] * Loss.clampedLog(ar[j]) + (1 - yr[j]) * Loss.clampedLog(1 - ar[j])
                    }
                }
                s /= Double(k)
            case .crossEntropy:
                if f == .softmax {
                    // The forward pass already took the exponentials: -log(a_j) is
                    // lse - z_j to rounding while a_j is a normal number, so the
                    // log-sum-exp is taken only for a vanishing a_j.
                    if indices {
                        let t = ws.targetIndices[r]
                        s = ar[t] >= Loss.smallestExactProbability ? -log(ar[t]) : Loss.logSumExp(zr, k) - zr[t]
                    } else {
                        for j in 0..<k where yr[j] != 0 {
                            s += yr[j] * (ar[j] >= Loss.smallestExactProbability ? -log(ar[j]) : Loss.logSumExp(zr, k) - zr[j])
                        }
                    }
                } else if indices {
                    s = -Loss.clampedLog(ar[ws.targetIndices[r]])
                } else {
                    for j in 0..<k where yr[j] != 0 { s -= yr[j] * Loss.clampedLog(ar[j]) }
                }
            }
            out[r] = s
        }
    }

    /// Sum of the loaded examples' losses.
    func totalLoss(_ ws: Workspace, indices: Bool, scratch: UnsafeMutablePointer<Double>) -> Double {
        exampleLosses(ws, indices: indices, out: scratch)
        var total = 0.0
        for r in 0..<ws.rows { total += scratch[r] }
        return total
    }

    /// delta^L = dJ/dz^L for the loaded batch, where J averages over `scale`'s inverse
    /// (scale = 1/m): written to ws.delta[L-1].
    func outputDelta(_ ws: Workspace, indices: Bool, scale: Double) {
        let last = ws.shape.depth - 1
        let k = ws.shape.outputCount, f = ws.shape.activations[last]
        let a = ws.output, y = ws.targetValues, d = ws.delta[last]
        let n = ws.rows * k
        switch self {
        case .mse:
            let c = 2 * scale / Double(k)
            for i in 0..<n { d[i] = c * (a[i] - y[i]) }
        case .halfMse:
            for i in 0..<n { d[i] = scale * (a[i] - y[i]) }
        case .bce:
            let c = scale / Double(k)
            if f == .sigmoid {
                for i in 0..<n { d[i] = c * (a[i] - y[i]) }
                return
            }
            for i in 0..<n { d[i] = c * (a[i] - y[i]) / Swift.max(a[i] * (1 - a[i]), 1e-12) }
        case .crossEntropy:
            if f == .softmax {
                for r in 0..<ws.rows {
                    let ar = a + r * k, dr = d + r * k
                    if indices {
                        for j in 0..<k { dr[j] = scale * ar[j] }
                        dr[ws.targetIndices[r]] -= scale
                    } else {
                        let yr = y + r * k
                        var mass = 0.0
                        for j in 0..<k { mass += yr[j] }
                        for j in 0..<k { dr[j] = scale * (ar[j] * mass - yr[j]) }
                    }
                }
                return
            }
            for r in 0..<ws.rows {
                let ar = a + r * k, dr = d + r * k
                if indices {
                    for j in 0..<k { dr[j] = 0 }
                    let t = ws.targetIndices[r]
                    dr[t] = ar[t] > 1e-44 ? -scale / ar[t] : 0
                } else {
                    let yr = y + r * k
                    for j in 0..<k { dr[j] = ar[j] > 1e-44 ? -scale * yr[j] / ar[j] : 0 }
                }
            }
        }
        ws.shape.activations[last].backpropagate(rows: ws.rows, cols: k, z: ws.outputZ, a: a, d: d)
    }
}
