/// Sums, means, extremes and argmax.
extension Tensor {
    /// The sum of all elements.
    public func sum() -> Double { storage.reduce(0, +) }

    /// The mean of all elements (nan for an empty tensor).
    public func mean() -> Double { count == 0 ? .nan : sum() / Double(count) }

    /// The smallest element; nil when empty. A nan anywhere gives nan.
    public func minimum() -> Double? {
        guard var best = storage.first else { return nil }
        for v in storage { if v.isNaN { return .nan }; if v < best { best = v } }
        return best
    }

    /// The largest element; nil when empty. A nan anywhere gives nan.
    public func maximum() -> Double? {
        guard var best = storage.first else { return nil }
        for v in storage { if v.isNaN { return .nan }; if v > best { best = v } }
        return best
    }

    /// Index of the largest element of a vector (the first on ties); nil when empty.
    public func argmax() -> Int? {
        guard count > 0 else { return nil }
        return Tensor.argmax(storage[...])
    }

    /// Each row's argmax (for a vector: one entry, the vector's argmax).
    public func rowArgmax() -> [Int] {
        guard isMatrix else { return argmax().map { [$0] } ?? [] }
        let c = shape[1]
        guard c > 0 else { return [] }
        return (0..<shape[0]).map { Tensor.argmax(storage[($0 * c)..<($0 * c + c)]) }
    }

    static func argmax(_ values: ArraySlice<Double>) -> Int {
        var best = values.startIndex
        for i in values.indices where values[i] > values[best] || (values[i].isNaN && !values[best].isNaN) { best = i }
        return best - values.startIndex
    }

    /// Sums along an axis of a matrix: axis 0 sums each column (a vector of
    /// cols), axis 1 each row (a vector of rows). A vector sums to a 1-vector.
    public func sum(axis: Int) throws(ShapeError) -> Tensor {
        guard isMatrix else { return Tensor([sum()]) }
        let r = shape[0], c = shape[1]
        switch axis {
        case 0:
            var out = [Double](repeating: 0, count: c)
            for i in 0..<r { for j in 0..<c { out[j] += storage[i * c + j] } }
            return Tensor(out)
        case 1:
            return Tensor((0..<r).map { i in storage[(i * c)..<(i * c + c)].reduce(0, +) })
        default:
            throw ShapeError("a matrix has axes 0 and 1, got axis \(axis)")
        }
    }
}
