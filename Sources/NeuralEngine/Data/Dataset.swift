/// Examples for training: inputs `x` (m x n, one row per example) and
/// targets `y` (a vector of m targets or class indices, or an m x k matrix).
///
///     let xor = Dataset(x: Tensor(rows: 4, cols: 2, [0,0, 0,1, 1,0, 1,1]), y: Tensor([0, 1, 1, 0]))
public struct Dataset: Sendable {
    public var name: String
    public var x: Tensor
    public var y: Tensor
    /// Class names, index = label; empty for regression.
    public var classes: [String]
    /// Feature names (CSV header), may be empty.
    public var featureNames: [String]
    /// Set by `normalize`: per-feature mean and std used, so new inputs can be scaled the same way.
    public var normalization: (mean: [Double], std: [Double])?

    public init(name: String = "data", x: Tensor, y: Tensor, classes: [String] = [], featureNames: [String] = []) {
        self.name = name
        self.x = x
        self.y = y
        self.classes = classes
        self.featureNames = featureNames
        self.normalization = nil
    }

    /// Number of examples, m.
    public var count: Int { x.rows }
    /// Number of features, n.
    public var features: Int { x.cols }
}
