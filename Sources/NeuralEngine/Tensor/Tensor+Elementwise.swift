import Foundation

/// A binary element-wise operation, as the language's operators spell them.
///
///     try Tensor.combine(a, b, .add)    // a + b with broadcasting
public enum ElementwiseOperator: String, Sendable, CaseIterable {
    case add = "+", subtract = "-", multiply = "*", divide = "/"
    case power = "^", modulo = "%"
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="

    /// The operation on two numbers; comparisons give 1 or 0, `%` is floored
    /// like Python's (`-7 % 3` is 2), division follows IEEE (`1 / 0` is inf).
    @inline(__always)
    public func apply(_ x: Double, _ y: Double) -> Double {
        switch self {
        case .add: return x + y
        case .subtract: return x - y
        case .multiply: return x * y
        case .divide: return x / y
        case .power: return Foundation.pow(x, y)
        case .modulo: return ElementwiseOperator.flooredModulo(x, y)
        case .equal: return x == y ? 1 : 0
        case .notEqual: return x != y ? 1 : 0
        case .less: return x < y ? 1 : 0
        case .lessEqual: return x <= y ? 1 : 0
        case .greater: return x > y ? 1 : 0
        case .greaterEqual: return x >= y ? 1 : 0
        }
    }

    /// Python's `x % y`: the result has the sign of `y`.
    public static func flooredModulo(_ x: Double, _ y: Double) -> Double {
        guard y != 0 else { return .nan }
        let r = fmod(x, y)
        if r != 0 && ((r < 0) != (y < 0)) { return r + y }
        // Python: a zero remainder takes the divisor's sign (-0.0 % 3 is 0.0).
        return r == 0 ? copysign(0, y) : r
    }
}

extension Tensor {
    /// The operator applied element by element, with the language's
    /// broadcasting (LANGUAGE.md §3): equal shapes; a vector of n with each
    /// row of an m x n matrix; an m x 1 (or 1 x n) matrix along the other
    /// axis; a length-1 vector or 1 x 1 matrix with anything. A vector of m
    /// and an m x 1 matrix never combine into an m x m result, nor a row and
    /// a column into their outer product.
    public static func combine(_ a: Tensor, _ b: Tensor, _ op: ElementwiseOperator) throws(ShapeError) -> Tensor {
        if a.shape == b.shape {
            var out = a.storage
            b.storage.withUnsafeBufferPointer { bp in
                out.withUnsafeMutableBufferPointer { op.applyInPlace($0, bp) }
            }
            return Tensor(unchecked: a.shape, out)
        }
        let (ar, ac) = try broadcastGrid(a, b, op)
        let (br, bc) = try broadcastGrid(b, a, op)
        let rows = max(ar, br), cols = max(ac, bc)
        // Only one side is stretched (never an outer product of a row and a column).
        let stretchesOneSide = (ar, ac) == (rows, cols) || (br, bc) == (rows, cols) || a.count == 1 || b.count == 1
        guard (ar == rows || ar == 1) && (br == rows || br == 1) && (ac == cols || ac == 1) && (bc == cols || bc == 1),
              stretchesOneSide else {
            throw ShapeError("cannot combine \(a.shapeNoun) and \(b.shapeNoun) with \(op.rawValue): expected equal shapes, a number, a vector of n with an m×n matrix, or an m×1 matrix with an m×n matrix")
        }
        try checkCount(rows, cols)
        var out = [Double](repeating: 0, count: rows * cols)
        for i in 0..<rows {
            let ai = ar == 1 ? 0 : i * ac, bi = br == 1 ? 0 : i * bc
            for j in 0..<cols {
                out[i * cols + j] = op.apply(a.storage[ai + (ac == 1 ? 0 : j)], b.storage[bi + (bc == 1 ? 0 : j)])
            }
        }
        let isVector = a.isVector && b.isVector
        return Tensor(unchecked: isVector ? [cols] : [rows, cols], out)
    }

    /// The tensor with a number: `t op s`, or `s op t` when `scalarFirst`.
    public static func combine(_ t: Tensor, scalar s: Double, _ op: ElementwiseOperator, scalarFirst: Bool = false) -> Tensor {
        var out = t.storage
        if scalarFirst {
            for i in out.indices { out[i] = op.apply(s, out[i]) }
        } else {
            for i in out.indices { out[i] = op.apply(out[i], s) }
        }
        return Tensor(unchecked: t.shape, out)
    }

    /// A vector is a 1 x n row here; the vector-of-m-with-m x 1 case is refused.
    private static func broadcastGrid(_ t: Tensor, _ other: Tensor, _ op: ElementwiseOperator) throws(ShapeError) -> (Int, Int) {
        if t.isMatrix { return (t.shape[0], t.shape[1]) }
        let n = t.shape[0]
        if other.isMatrix && n != 1 && other.shape[1] == 1 && other.shape[0] == n {
            throw ShapeError("cannot combine a vector of \(n) with a \(n)×1 matrix using \(op.rawValue): use .T or reshape so both are vectors or both are \(n)×1 matrices")
        }
        return (1, n)
    }

    var shapeNoun: String {
        isVector ? "a vector of \(shape[0])" : "a \(shapeDescription) matrix"
    }

    // Operators for Swift callers; the language goes through `combine`.
    public static func + (a: Tensor, b: Tensor) throws(ShapeError) -> Tensor { try combine(a, b, .add) }
    public static func - (a: Tensor, b: Tensor) throws(ShapeError) -> Tensor { try combine(a, b, .subtract) }
    public static func * (a: Tensor, b: Tensor) throws(ShapeError) -> Tensor { try combine(a, b, .multiply) }
    public static func / (a: Tensor, b: Tensor) throws(ShapeError) -> Tensor { try combine(a, b, .divide) }
    public static func + (a: Tensor, s: Double) -> Tensor { combine(a, scalar: s, .add) }
    public static func - (a: Tensor, s: Double) -> Tensor { combine(a, scalar: s, .subtract) }
    public static func * (a: Tensor, s: Double) -> Tensor { combine(a, scalar: s, .multiply) }
    public static func / (a: Tensor, s: Double) -> Tensor { combine(a, scalar: s, .divide) }
    public static func * (s: Double, a: Tensor) -> Tensor { combine(a, scalar: s, .multiply, scalarFirst: true) }
    public static prefix func - (a: Tensor) -> Tensor { a.map { -$0 } }
}

extension ElementwiseOperator {
    @inline(__always)
    func applyInPlace(_ x: UnsafeMutableBufferPointer<Double>, _ y: UnsafeBufferPointer<Double>) {
        let n = x.count
        switch self {
        case .add: for i in 0..<n { x[i] += y[i] }
        case .subtract: for i in 0..<n { x[i] -= y[i] }
        case .multiply: for i in 0..<n { x[i] *= y[i] }
        case .divide: for i in 0..<n { x[i] /= y[i] }
        default: for i in 0..<n { x[i] = apply(x[i], y[i]) }
        }
    }
}
