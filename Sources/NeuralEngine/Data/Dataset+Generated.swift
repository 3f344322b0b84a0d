import Foundation

extension Dataset {
    /// The data sets drawn at random (seeded: `GlobalRandom`).
    public static let generatedNames = ["circles", "moons", "spiral", "gauss", "sine"]

    /// Every name `named` knows, bundled then generated.
    public static var knownNames: [String] { bundledNames + generatedNames }

    /// A bundled or generated data set (LANGUAGE.md §5). Generated sets take
    /// `n` (total examples, default 200, shared as evenly as possible between
    /// the classes), `noise` (default 0.1: the standard deviation of the
    /// Gaussian noise added to each coordinate, or to `y` for `sine`) and,
    /// for `spiral`, `classes` (default 2). Classification sets come shuffled.
    ///
    ///     let moons = try Dataset.named("moons", n: 300, noise: 0.2)
    public static func named(_ name: String, n: Int? = nil, noise: Double? = nil, classes: Int? = nil) throws(DataError) -> Dataset {
        var generator: SeededRandom? = nil
        return try named(name, n: n, noise: noise, classes: classes, using: &generator)
    }

    /// `named` drawing from `rng` instead of the shared generator (tests that
    /// must not be disturbed by other threads reseeding `GlobalRandom`).
    public static func named(_ name: String, n: Int? = nil, noise: Double? = nil, classes: Int? = nil,
                             using rng: inout SeededRandom) throws(DataError) -> Dataset {
        var generator: SeededRandom? = rng
        defer { if let generator { rng = generator } }
        return try named(name, n: n, noise: noise, classes: classes, using: &generator)
    }

    private static func named(_ name: String, n: Int?, noise: Double?, classes: Int?,
                              using generator: inout SeededRandom?) throws(DataError) -> Dataset {
        if let dataset = try bundled(name) {
            if n != nil || noise != nil || classes != nil {
                let given = n != nil ? "n" : noise != nil ? "noise" : "classes"
                throw DataError("\"\(name)\" is a fixed data set of \(dataset.count) examples: \(given)= applies only to generated sets (\(generatedNames.joined(separator: ", ")))",
                                parameter: given)
            }
            return dataset
        }
        guard generatedNames.contains(name) else { throw unknownName(name) }
        let noise = noise ?? 0.1
        guard noise.isFinite, noise >= 0 else {
            throw DataError("noise must be a number >= 0, got \(text(noise))", parameter: "noise")
        }
        if classes != nil, name != "spiral" {
            throw DataError("classes= applies only to \"spiral\"; \"\(name)\" has \(name == "sine" ? "no classes (it is a regression set)" : "2 classes")",
                            parameter: "classes")
        }
        let k = name == "sine" ? 1 : (classes ?? 2)
        if name == "spiral", k < 2 || k > 100 {
            throw DataError("a spiral needs between 2 and 100 classes, got \(k)", parameter: "classes")
        }
        let n = n ?? 200
        let largest = Tensor.maxElements / 2
        guard n >= Swift.max(k, 2), n <= largest else {
            throw DataError("n must be a whole number from \(Swift.max(k, 2)) to \(largest), got \(n)", parameter: "n")
        }
        if var rng = generator {
            let dataset = generate(name, n: n, noise: noise, classes: k, rng: &rng)
            generator = rng
            return dataset
        }
        return GlobalRandom.with { rng in
            generate(name, n: n, noise: noise, classes: k, rng: &rng)
        }
    }

    /// How many of `n` examples class `c` of `k` gets: as even as possible, the first classes one more.
    static func share(_ n: Int, among k: Int, _ c: Int) -> Int { n / k + (c < n % k ? 1 : 0) }

    private static func generate(_ name: String, n: Int, noise: Double, classes k: Int, rng: inout SeededRandom) -> Dataset {
        if name == "sine" {
            // Evenly spaced and in order: a time series, one period of sin.
            let t = (0..<n).map { 2 * Double.pi * Double($0) / Double(n - 1) }
            let y = t.map { sin($0) + noise * rng.normal() }
            return Dataset(name: name, x: Tensor(rows: n, cols: 1, t), y: Tensor(y), featureNames: ["t"])
        }
        var points: [(Double, Double, Int)] = []
        points.reserveCapacity(n)
        for c in 0..<k {
            let count = share(n, among: k, c)
            for i in 0..<count {
                var (px, py): (Double, Double)
                switch name {
                case "circles":
                    // class 0 the outer circle (radius 1), class 1 the inner (radius 0.5)
                    let r = c == 0 ? 1.0 : 0.5, angle = rng.uniform(0, 2 * Double.pi)
                    (px, py) = (r * cos(angle), r * sin(angle))
                case "moons":
                    let angle = rng.uniform(0, Double.pi)
                    (px, py) = c == 0 ? (cos(angle), sin(angle)) : (1 - cos(angle), 0.5 - sin(angle))
                case "spiral":
                    // arm c turns 1.75 times from the centre out, arms evenly rotated
                    let r = Double(i) / Double(count)
                    let angle = 2 * Double.pi * (1.75 * r + Double(c) / Double(k))
                    (px, py) = (r * sin(angle), r * cos(angle))
                default:  // gauss: blobs of spread 0.5 around (-1, -1) and (1, 1)
                    let centre = c == 0 ? -1.0 : 1.0
                    (px, py) = (centre + 0.5 * rng.normal(), centre + 0.5 * rng.normal())
                }
                points.append((px + noise * rng.normal(), py + noise * rng.normal(), c))
            }
        }
        rng.shuffle(&points)
        return Dataset(name: name, x: Tensor(rows: n, cols: 2, points.flatMap { [$0.0, $0.1] }),
                       y: Tensor(points.map { Double($0.2) }), classes: (0..<k).map(String.init),
                       featureNames: ["x0", "x1"])
    }

    private static func unknownName(_ name: String) -> DataError {
        if name.lowercased().hasSuffix(".csv") {
            return DataError("\"\(name)\" is a file name: read a CSV file with load(\"\(name)\")", parameter: "name")
        }
        var message = "no data set named \"\(name)\"; the names are \(knownNames.joined(separator: ", "))"
        if let near = knownNames.first(where: { $0 == name.lowercased() || editDistance($0, name.lowercased()) <= 2 }) {
            message += " (did you mean \"\(near)\"?)"
        }
        return DataError(message, parameter: "name")
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
