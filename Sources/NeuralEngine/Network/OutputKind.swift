/// What a network's output means, from its output layer (LANGUAGE.md §6):
/// a softmax picks the argmax class; one sigmoid, step or sign unit is a
/// yes/no class; anything else is a regression.
public enum OutputKind: Sendable, Equatable {
    case classes(Int)
    /// One unit; class 1 where the output is at least `threshold`.
    case binary(threshold: Double)
    case regression

    public init(_ network: Network) {
        let f = network.outputActivation, k = network.outputCount
        if f == .softmax && k > 1 { self = .classes(k) }
        else if k == 1 && (f == .sigmoid || f == .step) { self = .binary(threshold: 0.5) }
        else if k == 1 && f == .sign { self = .binary(threshold: 0) }
        else { self = .regression }
    }

    public var isClassification: Bool { self != .regression }

    /// Number of classes (2 for binary, 0 for regression).
    public var classCount: Int {
        switch self {
        case .classes(let k): return k
        case .binary: return 2
        case .regression: return 0
        }
    }

    /// The predicted class of one output row.
    func predictedClass(_ row: UnsafePointer<Double>, count k: Int) -> Int {
        switch self {
        case .classes: return OutputKind.argmax(row, k)
        case .binary(let t): return row[0] >= t ? 1 : 0
        case .regression: return 0
        }
    }

    /// The true class of example `r` of the loaded workspace.
    func trueClass(_ ws: Workspace, row r: Int, indices: Bool) -> Int {
        let k = ws.shape.outputCount
        if indices { return ws.targetIndices[r] }
        let y = ws.targetValues + r * k
        switch self {
        case .classes: return OutputKind.argmax(y, k)
        case .binary(let t): return y[0] > (t == 0 ? 0 : 0.5) ? 1 : 0
        case .regression: return 0
        }
    }

    /// Index of the largest of k values (the first on ties).
    static func argmax(_ p: UnsafePointer<Double>, _ k: Int) -> Int {
        var best = 0
        for j in 1..<Swift.max(k, 1) where p[j] > p[best] { best = j }
        return best
    }
}
