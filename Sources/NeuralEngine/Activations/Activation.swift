import Foundation

/// A neuron's activation function f, with its derivative f'.
///
///     Activation.sigmoid.value(0)            // 0.5
///     Activation(name: "leaky_relu")         // .leakyRelu
///     Activation.softmax.apply(Tensor([1, 2]))
public enum Activation: String, Sendable, CaseIterable, Codable {
    case step, sign, relu
    case leakyRelu = "leaky_relu"
    case sigmoid, tanh, linear, softmax

    /// The slope of `leaky_relu` below zero.
    public static let leakySlope = 0.01

    /// The name the language uses (`leaky_relu`).
    public var name: String { rawValue }

    /// The activation named `name`, or nil.
    public init?(name: String) { self.init(rawValue: name) }

    /// Every name, for error messages ("expected one of ...").
    public static var names: [String] { allCases.map(\.rawValue) }

    /// True for all but softmax, which mixes a whole row.
    public var isElementwise: Bool { self != .softmax }

    /// True when every output lies in [0, 1], so bce and cross_entropy can read it as a probability.
    public var givesProbabilities: Bool { self == .sigmoid || self == .softmax || self == .step }

    /// True for step and sign, whose gradient is zero wherever it is defined.
    public var isThreshold: Bool { self == .step || self == .sign }

    /// f(z) for one number. Softmax of a single number is 1.
    @inline(__always)
    public func value(_ z: Double) -> Double {
        switch self {
        case .step: return z >= 0 ? 1 : 0
        case .sign: return z >= 0 ? 1 : -1
        case .relu: return z > 0 ? z : 0
        case .leakyRelu: return z > 0 ? z : Activation.leakySlope * z
        case .sigmoid: return Activation.sigmoid(z)
        case .tanh: return Foundation.tanh(z)
        case .linear: return z
        case .softmax: return z.isNaN ? .nan : 1
        }
    }

    /// f'(z) for one number; nil for softmax (it is not element-wise).
    /// Step and sign give 0 (their derivative is undefined at 0); relu gives 0 at 0, as PyTorch does.
    public func derivative(_ z: Double) -> Double? {
        switch self {
        case .step, .sign: return 0
        case .relu: return z > 0 ? 1 : 0
        case .leakyRelu: return z > 0 ? 1 : Activation.leakySlope
        case .sigmoid: let s = Activation.sigmoid(z); return s * (1 - s)
        case .tanh: let t = Foundation.tanh(z); return 1 - t * t
        case .linear: return 1
        case .softmax: return nil
        }
    }

    /// Where f' does not exist (plots mark these): 0 for step and sign.
    public var derivativeUndefinedAt: [Double] { isThreshold ? [0] : [] }

    /// Sigmoid without overflow: exp is only taken of a non-positive number.
    @inline(__always)
    public static func sigmoid(_ z: Double) -> Double {
        if z >= 0 { return 1 / (1 + exp(-z)) }
        let e = exp(z)
        return e / (1 + e)
    }

    /// f applied to a vector or to each row of a matrix (softmax per row).
    public func apply(_ z: Tensor) -> Tensor {
        var out = z
        let rows = z.rows, cols = z.cols
        z.storage.withUnsafeBufferPointer { zp in
            out.storage.withUnsafeMutableBufferPointer { ap in
                guard let zb = zp.baseAddress, let ab = ap.baseAddress else { return }
                apply(rows: rows, cols: cols, z: zb, a: ab)
            }
        }
        return out
    }

    /// f' of a tensor, element-wise; nil for softmax.
    public func derivative(_ z: Tensor) -> Tensor? {
        guard isElementwise else { return nil }
        return z.map { derivative($0) ?? 0 }
    }
}
