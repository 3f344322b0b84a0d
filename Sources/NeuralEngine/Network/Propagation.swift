/// Forward and backward passes on preallocated buffers: the one
/// implementation behind `forward`, `backward`, `train` and `gradcheck`.
enum Propagation {
    /// Z^l = A^(l-1) (W^l)^T + b^l and A^l = f(Z^l) for the loaded rows
    /// ((W^l)^T is what ParameterBuffer stores).
    /// `input` overrides the workspace's input rows (contiguous examples read in place).
    static func forward(_ p: ParameterBuffer, _ ws: Workspace, input: UnsafePointer<Double>? = nil) {
        let shape = ws.shape, m = ws.rows
        guard m > 0 else { return }
        for l in 0..<shape.depth {
            let n = shape.units[l], k = shape.inputs(of: l)
            let previous = l == 0 ? (input ?? UnsafePointer(ws.input)) : UnsafePointer(ws.a[l - 1])
            let z = ws.z[l], b = p.bias(l)
            GEMM.multiply(m: m, n: n, k: k, a: previous, lda: k, b: p.weights(l), ldb: n, c: z, ldc: n)
            let a = ws.a[l]
            if shape.activations[l] == .relu {
                // Bias and relu in one pass over Z (hidden layers are mostly relu).
                for r in 0..<m {
                    let zr = z + r * n, ar = a + r * n
                    for j in 0..<n { let v = zr[j] + b[j]; zr[j] = v; ar[j] = v > 0 ? v : 0 }
                }
                continue
            }
            for r in 0..<m {
                let zr = z + r * n
                for j in 0..<n { zr[j] += b[j] }
            }
            shape.activations[l].apply(rows: m, cols: n, z: z, a: a)
        }
    }

    /// Given delta^L in ws.delta[L-1], fills every delta^l and the gradients
    /// dJ/dW^l = (delta^l)^T A^(l-1) (stored transposed: (A^(l-1))^T delta^l), dJ/db^l = column sums of delta^l.
    /// With `descend` (plain SGD, no penalty), W^l and b^l take the step
    /// W -= lr dJ/dW in place instead: the weight product accumulates straight into
    /// W (alpha = -lr, beta = 1), so no gradient is stored nor read back.
    static func backward(_ p: ParameterBuffer, _ ws: Workspace, into g: ParameterBuffer, descend lr: Double? = nil) {
        let shape = ws.shape, m = ws.rows
        for l in stride(from: shape.depth - 1, through: 0, by: -1) {
            let n = shape.units[l], k = shape.inputs(of: l)
            let previous = l == 0 ? ws.input : ws.a[l - 1]
            let d = ws.delta[l]
            // delta^(l-1) needs W^l before its step.
            if l > 0 {
                GEMM.multiply(transposeB: true, m: m, n: k, k: n, a: d, lda: n, b: p.weights(l), ldb: n, c: ws.delta[l - 1], ldc: k)
                shape.activations[l - 1].backpropagate(rows: m, cols: k, z: ws.z[l - 1], a: ws.a[l - 1], d: ws.delta[l - 1])
            }
            let db = g.bias(l)
            for j in 0..<n { db[j] = 0 }
            for r in 0..<m {
                let dr = d + r * n
                for j in 0..<n { db[j] += dr[j] }
            }
            if let lr {
                GEMM.multiply(transposeA: true, m: k, n: n, k: m, alpha: -lr, a: previous, lda: k, b: d, ldb: n,
                              beta: 1, c: p.weights(l), ldc: n)
                let b = p.bias(l)
                for j in 0..<n { b[j] -= lr * db[j] }
            } else {
                GEMM.multiply(transposeA: true, m: k, n: n, k: m, a: previous, lda: k, b: d, ldb: n, c: g.weights(l), ldc: n)
            }
        }
    }

    /// Adds the penalty's gradient (l2 W + l1 sign W) to the weight gradients.
    static func addPenaltyGradient(_ p: ParameterBuffer, _ penalty: Penalty, into g: ParameterBuffer) {
        guard penalty.isActive else { return }
        let shape = p.shape
        for l in 0..<shape.depth {
            let w = p.weights(l), gw = g.weights(l)
            for i in 0..<(shape.units[l] * shape.inputs(of: l)) {
                let s: Double = w[i] > 0 ? 1 : (w[i] < 0 ? -1 : 0)
                gw[i] += penalty.l2 * w[i] + penalty.l1 * s
            }
        }
    }

    /// (l2/2) sum W^2 + l1 sum |W| over the weights.
    static func penalty(_ p: ParameterBuffer, _ penalty: Penalty) -> Double {
        guard penalty.isActive else { return 0 }
        var squares = 0.0, absolute = 0.0
        let shape = p.shape
        for l in 0..<shape.depth {
            let w = p.weights(l)
            for i in 0..<(shape.units[l] * shape.inputs(of: l)) {
                squares += w[i] * w[i]
                absolute += Swift.abs(w[i])
            }
        }
        return penalty.l2 / 2 * squares + penalty.l1 * absolute
    }
}
