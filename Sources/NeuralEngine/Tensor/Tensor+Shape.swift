/// Construction within limits, transpose and reshape.
extension Tensor {
    /// Refuses a size above `maxElements` (or a negative one) before anything is allocated.
    public static func checkCount(_ rows: Int, _ cols: Int) throws(ShapeError) {
        guard rows >= 0, cols >= 0 else {
            throw ShapeError("a tensor's sizes must be 0 or more, got \(rows)×\(cols)")
        }
        let (count, overflow) = rows.multipliedReportingOverflow(by: cols)
        guard !overflow, count <= maxElements else {
            throw ShapeError("a tensor of \(rows)×\(cols) is too large: at most \(maxElements) elements are allowed")
        }
    }

    /// A matrix filled with one value, refusing sizes above `maxElements`.
    public static func filled(rows: Int, cols: Int, value: Double) throws(ShapeError) -> Tensor {
        try checkCount(rows, cols)
        return Tensor(unchecked: [rows, cols], [Double](repeating: value, count: rows * cols))
    }

    /// A vector filled with one value, refusing sizes above `maxElements`.
    public static func filled(count: Int, value: Double) throws(ShapeError) -> Tensor {
        try checkCount(1, count)
        return Tensor([Double](repeating: value, count: count))
    }

    /// A matrix whose entries come from `make(row, col)`, refusing sizes above `maxElements`.
    public static func generate(rows: Int, cols: Int, _ make: (Int, Int) -> Double) throws(ShapeError) -> Tensor {
        try checkCount(rows, cols)
        var out = [Double]()
        out.reserveCapacity(rows * cols)
        for i in 0..<rows { for j in 0..<cols { out.append(make(i, j)) } }
        return Tensor(unchecked: [rows, cols], out)
    }

    /// A matrix from rows of equal length.
    public init(rows: [[Double]]) throws(ShapeError) {
        let cols = rows.first?.count ?? 0
        for (i, row) in rows.enumerated() where row.count != cols {
            throw ShapeError("every row of a matrix needs \(cols) numbers, row \(i) has \(row.count)")
        }
        try Tensor.checkCount(rows.count, cols)
        self.init(unchecked: [rows.count, cols], Array(rows.joined()))
    }

    /// The transpose of a matrix; a vector is left as it is (LANGUAGE.md §3).
    public var transposed: Tensor {
        guard isMatrix else { return self }
        let r = shape[0], c = shape[1]
        var out = [Double](repeating: 0, count: count)
        for i in 0..<r { for j in 0..<c { out[j * r + i] = storage[i * c + j] } }
        return Tensor(unchecked: [c, r], out)
    }

    /// The same numbers as a rows x cols matrix.
    public func reshaped(rows: Int, cols: Int) throws(ShapeError) -> Tensor {
        try Tensor.checkCount(rows, cols)
        guard rows * cols == count else {
            throw ShapeError("cannot reshape \(shapeNoun) (\(count) number\(count == 1 ? "" : "s")) to \(rows)×\(cols) (\(rows * cols) numbers)")
        }
        return Tensor(unchecked: [rows, cols], storage)
    }

    /// The same numbers as a vector.
    public var flattened: Tensor { Tensor(storage) }

    /// Row `i` of a matrix as a vector (element `i` of a vector as a 1-vector).
    public func row(_ i: Int) -> Tensor {
        guard isMatrix else { return Tensor([storage[i]]) }
        let c = shape[1]
        return Tensor(Array(storage[(i * c)..<(i * c + c)]))
    }

    /// Rows picked by index, as a matrix (or elements, as a vector).
    public func rows(at indices: [Int]) -> Tensor {
        guard isMatrix else { return Tensor(indices.map { storage[$0] }) }
        let c = shape[1]
        var out = [Double]()
        out.reserveCapacity(indices.count * c)
        for i in indices { out.append(contentsOf: storage[(i * c)..<(i * c + c)]) }
        return Tensor(unchecked: [indices.count, c], out)
    }

    /// Rows of a matrix as arrays (a vector gives one row).
    public var rowArrays: [[Double]] {
        let c = cols
        return (0..<rows).map { Array(storage[($0 * c)..<($0 * c + c)]) }
    }

    /// A copy with `f` applied to every element.
    public func map(_ f: (Double) throws -> Double) rethrows -> Tensor {
        Tensor(unchecked: shape, try storage.map(f))
    }
}
