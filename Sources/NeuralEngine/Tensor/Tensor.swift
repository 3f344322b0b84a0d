/// A vector or matrix of `Double`s, row-major.
///
/// Shape `[n]` is a vector, `[rows, cols]` a matrix. Storage is a Swift
/// array, so a `Tensor` is a value: copies share storage until written.
///
///     let w = Tensor(rows: 2, cols: 2, [0.15, 0.20, 0.25, 0.30])
///     w[1, 0]  // 0.25
public struct Tensor: Equatable, Sendable {
    public private(set) var shape: [Int]
    public var storage: [Double]

    /// The largest number of elements a tensor may hold (LANGUAGE.md §3):
    /// anything bigger is refused before allocating.
    public static let maxElements = 100_000_000

    public init(shape: [Int], storage: [Double]) throws(ShapeError) {
        guard shape.count == 1 || shape.count == 2, shape.allSatisfy({ $0 >= 0 }) else {
            throw ShapeError("a tensor has 1 or 2 dimensions of size >= 0, got shape \(shape)")
        }
        let count = shape.reduce(1, *)
        guard count == storage.count else {
            throw ShapeError("shape \(Tensor.describe(shape)) needs \(count) numbers, got \(storage.count)")
        }
        self.shape = shape
        self.storage = storage
    }

    /// Builds without checking; callers guarantee that `shape` matches `storage`
    /// (the engine's own results, whose shapes it computed).
    init(unchecked shape: [Int], _ storage: [Double]) {
        self.shape = shape
        self.storage = storage
    }

    /// A vector.
    public init(_ values: [Double]) {
        shape = [values.count]
        storage = values
    }

    /// A matrix from row-major values; `values.count` must be `rows * cols`.
    public init(rows: Int, cols: Int, _ values: [Double]) {
        precondition(values.count == rows * cols, "Tensor(rows:cols:) given \(values.count) values for \(rows)x\(cols)")
        shape = [rows, cols]
        storage = values
    }

    /// A matrix of zeros.
    public init(zerosRows rows: Int, cols: Int) {
        shape = [rows, cols]
        storage = [Double](repeating: 0, count: rows * cols)
    }

    /// A vector of zeros.
    public init(zeros count: Int) {
        shape = [count]
        storage = [Double](repeating: 0, count: count)
    }

    public var isVector: Bool { shape.count == 1 }
    public var isMatrix: Bool { shape.count == 2 }
    public var count: Int { storage.count }
    /// Rows of a matrix; 1 for a vector (taken as a row).
    public var rows: Int { shape.count == 2 ? shape[0] : 1 }
    /// Columns of a matrix; the length of a vector.
    public var cols: Int { shape.count == 2 ? shape[1] : shape[0] }

    public subscript(row: Int, col: Int) -> Double {
        get { storage[row * cols + col] }
        set { storage[row * cols + col] = newValue }
    }

    /// "2×3" for a matrix, "3" for a vector.
    public static func describe(_ shape: [Int]) -> String {
        shape.map(String.init).joined(separator: "×")
    }

    public var shapeDescription: String { Tensor.describe(shape) }
}

/// A shape mismatch, saying what was expected and what was found.
public struct ShapeError: Error, Sendable, CustomStringConvertible, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
