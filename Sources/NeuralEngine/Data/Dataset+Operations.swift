import Foundation

extension Dataset {
    /// A data set from values the user wrote, with its shapes checked. `y`
    /// is kept exactly as given (never renumbered). A vector `x` is taken as
    /// one feature per example (an m x 1 matrix).
    ///
    ///     let xor = try Dataset.fromLiterals(x: Tensor(rows: 4, cols: 2, [0,0, 0,1, 1,0, 1,1]), y: Tensor([0, 1, 1, 0]))
    public static func fromLiterals(x: Tensor, y: Tensor, name: String = "data") throws(DataError) -> Dataset {
        let inputs = x.isVector ? Tensor(rows: x.count, cols: 1, x.storage) : x
        let m = inputs.rows
        guard m > 0, inputs.cols > 0 else {
            throw DataError("x needs at least one example with at least one feature, got shape \(x.shapeDescription)", parameter: "x")
        }
        let targets = y.isVector ? y.count : y.rows
        guard targets == m else {
            throw DataError("x has \(m) example\(m == 1 ? "" : "s") but y has \(targets) target\(y.isVector ? "" : " row")\(targets == 1 ? "" : "s") (shape \(y.shapeDescription)): expected one per example",
                            parameter: "y")
        }
        if y.isMatrix, y.cols == 0 {
            throw DataError("y has rows with no targets (shape \(y.shapeDescription))", parameter: "y")
        }
        return Dataset(name: name, x: inputs, y: y)
    }

    /// The examples at `indices`, in that order; names, classes and normalization are kept.
    public func subset(_ indices: [Int]) -> Dataset {
        let n = features
        var xs: [Double] = []
        xs.reserveCapacity(indices.count * n)
        for i in indices { xs.append(contentsOf: x.storage[(i * n)..<(i * n + n)]) }
        let newY: Tensor
        if y.isVector {
            newY = Tensor(indices.map { y.storage[$0] })
        } else {
            let k = y.cols
            var ys: [Double] = []
            ys.reserveCapacity(indices.count * k)
            for i in indices { ys.append(contentsOf: y.storage[(i * k)..<(i * k + k)]) }
            newY = Tensor(rows: indices.count, cols: k, ys)
        }
        var result = Dataset(name: name, x: Tensor(rows: indices.count, cols: n, xs), y: newY,
                             classes: classes, featureNames: featureNames)
        result.normalization = normalization
        return result
    }

    /// Example `index` (negative counts from the end): its features, and its
    /// target as one number (`y` a vector) or a row (`y` a matrix).
    public func example(_ index: Int) throws(DataError) -> (x: [Double], y: [Double]) {
        let m = count
        guard index >= -m, index < m else {
            throw DataError("index \(index) is out of range for a data set of \(m) example\(m == 1 ? "" : "s") (0…\(m - 1), or -\(m)…-1 from the end)",
                            parameter: "index")
        }
        let i = index < 0 ? m + index : index
        let n = features
        let xs = Array(x.storage[(i * n)..<(i * n + n)])
        if y.isVector { return (xs, [y.storage[i]]) }
        let k = y.cols
        return (xs, Array(y.storage[(i * k)..<(i * k + k)]))
    }

    /// Shuffles (with the seeded generator) and cuts: the first round(m f)
    /// examples train, the rest test. `fraction` must be strictly between 0
    /// and 1, and both parts must be non-empty.
    ///
    ///     let (train, test) = try iris.split(0.8)
    public func split(_ fraction: Double) throws(DataError) -> (train: Dataset, test: Dataset) {
        let order = try splitOrder(fraction)
        var indices = order.indices
        GlobalRandom.with { $0.shuffle(&indices) }
        return (subset(Array(indices[..<order.trainCount])), subset(Array(indices[order.trainCount...])))
    }

    /// `split` shuffling with `rng` instead of the shared generator.
    public func split(_ fraction: Double, using rng: inout SeededRandom) throws(DataError) -> (train: Dataset, test: Dataset) {
        let order = try splitOrder(fraction)
        var indices = order.indices
        rng.shuffle(&indices)
        return (subset(Array(indices[..<order.trainCount])), subset(Array(indices[order.trainCount...])))
    }

    private func splitOrder(_ fraction: Double) throws(DataError) -> (indices: [Int], trainCount: Int) {
        guard fraction > 0, fraction < 1 else {
            var message = "the fraction must be strictly between 0 and 1, got \(Dataset.text(fraction))"
            if fraction >= 2, fraction < 100 { message += " (for \(Dataset.text(fraction))% write \(Dataset.text(fraction / 100)))" }
            throw DataError(message, parameter: "fraction")
        }
        let m = count
        let trainCount = Int((Double(m) * fraction).rounded(.toNearestOrEven))
        guard trainCount > 0, trainCount < m else {
            let part = trainCount == 0 ? "training" : "test"
            throw DataError("splitting \(m) example\(m == 1 ? "" : "s") at \(Dataset.text(fraction)) leaves the \(part) part empty (round(\(m) × \(Dataset.text(fraction))) = \(trainCount))",
                            parameter: m < 2 ? "data" : "fraction")
        }
        return (Array(0..<m), trainCount)
    }

