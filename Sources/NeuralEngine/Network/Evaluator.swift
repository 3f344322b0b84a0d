/// Runs a network over a whole data set in chunks (so big data sets do not
/// need one huge buffer), summing the loss and counting correct classes.
/// Built once per training run and reused every epoch.
final class Evaluator {
    static let chunkSize = 1024

    let data: PreparedData
    let loss: Loss
    let kind: OutputKind
    let ws: Workspace
    let scratch: UnsafeMutablePointer<Double>
    let order: UnsafeMutablePointer<Int>

    init(shape: NetworkShape, data: PreparedData, loss: Loss, kind: OutputKind) {
        self.data = data
        self.loss = loss
        self.kind = kind
        let cap = Swift.min(data.count, Evaluator.chunkSize)
        ws = Workspace(shape, capacity: cap, ownsInput: false)
        // Full-batch training tallies its own workspace of all m rows here too.
        scratch = .allocate(capacity: Swift.max(data.count, 1))
        order = .allocate(capacity: Swift.max(data.count, 1))
        for i in 0..<data.count { order[i] = i }
    }

    deinit {
        scratch.deallocate()
        order.deallocate()
    }

    struct Result {
        var meanLoss: Double
        var correct: Int
        var count: Int
        var accuracy: Double? { count > 0 ? Double(correct) / Double(count) : nil }
    }

    /// Mean loss and (for classification) the number of correct predictions.
    /// `visit` sees each example's loss, predicted class and true class;
    /// `afterChunk` each forwarded chunk of rows (gradcheck reads its z).
    func run(_ p: ParameterBuffer, visit: ((Int, Double, Int, Int) -> Void)? = nil,
             afterChunk: (_ forwarded: Workspace, _ rows: Int) -> Void = { _, _ in }) -> Result {
        let m = data.count
        var total = 0.0, correct = 0, start = 0
        let width = ws.shape.inputCount
        // Examples are taken in order, so their inputs are read in place, not copied.
        data.x.storage.withUnsafeBufferPointer { xp in
            while start < m {
                let n = Swift.min(ws.capacity, m - start)
                ws.loadTargets(data, order: order, start: start, count: n)
                Propagation.forward(p, ws, input: xp.baseAddress! + start * width)
                tally(ws, offset: start, total: &total, correct: &correct, visit: visit)
                afterChunk(ws, n)
                start += n
            }
        }
        return Result(meanLoss: total / Double(Swift.max(m, 1)), correct: correct, count: kind.isClassification ? m : 0)
    }

    /// The same result from a workspace that already holds every example, forwarded
    /// (full-batch training reuses its own forward pass).
    func result(fromForwarded full: Workspace) -> Result {
        var total = 0.0, correct = 0
        tally(full, offset: 0, total: &total, correct: &correct, visit: nil)
        return Result(meanLoss: total / Double(Swift.max(full.rows, 1)), correct: correct, count: kind.isClassification ? full.rows : 0)
    }

    /// Adds the loaded rows' losses and correct predictions (the rows must be forwarded).
    func tally(_ w: Workspace, offset: Int, total: inout Double, correct: inout Int, visit: ((Int, Double, Int, Int) -> Void)?) {
        let k = w.shape.outputCount, indices = data.targets.isIndices
        loss.exampleLosses(w, indices: indices, out: scratch)
        for r in 0..<w.rows {
            total += scratch[r]
            if kind.isClassification {
                let predicted = kind.predictedClass(w.output + r * k, count: k)
                let truth = kind.trueClass(w, row: r, indices: indices)
                if predicted == truth { correct += 1 }
                visit?(offset + r, scratch[r], predicted, truth)
            } else {
                visit?(offset + r, scratch[r], 0, 0)
            }
        }
    }
}
