/// Targets in the form the kernels read: class indices or one row of values per example.
enum Targets {
    case indices([Int])
    case values(Tensor)

    var isIndices: Bool { if case .indices = self { return true } else { return false } }
}

/// Inputs and targets checked against a network and a loss once, before
/// any batch runs, so the training loop never meets a bad shape.
struct PreparedData {
    let x: Tensor
    let targets: Targets
    var count: Int { x.rows }

    /// Inputs only (for forward passes and predictions).
    init(inputs x: Tensor, inputCount: Int) throws(ShapeError) {
        self.x = try PreparedData.inputMatrix(x, inputCount: inputCount)
        targets = .values(Tensor(zerosRows: 0, cols: 0))
    }

    /// A vector is one example; a matrix one example per row.
    static func inputMatrix(_ x: Tensor, inputCount: Int) throws(ShapeError) -> Tensor {
        let matrix = x.isMatrix ? x : Tensor(rows: 1, cols: x.count, x.storage)
        guard matrix.cols == inputCount else {
            throw ShapeError("dense layer 1 expects \(inputCount) inputs, got \(matrix.cols)")
        }
        return matrix
    }

    init(x: Tensor, y: Tensor, network: Network, loss: Loss) throws(EngineError) {
        let matrix: Tensor
        do { matrix = try PreparedData.inputMatrix(x, inputCount: network.inputCount) } catch { throw EngineError(error.message) }
        self.x = matrix
        let m = matrix.rows, k = network.outputCount
        guard m > 0 else { throw EngineError("the data has no examples") }
        if loss == .bce || loss == .crossEntropy, !network.outputActivation.givesProbabilities {
            // log of a negative output is nan, and of an output above 1 a cost below 0.
            let f = network.outputActivation.name
            let fix = loss == .bce ? "dense(\(k), sigmoid)" : "dense(\(k), softmax)"
            throw EngineError("\(loss.name) reads the outputs as probabilities, but the output layer is \(f), whose outputs can lie outside [0, 1]: end the network with \(fix), or use loss=\"mse\"")
        }
        if loss == .bce { try PreparedData.checkProbabilities(y) }
        if y.isVector {
            guard y.count == m else { throw EngineError("the data has \(plural(m, "example")) but \(plural(y.count, "target"))") }
            if loss.takesClassIndices {
                var labels = [Int]()
                labels.reserveCapacity(m)
                for (i, v) in y.storage.enumerated() {
                    guard v == v.rounded(), v >= 0, v < Double(k) else {
                        throw EngineError("cross_entropy needs class indices 0…\(k - 1) (the network has \(plural(k, "output"))), found \(formatNumber(v)) at example \(i)")
                    }
                    labels.append(Int(v))
                }
                targets = .indices(labels)
            } else {
                guard k == 1 else {
                    throw EngineError("the network has \(k) outputs but the targets are one number per example: give one row of \(k) targets per example, or use cross_entropy with class indices")
                }
                targets = .values(PreparedData.signLabels(Tensor(rows: m, cols: 1, y.storage), network))
            }
        } else {
            guard y.rows == m else { throw EngineError("the data has \(plural(m, "example")) but \(plural(y.rows, "row")) of targets") }
            if y.cols == 1 && k > 1 && loss.takesClassIndices {
                targets = try PreparedData(x: x, y: Tensor(y.storage), network: network, loss: loss).targets
                return
            }
            guard y.cols == k else {
                throw EngineError("the network has \(k) outputs but each target row has \(y.cols) numbers")
            }
            targets = .values(PreparedData.signLabels(y, network))
        }
    }

    /// A validation set, prepared as the training data is; its errors start
    /// "validation set: ", so the caller can point at validation=.
    static func validation(_ v: Dataset, network: Network, loss: Loss) throws(EngineError) -> PreparedData {
        do throws(EngineError) { return try PreparedData(x: v.x, y: v.y, network: network, loss: loss) } catch {
            throw EngineError("validation set: \(error.message)")
        }
    }

    /// bce's log(y') and log(1 - y') weigh y and 1 - y: a target outside
    /// [0, 1] gives a cost that can go below 0 and a gradient that never settles.
    static func checkProbabilities(_ y: Tensor) throws(EngineError) {
        let cols = y.isMatrix ? y.cols : 1
        guard let i = y.storage.firstIndex(where: { !($0 >= 0 && $0 <= 1) }) else { return }
        let place = cols == 1 ? "example \(i)" : "example \(i / cols), output \(i % cols)"
        throw EngineError("bce needs targets between 0 and 1 (0/1 labels), found \(formatNumber(y.storage[i])) at \(place)")
    }

    /// For a sign output, labels 0/1 are read as -1/+1 (LANGUAGE.md §4), in training and in costs alike;
    /// for a step output, -1/+1 as 0/1.
    static func signLabels(_ y: Tensor, _ network: Network) -> Tensor {
        switch network.outputActivation {
        case .sign: return y.map { $0 == 0 ? -1 : $0 }
        // A step unit gives 0 or 1, never -1: -1/+1 labels can only mean 0/1.
        case .step: return y.map { $0 == -1 ? 0 : $0 }
        default: return y
        }
    }
}

/// "1 example", "3 examples".
func plural(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

/// Shortest round-trip text of a number, as the language prints it.
func formatNumber(_ v: Double) -> String {
    if v.isNaN { return "nan" }
    if v.isInfinite { return v < 0 ? "-inf" : "inf" }
    if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
    return "\(v)"
}
