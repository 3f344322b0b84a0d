/// The cost J for gradcheck, which also tells whether a pass moved any relu
/// or leaky_relu pre-activation z across its kink at 0 compared with the
/// unperturbed weights. A central difference across a kink averages two
/// slopes, so it cannot match backprop there (relu'(0) is 0 by convention;
/// a zero bias and an all-zero input put z exactly on it): such parameters
/// are left out of the comparison rather than reported as wrong.
final class KinkAwareCost {
    let eval: Evaluator
    let penalty: Penalty
    /// The layers with a kink (relu, leaky_relu).
    let kinked: [Int]
    /// z > 0 of every kinked unit of every example, at the unperturbed weights.
    private var base: [Bool] = []

    init(shape: NetworkShape, data: PreparedData, loss: Loss, penalty: Penalty) {
        eval = Evaluator(shape: shape, data: data, loss: loss, kind: .regression)
        self.penalty = penalty
        kinked = shape.activations.indices.filter { shape.activations[$0] == .relu || shape.activations[$0] == .leakyRelu }
    }

    /// Records the kink sides of the current weights; later `cost` calls compare with them.
    func recordBase(_ p: ParameterBuffer) {
        base = []
        _ = pass(p) { base.append($0) ; return false }
    }

    /// J at the current weights, and whether any kinked z changed side.
    func cost(_ p: ParameterBuffer) -> (cost: Double, crossed: Bool) {
        var i = 0, crossed = false
        let j = pass(p) { side in
            if i < base.count && base[i] != side { crossed = true }
            i += 1
            return crossed
        }
        return (j, crossed)
    }

    /// One forward pass over the data; `visit` sees each kinked z's side in a fixed order.
    private func pass(_ p: ParameterBuffer, _ visit: (Bool) -> Bool) -> Double {
        var stopVisiting = false
        let result = eval.run(p, afterChunk: { ws, n in
            guard !stopVisiting else { return }
            for l in kinked {
                let z = ws.z[l]
                for e in 0..<(n * ws.shape.units[l]) where !stopVisiting { stopVisiting = visit(z[e] > 0) }
            }
        })
        return result.meanLoss + Propagation.penalty(p, penalty)
    }
}
