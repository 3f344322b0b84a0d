/// Buffers for one batch size, allocated once: the input rows, z^l, a^l and
/// delta^l of every layer, and the batch's targets.
final class Workspace {
    let shape: NetworkShape
    let capacity: Int
    let input: UnsafeMutablePointer<Double>
    let z: [UnsafeMutablePointer<Double>]
    let a: [UnsafeMutablePointer<Double>]
    let delta: [UnsafeMutablePointer<Double>]
    /// Target rows (capacity x outputs) when targets are values.
    let targetValues: UnsafeMutablePointer<Double>
    /// Class indices when targets are indices.
    let targetIndices: UnsafeMutablePointer<Int>
    /// Rows currently loaded.
    var rows = 0

    /// `ownsInput` false: callers always pass the input rows in place (see
    /// `Propagation.forward(_:_:input:)`), so no copy buffer is allocated.
    init(_ shape: NetworkShape, capacity: Int, ownsInput: Bool = true) {
        self.shape = shape
        self.capacity = Swift.max(capacity, 1)
        func buffer(_ n: Int) -> UnsafeMutablePointer<Double> {
            let p = UnsafeMutablePointer<Double>.allocate(capacity: Swift.max(n, 1))
            p.initialize(repeating: 0, count: Swift.max(n, 1))
            return p
        }
        let cap = self.capacity
        input = buffer(ownsInput ? cap * shape.inputCount : 1)
        z = shape.units.map { buffer(cap * $0) }
        a = shape.units.map { buffer(cap * $0) }
        delta = shape.units.map { buffer(cap * $0) }
        targetValues = buffer(cap * shape.outputCount)
        targetIndices = .allocate(capacity: cap)
        targetIndices.initialize(repeating: 0, count: cap)
    }

    deinit {
        input.deallocate(); targetValues.deallocate(); targetIndices.deallocate()
        for p in z { p.deallocate() }
        for p in a { p.deallocate() }
        for p in delta { p.deallocate() }
    }

    var output: UnsafeMutablePointer<Double> { a[shape.depth - 1] }
    var outputZ: UnsafeMutablePointer<Double> { z[shape.depth - 1] }

    /// Copies the examples `order[start..<start+count]` (inputs and targets) into the buffers.
    func load(_ data: PreparedData, order: UnsafePointer<Int>, start: Int, count: Int) {
        let n = shape.inputCount
        data.x.storage.withUnsafeBufferPointer { xp in
            for r in 0..<count {
                let i = order[start + r]
                (input + r * n).update(from: xp.baseAddress! + i * n, count: n)
            }
        }
        loadTargets(data, order: order, start: start, count: count)
    }

    /// Loads only the targets (and the row count), for callers that read the inputs in place.
    func loadTargets(_ data: PreparedData, order: UnsafePointer<Int>, start: Int, count: Int) {
        rows = count
        let k = shape.outputCount
        switch data.targets {
        case .indices(let labels):
            for r in 0..<count { targetIndices[r] = labels[order[start + r]] }
        case .values(let y):
            y.storage.withUnsafeBufferPointer { yp in
                for r in 0..<count {
                    (targetValues + r * k).update(from: yp.baseAddress! + order[start + r] * k, count: k)
                }
            }
        }
    }
}
