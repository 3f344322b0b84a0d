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
        ws = Workspace(shape, capacity: cap)
        scratch = .allocate(capacity: Swift.max(cap, 1))
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
    /// `visit` sees each example's loss, predicted class and true class.
    func run(_ p: ParameterBuffer, visit: ((Int, Double, Int, Int) -> Void)? = nil) -> Result {
        let m = data.count, k = ws.shape.outputCount
        let indices = data.targets.isIndices
        var total = 0.0, correct = 0, start = 0
        while start < m {
            let n = Swift.min(ws.capacity, m - start)
            ws.load(data, order: order, start: start, count: n)
            Propagation.forward(p, ws)
            loss.exampleLosses(ws, indices: indices, out: scratch)
            for r in 0..<n {
                total += scratch[r]
                if kind.isClassification {
                    let predicted = kind.predictedClass(ws.output + r * k, count: k)
                    let truth = kind.trueClass(ws, row: r, indices: indices)
                    if predicted == truth { correct += 1 }
                    visit?(start + r, scratch[r], predicted, truth)
                } else {
                    visit?(start + r, scratch[r], 0, 0)
                }
            }
            start += n
        }
        return Result(meanLoss: total / Double(Swift.max(m, 1)), correct: correct, count: kind.isClassification ? m : 0)
    }
}