    /// Each feature standardized: zero mean, unit population variance; a
    /// constant feature is only centred. `normalization` records the mean
    /// and the divisor used (1 for a constant feature) relative to the
    /// original values, so normalizing twice still maps raw inputs correctly.
    public func normalized() -> Dataset {
        let m = count, n = features
        var means = [Double](repeating: 0, count: n)
        var stds = [Double](repeating: 1, count: n)
        var xs = x.storage
        guard m > 0 else { return self }
        for j in 0..<n {
            let column = (0..<m).map { xs[$0 * n + j] }
            let (mean, std) = Dataset.meanAndStd(column)
            for i in 0..<m { xs[i * n + j] = (xs[i * n + j] - mean) / std }
            means[j] = mean
            stds[j] = std
        }
        var result = self
        result.x = Tensor(rows: m, cols: n, xs)
        if let previous = normalization, previous.mean.count == n, previous.std.count == n {
            // raw → (raw - m1) / s1 → ((raw - m1) / s1 - m2) / s2 = (raw - (m1 + s1 m2)) / (s1 s2)
            result.normalization = (mean: (0..<n).map { previous.mean[$0] + previous.std[$0] * means[$0] },
                                    std: (0..<n).map { previous.std[$0] * stds[$0] })
        } else {
            result.normalization = (mean: means, std: stds)
        }
        return result
    }

    /// The mean and population standard deviation of `values`, as exact as
    /// doubles allow (compensated sums, so a column of 0.1s has mean 0.1 and
    /// huge values do not overflow); std is 1 for a constant column, which
    /// is then only centred (exactly to 0).
    static func meanAndStd(_ values: [Double]) -> (mean: Double, std: Double) {
        let m = Double(values.count)
        guard let low = values.min(), let high = values.max() else { return (0, 1) }
        if low == high { return (low, 1) }
        // Scaled down first when squaring or summing could overflow.
        let largest = Swift.max(Swift.abs(low), Swift.abs(high))
        let scale = largest > 1e150 ? largest : 1
        let scaled = scale == 1 ? values : values.map { $0 / scale }
        var mean = compensatedSum(scaled) / m
        // One refinement pass: the residuals' mean corrects the rounding of the first.
        mean += compensatedSum(scaled.map { $0 - mean }) / m
        let variance = compensatedSum(scaled.map { ($0 - mean) * ($0 - mean) }) / m
        return (mean * scale, variance.squareRoot() * scale)
    }

    /// Neumaier's compensated sum: the rounding error of each addition is carried along.
    static func compensatedSum(_ values: [Double]) -> Double {
        var sum = 0.0, carry = 0.0
        for v in values {
            let t = sum + v
            carry += Swift.abs(sum) >= Swift.abs(v) ? (sum - t) + v : (v - t) + sum
            sum = t
        }
        return sum + carry
    }

    /// Scales raw inputs (one row of n features) the way `normalized()` scaled this set.
    public func scale(_ input: [Double]) -> [Double] {
        guard let (mean, std) = normalization, mean.count == input.count else { return input }
        return input.indices.map { (input[$0] - mean[$0]) / std[$0] }
    }

    /// Mini-batches of `size` examples, in order; the last may be smaller.
    public func batches(_ size: Int) throws(DataError) -> [Dataset] {
        guard size >= 1 else {
            throw DataError("the batch size must be at least 1, got \(size)", parameter: "k")
        }
        return stride(from: 0, to: count, by: size).map { start in
            subset(Array(start..<Swift.min(start + size, count)))
        }
    }

    /// A time-series data set: row i holds values i…i+k-1, its target is value i+k.
    ///
    ///     try Dataset.windows([1, 2, 3, 4, 5], 2)   // x [[1,2],[2,3],[3,4]], y [3,4,5]
    public static func windows(_ values: [Double], _ k: Int) throws(DataError) -> Dataset {
        guard k >= 1 else {
            throw DataError("the window length must be at least 1, got \(k)", parameter: "k")
        }
        guard values.count > k else {
            throw DataError("windows of \(k) need at least \(k + 1) values (k inputs and 1 target), got \(values.count)",
                            parameter: "values")
        }
        let m = values.count - k
        guard m <= Tensor.maxElements / k else {
            throw DataError("windows of \(k) over \(values.count) values would hold \(m) × \(k) numbers, more than the limit of \(Tensor.maxElements)",
                            parameter: "k")
        }
        var xs: [Double] = []
        xs.reserveCapacity(m * k)
        for i in 0..<m { xs.append(contentsOf: values[i..<(i + k)]) }
        return Dataset(name: "windows", x: Tensor(rows: m, cols: k, xs), y: Tensor(Array(values[k...])),
                       featureNames: (1...k).map { "t-\(k - $0 + 1)" })
    }

    /// How many examples each class has (index = label); empty for regression.
    /// Targets that are not a class index of `classes` are not counted.
    public var classCounts: [Int] {
        guard !classes.isEmpty else { return [] }
        var counts = [Int](repeating: 0, count: classes.count)
        if y.isVector {
            for v in y.storage where v >= 0 && v < Double(classes.count) && v == v.rounded(.down) { counts[Int(v)] += 1 }
        } else if y.cols == classes.count {
            // one-hot rows: the class is the column of the largest entry
            for i in 0..<y.rows {
                var best = 0
                for j in 1..<y.cols where y[i, j] > y[i, best] { best = j }
                counts[best] += 1
            }
        }
        return counts
    }
}

extension Dataset {
    /// `3`, `0.8`, `1e-05`: whole numbers without a decimal point, for messages.
    static func text(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isFinite, value == value.rounded(), Swift.abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }
}
