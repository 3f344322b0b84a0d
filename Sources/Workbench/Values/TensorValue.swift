import Language
import NeuralEngine

/// A tensor as a value of the language: a vector or a matrix of numbers.
/// Like numbers and lists it is a value: every setter returns a new
/// `TensorValue` and leaves the original alone (`w = net.layers[1].W` is a snapshot).
///
///     let v = Value.tensor(Tensor([1, 2.5, 3]))   // prints [1, 2.5, 3]
struct TensorValue: NativeValue {
    var tensor: Tensor

    init(_ tensor: Tensor) {
        self.tensor = tensor
    }

    var typeName: String { "tensor" }

    var fieldNames: [String] { ["T", "shape", "rows", "cols", "size"] }

    func field(_ name: String) throws(ScriptError) -> Value {
        switch name {
        case "T": return .tensor(tensor.transposed)
        case "shape": return .list(tensor.shape.map { .number(Double($0)) })
        case "rows": return .number(Double(tensor.rows))
        case "cols": return .number(Double(tensor.cols))
        case "size": return .number(Double(tensor.count))
        default:
            throw ScriptError(unknownFieldMessage(name))
        }
    }

    /// A vector slices its numbers, a matrix its rows (`m[0:2]` is the first two rows).
    var sliceCount: Int? { tensor.isVector ? tensor.count : tensor.rows }

    func slice(_ positions: Range<Int>) throws(ScriptError) -> Value {
        if tensor.isVector { return .tensor(Tensor(Array(tensor.storage[positions]))) }
        guard !positions.isEmpty else { return .list([]) }
        let n = tensor.cols
        return .tensor(Tensor(rows: positions.count, cols: n, Array(tensor.storage[(positions.lowerBound * n)..<(positions.upperBound * n)])))
    }

    func element(at index: Value) throws(ScriptError) -> Value {
        if tensor.isVector {
            let i = try index.index(into: tensor.count, of: "a vector of \(tensor.count)")
            return .number(tensor.storage[i])
        }
        let row = try index.index(into: tensor.rows, of: "a \(tensor.shapeDescription) matrix (\(tensor.rows) rows)")
        return .tensor(tensor.row(row))
    }

    func settingElement(at index: Value, to value: Value) throws(ScriptError) -> Value? {
        var copy = tensor
        if tensor.isVector {
            let i = try index.index(into: tensor.count, of: "a vector of \(tensor.count)")
            guard case .number(let x) = value else {
                throw ScriptError("an element of a vector must be a number, got \(value.shortDescription)")
            }
            copy.storage[i] = x
            return .tensor(copy)
        }
        let r = try index.index(into: tensor.rows, of: "a \(tensor.shapeDescription) matrix (\(tensor.rows) rows)")
        let row = try value.toTensor("a row of a \(tensor.shapeDescription) matrix")
        guard row.isVector, row.count == tensor.cols else {
            throw ScriptError("a row of a \(tensor.shapeDescription) matrix must be a vector of \(tensor.cols), got \(Value.tensor(row).shortDescription)")
        }
        let start = r * tensor.cols
        copy.storage.replaceSubrange(start..<(start + tensor.cols), with: row.storage)
        return .tensor(copy)
    }

    /// A vector's numbers, or a matrix's rows as vectors (`for row in m`).
    func elements() -> [Value]? {
        if tensor.isVector { return tensor.storage.map { .number($0) } }
        return (0..<tensor.rows).map { .tensor(tensor.row($0)) }
    }

    func render(_ options: RenderOptions) -> String {
        TensorText(tensor, options).render()
    }

    private func unknownFieldMessage(_ name: String) -> String {
        NetworkValue.unknownField(name, of: "a tensor", among: fieldNames)
    }
}

extension Value {
    /// Wraps an engine tensor as a language value.
    static func tensor(_ t: Tensor) -> Value { .native(TensorValue(t)) }

    /// The tensor inside a `TensorValue`, nil for anything else (lists included).
    var tensorNative: Tensor? {
        if case .native(let n) = self, let t = n as? TensorValue { return t.tensor }
        return nil
    }
}

extension TensorValue {
    /// Inside a list a tensor still shows all its numbers (`[W, b]`).
    func renderInline(_ options: RenderOptions) -> String { render(options) }
}
