import Language
import NeuralEngine

/// A data set as a value of the language (LANGUAGE.md §5): `d.x`, `d.y`,
/// `d.size`/`d.m`, `d.features`/`d.n`, `d.classes`, `d.name`, and `d[i]`.
///
/// `d[i]` is the 2-item list `[x, y]` — the example's features (a vector)
/// and its target (a number, or a vector when `y` is a matrix) — so that
/// `x, y = d[0]` unpacks it as PyTorch's `x, y = dataset[0]` does, and
/// `for e in d` visits the examples the same way. Like other values it is
/// copied on assignment (the engine's `Dataset` is a struct).
///
///     let v = Value.dataset(try Dataset.named("iris"))   // echo: shape, class counts, first rows
struct DatasetValue: NativeValue {
    var dataset: Dataset

    init(_ dataset: Dataset) {
        self.dataset = dataset
    }

    var typeName: String { "dataset" }

    var fieldNames: [String] {
        ["x", "y", "size", "m", "features", "n", "classes", "name", "feature_names", "mean", "std"]
    }

    func field(_ name: String) throws(ScriptError) -> Value {
        switch name {
        case "x": return .tensor(dataset.x)
        case "y": return .tensor(dataset.y)
        case "size", "m": return .number(Double(dataset.count))
        case "features", "n": return .number(Double(dataset.features))
        case "classes": return .list(dataset.classes.map { .string($0) })
        case "name": return .string(dataset.name)
        case "feature_names": return .list(featureNames.map { .string($0) })
        // What `normalize` subtracted and divided by: new inputs are scaled as (x - d.mean) / d.std.
        case "mean": return dataset.normalization.map { .tensor(Tensor($0.mean)) } ?? .none
        case "std": return dataset.normalization.map { .tensor(Tensor($0.std)) } ?? .none
        default:
            throw ScriptError(NetworkValue.unknownField(name, of: "a dataset", among: fieldNames))
        }
    }

    /// `d[0:10]`: the examples at those positions, in order, as a dataset.
    var sliceCount: Int? { dataset.count }

    func slice(_ positions: Range<Int>) throws(ScriptError) -> Value {
        guard !positions.isEmpty else {
            throw ScriptError("this slice of a dataset of \(dataset.count) examples holds no examples")
        }
        return .native(DatasetValue(dataset.subset(Array(positions))))
    }

    func element(at index: Value) throws(ScriptError) -> Value {
        let m = dataset.count
        let i = try index.index(into: m, of: "a dataset of \(m) example\(m == 1 ? "" : "s")")
        return example(i)
    }

    /// Example `i` (already in range) as `[x, y]`.
    func example(_ i: Int) -> Value {
        let n = dataset.features
        let x = Value.tensor(Tensor(Array(dataset.x.storage[(i * n)..<(i * n + n)])))
        if dataset.y.isVector { return .list([x, .number(dataset.y.storage[i])]) }
        let k = dataset.y.cols
        return .list([x, .tensor(Tensor(Array(dataset.y.storage[(i * k)..<(i * k + k)])))])
    }

    func elements() -> [Value]? {
        (0..<dataset.count).map(example)
    }

    /// The header's names, or `x0`, `x1`… (as `d.x[i][0]`, `d.x[i][1]` index them).
    var featureNames: [String] {
        dataset.featureNames.count == dataset.features
            ? dataset.featureNames
            : (0..<dataset.features).map { "x\($0)" }
    }

    func render(_ options: RenderOptions) -> String {
        DatasetText(self, options).render()
    }
}

extension Value {
    /// Wraps an engine data set as a language value.
    static func dataset(_ d: Dataset) -> Value { .native(DatasetValue(d)) }

    /// The data set inside a `DatasetValue`, nil for anything else.
    var datasetNative: Dataset? {
        if case .native(let n) = self, let d = n as? DatasetValue { return d.dataset }
        return nil
    }
}
