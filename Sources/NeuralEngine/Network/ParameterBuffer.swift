/// Every W^l and b^l of a network in one contiguous buffer, so the training
/// loop, gradients and optimizer state are flat arrays with no per-batch
/// allocation. Index `l` here is 0-based (the lecture's layer l + 1).
///
/// W^l is stored transposed, inputs x units (the lecture's W^l is units x
/// inputs): the forward product A (W^l)^T then reads it in place instead of
/// packing a transposed copy for every batch, and the gradient product
/// A^T delta multiplies two row-major operands. `load`, `store`,
/// `weightTensor` and `weightSlot` translate to and from the lecture's layout.
final class ParameterBuffer {
    let shape: NetworkShape
    let count: Int
    let values: UnsafeMutablePointer<Double>

    init(_ shape: NetworkShape) {
        self.shape = shape
        count = shape.parameterCount
        values = .allocate(capacity: Swift.max(count, 1))
        values.initialize(repeating: 0, count: Swift.max(count, 1))
    }

    deinit { values.deallocate() }

    /// (W^l)^T: inputs(of: l) rows of units[l] values.
    func weights(_ l: Int) -> UnsafeMutablePointer<Double> { values + shape.weightOffsets[l] }

    /// Where W^l[j][c] (unit j, input c) lives.
    func weightSlot(_ l: Int, unit j: Int, input c: Int) -> UnsafeMutablePointer<Double> {
        weights(l) + c * shape.units[l] + j
    }

    /// Copies W (units x inputs, row-major) into layer l's transposed slot.
    func storeWeights(_ l: Int, from w: UnsafePointer<Double>) {
        let n = shape.units[l], k = shape.inputs(of: l), t = weights(l)
        for j in 0..<n {
            for c in 0..<k { t[c * n + j] = w[j * k + c] }
        }
    }

    /// Copies layer l's weights out as W (units x inputs, row-major).
    func readWeights(_ l: Int, into w: UnsafeMutablePointer<Double>) {
        let n = shape.units[l], k = shape.inputs(of: l), t = weights(l)
        for j in 0..<n {
            for c in 0..<k { w[j * k + c] = t[c * n + j] }
        }
    }
    func bias(_ l: Int) -> UnsafeMutablePointer<Double> { values + shape.biasOffsets[l] }

    func zero() { values.update(repeating: 0, count: count) }

    func copy(from other: ParameterBuffer) { values.update(from: other.values, count: count) }

    func load(from network: Network) {
        for (l, layer) in network.layers.enumerated() {
            layer.weights.storage.withUnsafeBufferPointer { storeWeights(l, from: $0.baseAddress!) }
            layer.bias.storage.withUnsafeBufferPointer { bias(l).update(from: $0.baseAddress!, count: $0.count) }
        }
    }

    func store(into network: Network) {
        for l in network.layers.indices {
            network.layers[l].withParameters { w, b in
                w.withUnsafeMutableBufferPointer { readWeights(l, into: $0.baseAddress!) }
                b.withUnsafeMutableBufferPointer { $0.baseAddress!.update(from: bias(l), count: $0.count) }
            }
        }
    }

    var allFinite: Bool {
        for i in 0..<count where !values[i].isFinite { return false }
        return true
    }

    /// Layer l's W as a tensor (a copy).
    func weightTensor(_ l: Int) -> Tensor {
        let r = shape.units[l], c = shape.inputs(of: l)
        var w = [Double](repeating: 0, count: r * c)
        w.withUnsafeMutableBufferPointer { readWeights(l, into: $0.baseAddress!) }
        return Tensor(rows: r, cols: c, w)
    }

    /// Layer l's b as a tensor (a copy).
    func biasTensor(_ l: Int) -> Tensor {
        Tensor(Array(UnsafeBufferPointer(start: bias(l), count: shape.units[l])))
    }
}

/// Layer sizes and activations: what the kernels need to know of a network.
struct NetworkShape: Equatable {
    let inputCount: Int
    let units: [Int]
    let activations: [Activation]
    let weightOffsets: [Int]
    let biasOffsets: [Int]
    let parameterCount: Int

    init(inputCount: Int, units: [Int], activations: [Activation]) {
        self.inputCount = inputCount
        self.units = units
        self.activations = activations
        var w = [Int](), b = [Int](), offset = 0, previous = inputCount
        for u in units {
            w.append(offset); offset += u * previous
            b.append(offset); offset += u
            previous = u
        }
        weightOffsets = w
        biasOffsets = b
        parameterCount = offset
    }

    init(_ network: Network) {
        self.init(inputCount: network.inputCount, units: network.layers.map(\.units), activations: network.layers.map(\.activation))
    }

    var depth: Int { units.count }
    var outputCount: Int { units.last ?? inputCount }
    func inputs(of l: Int) -> Int { l == 0 ? inputCount : units[l - 1] }
}
