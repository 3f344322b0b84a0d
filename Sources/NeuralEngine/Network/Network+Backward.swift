extension Network {
    /// The gradients of J over (x, y) by backpropagation. No weights change.
    /// `loss` nil applies the `auto` rule.
    public func backward(x: Tensor, y: Tensor, loss: Loss? = nil, penalty: Penalty = .none) throws(EngineError) -> Gradients {
        let (chosen, reason) = Loss.resolve(loss, for: self)
        let data = try PreparedData(x: x, y: y, network: self, loss: chosen)
        let shape = NetworkShape(self)
        let p = ParameterBuffer(shape)
        p.load(from: self)
        let ws = Workspace(shape, capacity: data.count)
        let g = ParameterBuffer(shape)
        let m = data.count
        var order = Array(0..<m)
        order.withUnsafeMutableBufferPointer { ws.load(data, order: $0.baseAddress!, start: 0, count: m) }
        Propagation.forward(p, ws)
        let scratch = UnsafeMutablePointer<Double>.allocate(capacity: m)
        defer { scratch.deallocate() }
        let total = chosen.totalLoss(ws, indices: data.targets.isIndices, scratch: scratch)
        chosen.outputDelta(ws, indices: data.targets.isIndices, scale: 1 / Double(m))
        Propagation.backward(p, ws, into: g)
        Propagation.addPenaltyGradient(p, penalty, into: g)
        let layers = (0..<depth).map { LayerGradient(weights: g.weightTensor($0), bias: g.biasTensor($0)) }
        let deltas = (0..<depth).map { l -> Tensor in
            let n = shape.units[l]
            let values = Array(UnsafeBufferPointer(start: ws.delta[l], count: m * n))
            return x.isMatrix ? Tensor(rows: m, cols: n, values) : Tensor(values)
        }
        let cost = CostBreakdown(dataLoss: total / Double(m), penalty: Propagation.penalty(p, penalty))
        return Gradients(layers: layers, deltas: deltas, cost: cost, loss: chosen, lossReason: reason)
    }

    /// Backward over a data set.
    public func backward(_ data: Dataset, loss: Loss? = nil, penalty: Penalty = .none) throws(EngineError) -> Gradients {
        try backward(x: data.x, y: data.y, loss: loss, penalty: penalty)
    }

    /// W := W - lr dJ/dW and, unless `biases` is false, b := b - lr dJ/db.
    public func update(with g: Gradients, learningRate lr: Double, biases: Bool = true) throws(EngineError) {
        guard g.layers.count == depth else {
            throw EngineError("the gradients have \(g.layers.count) layers but the network has \(depth)")
        }
        for l in 0..<depth {
            let gw = g.layers[l].weights
            guard gw.rows == layers[l].units, gw.cols == layers[l].inputs, g.layers[l].bias.count == layers[l].units else {
                throw EngineError("the gradients of layer \(l + 1) are \(gw.rows)×\(gw.cols) but its W is \(layers[l].units)×\(layers[l].inputs): they come from another network")
            }
        }
        for l in 0..<depth {
            layers[l].withParameters { w, b in
                let gw = g.layers[l].weights.storage
                for i in w.indices { w[i] -= lr * gw[i] }
                if biases {
                    let gb = g.layers[l].bias.storage
                    for i in b.indices { b[i] -= lr * gb[i] }
                }
            }
        }
    }
}
