import Foundation

/// The activation on raw row-major buffers, for the training loop (no allocation).
extension Activation {
    /// a = f(z) for `rows` rows of `cols` values; softmax subtracts each row's max first.
    @inline(__always)
    func apply(rows: Int, cols: Int, z: UnsafePointer<Double>, a: UnsafeMutablePointer<Double>) {
        let n = rows * cols
        switch self {
        case .softmax:
            for r in 0..<rows {
                let zr = z + r * cols, ar = a + r * cols
                var top = -Double.infinity
                for j in 0..<cols where zr[j] > top { top = zr[j] }
                if top.isInfinite { top = 0 }
                var total = 0.0
                for j in 0..<cols { let e = exp(zr[j] - top); ar[j] = e; total += e }
                for j in 0..<cols { ar[j] /= total }
            }
        case .relu: for i in 0..<n { a[i] = z[i] > 0 ? z[i] : 0 }
        case .linear: for i in 0..<n { a[i] = z[i] }
        case .sigmoid: for i in 0..<n { a[i] = Activation.sigmoid(z[i]) }
        default: for i in 0..<n { a[i] = value(z[i]) }
        }
    }

    /// d := d * f'(z), element-wise, for every activation but softmax,
    /// using the output `a` where that is how PyTorch computes it (sigmoid, tanh).
    /// For softmax it applies the row Jacobian: d := a * (d - sum(d * a)).
    @inline(__always)
    func backpropagate(rows: Int, cols: Int, z: UnsafePointer<Double>, a: UnsafePointer<Double>, d: UnsafeMutablePointer<Double>) {
        let n = rows * cols
        switch self {
        case .step, .sign: for i in 0..<n { d[i] = 0 }
        case .relu: for i in 0..<n where !(z[i] > 0) { d[i] = 0 }
        case .leakyRelu: for i in 0..<n where !(z[i] > 0) { d[i] *= Activation.leakySlope }
        case .sigmoid: for i in 0..<n { d[i] *= a[i] * (1 - a[i]) }
        case .tanh: for i in 0..<n { d[i] *= 1 - a[i] * a[i] }
        case .linear: break
        case .softmax:
            for r in 0..<rows {
                let ar = a + r * cols, dr = d + r * cols
                var s = 0.0
                for j in 0..<cols { s += dr[j] * ar[j] }
                for j in 0..<cols { dr[j] = ar[j] * (dr[j] - s) }
            }
        }
    }
}
