/// z^l and a^l of one layer from a forward pass.
public struct LayerTrace: Sendable {
    /// l, in the lecture's numbering (1…L).
    public let layer: Int
    public let activation: Activation
    /// z^l = W^l a^(l-1) + b^l (a matrix with one row per example for a batch).
    public let z: Tensor
    /// a^l = f(z^l).
    public let a: Tensor
}

/// Everything a forward pass computed, layer by layer, for `trace=true`.
///
///     let t = try net.trace(Tensor([1, 0]))
///     t.layers[0].z    // z^1
public struct ForwardTrace: Sendable {
    /// a^0, the input (a vector for one example, a matrix for a batch).
    public let input: Tensor
    public let layers: [LayerTrace]
    /// a^L.
    public var output: Tensor { layers.last?.a ?? input }
    public var isBatch: Bool { input.isMatrix }
}

extension Network {
    /// The output for one example (a vector in, a vector out) or a batch
    /// (a matrix in, one row per example; a matrix out).
    public func forward(_ x: Tensor) throws(ShapeError) -> Tensor {
        try trace(x).output
    }

    /// The forward pass keeping z^l and a^l of every layer.
    public func trace(_ x: Tensor) throws(ShapeError) -> ForwardTrace {
        let data = try PreparedData(inputs: x, inputCount: inputCount)
        let shape = NetworkShape(self)
        guard data.count > 0 else {
            // A batch of no examples: every layer's output is 0 x units.
            return ForwardTrace(input: x, layers: (0..<depth).map { l in
                LayerTrace(layer: l + 1, activation: shape.activations[l],
                           z: Tensor(zerosRows: 0, cols: shape.units[l]), a: Tensor(zerosRows: 0, cols: shape.units[l]))
            })
        }
        let p = ParameterBuffer(shape)
        p.load(from: self)
        let ws = Workspace(shape, capacity: data.count)
        var order = Array(0..<data.count)
        order.withUnsafeMutableBufferPointer { ws.load(data, order: $0.baseAddress!, start: 0, count: data.count) }
        Propagation.forward(p, ws)
        let m = data.count
        let traces = (0..<depth).map { l in
            let n = shape.units[l]
            let z = Array(UnsafeBufferPointer(start: ws.z[l], count: m * n))
            let a = Array(UnsafeBufferPointer(start: ws.a[l], count: m * n))
            return x.isMatrix
                ? LayerTrace(layer: l + 1, activation: shape.activations[l], z: Tensor(rows: m, cols: n, z), a: Tensor(rows: m, cols: n, a))
                : LayerTrace(layer: l + 1, activation: shape.activations[l], z: Tensor(z), a: Tensor(a))
        }
        return ForwardTrace(input: x, layers: traces)
    }
}
