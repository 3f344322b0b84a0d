/// The cost J for gradcheck, which also tells whether a pass moved any relu
/// or leaky_relu pre-activation z across its kink at 0 compared with the
/// unperturbed weights. A central difference across a kink averages two
/// slopes, so it cannot match backprop there (relu'(0) is 0 by convention;
/// a zero bias and an all-zero input put z exactly on it): such parameters
/// are left out of the comparison rather than reported as wrong.
final class KinkAwareCost {
    static let chunkSize = 1024

    let data: PreparedData
    let loss: Loss
    let penalty: Penalty
    let ws: Workspace
    let scratch: UnsafeMutablePointer<Double>
    let order: UnsafeMutablePointer<Int>
    /// The layers with a kink (relu, leaky_relu).
    let kinked: [Int]
    /// z > 0 of every kinked unit of every example, at the unperturbed weights.
    private var base: [Bool] = []

    init(shape: NetworkShape, data: PreparedData, loss: Loss, penalty: Penalty) {
        self.data = data
        self.loss = loss
        self.penalty = penalty
        let cap = Swift.min(data.count, KinkAwareCost.chunkSize)
        ws = Workspace(shape, capacity: cap)
        scratch = .allocate(capacity: Swift.max(cap, 1))
        order = .allocate(capacity: Swift.max(data.count, 1))
        for i in 0..<data.count { order[i] = i }
        kinked = shape.activations.indices.filter { shape.activations[$0] == .relu || shape.activations[$0] == .leakyRelu }
    }

    deinit {
        scratch.deallocate()
        order.deallocate()
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

    /// One forward pass over the data in chunks; `visit` sees each kinked z's side in a fixed order.
    private func pass(_ p: ParameterBuffer, _ visit: (Bool) -> Bool) -> Double {
        let m = data.count
        var total = 0.0, start = 0, stopVisiting = false
        while start < m {
            let n = Swift.min(ws.capacity, m - start)
            ws.load(data, order: order, start: start, count: n)
            Propagation.forward(p, ws)
            loss.exampleLosses(ws, indices: data.targets.isIndices, out: scratch)
            for r in 0..<n { total += scratch[r] }
            if !stopVisiting {
                for l in kinked {
                    let z = ws.z[l]
                    for e in 0..<(n * ws.shape.units[l]) where !stopVisiting { stopVisiting = visit(z[e] > 0) }
                }
            }
            start += n
        }
        return total / Double(Swift.max(m, 1)) + Propagation.penalty(p, penalty)
    }
}
