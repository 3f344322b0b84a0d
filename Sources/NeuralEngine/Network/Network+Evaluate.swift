/// What `evaluate` reports.
public struct Evaluation: Sendable {
    public var cost: CostBreakdown
    public var loss: Loss
    /// Fraction correct in [0, 1]; nil for regression.
    public var accuracy: Double?
    /// `confusion[true][predicted]` counts; empty for regression.
    public var confusion: [[Int]]
}

extension Network {
    /// J over the data: the mean loss plus the penalty, shown apart.
    public func cost(x: Tensor, y: Tensor, loss: Loss? = nil, penalty: Penalty = .none) throws(EngineError) -> CostBreakdown {
        try evaluate(x: x, y: y, loss: loss, penalty: penalty).cost
    }

    /// The loss of each example (a vector of m).
    public func losses(x: Tensor, y: Tensor, loss: Loss? = nil) throws(EngineError) -> Tensor {
        let chosen = Loss.resolve(loss, for: self).loss
        let data = try PreparedData(x: x, y: y, network: self, loss: chosen)
        let shape = NetworkShape(self)
        let p = ParameterBuffer(shape)
        p.load(from: self)
        var out = [Double](repeating: 0, count: data.count)
        _ = Evaluator(shape: shape, data: data, loss: chosen, kind: OutputKind(self)).run(p) { i, l, _, _ in out[i] = l }
        return Tensor(out)
    }

    /// Cost, accuracy and confusion matrix over the data.
    public func evaluate(x: Tensor, y: Tensor, loss: Loss? = nil, penalty: Penalty = .none) throws(EngineError) -> Evaluation {
        let chosen = Loss.resolve(loss, for: self).loss
        let data = try PreparedData(x: x, y: y, network: self, loss: chosen)
        let shape = NetworkShape(self)
        let p = ParameterBuffer(shape)
        p.load(from: self)
        let kind = OutputKind(self)
        let k = kind.classCount
        var confusion = [[Int]](repeating: [Int](repeating: 0, count: k), count: k)
        let result = Evaluator(shape: shape, data: data, loss: chosen, kind: kind).run(p) { _, _, predicted, truth in
            if k > 0 && truth < k && predicted < k { confusion[truth][predicted] += 1 }
        }
        return Evaluation(
            cost: CostBreakdown(dataLoss: result.meanLoss, penalty: Propagation.penalty(p, penalty)),
            loss: chosen, accuracy: result.accuracy, confusion: confusion)
    }

    public func evaluate(_ data: Dataset, loss: Loss? = nil, penalty: Penalty = .none) throws(EngineError) -> Evaluation {
        try evaluate(x: data.x, y: data.y, loss: loss, penalty: penalty)
    }

    /// One entry per example: the class index for a classifier (argmax of a
    /// softmax; 1 where one sigmoid or step unit is at least 0.5, or one sign
    /// unit at least 0), else the output (a vector for one output, a matrix
    /// for several). One example in (a vector) gives one entry.
    public func predict(_ x: Tensor) throws(ShapeError) -> Tensor {
        let out = try forward(x.isMatrix ? x : Tensor(rows: 1, cols: x.count, x.storage))
        let kind = OutputKind(self)
        let m = out.rows, k = out.cols
        if kind.isClassification {
            var classes = [Double](repeating: 0, count: m)
            out.storage.withUnsafeBufferPointer { op in
                for r in 0..<m { classes[r] = Double(kind.predictedClass(op.baseAddress! + r * k, count: k)) }
            }
            return Tensor(classes)
        }
        if k == 1 { return Tensor(out.storage) }
        return x.isMatrix ? out : Tensor(out.storage)
    }
}
