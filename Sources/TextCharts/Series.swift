/// One line of a line chart: y values, with x values or their indices.
///
///     Series("train", x: [1, 2, 3], y: [0.7, 0.4, 0.2])
///     Series("validation", y: costs, pattern: .dashed)
public struct Series: Sendable {
    public var label: String
    /// nil: the indices 0, 1, 2, …
    public var x: [Double]?
    public var y: [Double]
    /// nil: chosen by position (solid, dashed, dotted…).
    public var pattern: LinePattern?

    public init(_ label: String = "", x: [Double]? = nil, y: [Double], pattern: LinePattern? = nil) {
        self.label = label
        self.x = x
        self.y = y
        self.pattern = pattern
    }

    /// The points that can be drawn, as runs broken where a value is
    /// missing, and how many values were left out (nan/inf, or <= 0 on a log axis).
    func runs(logY: Bool) -> (runs: [[(Double, Double)]], nonFinite: Int, nonPositive: Int) {
        var runs: [[(Double, Double)]] = []
        var run: [(Double, Double)] = []
        var nonFinite = 0, nonPositive = 0
        let n = x.map { min($0.count, y.count) } ?? y.count
        for i in 0..<n {
            let xi = x?[i] ?? Double(i)
            let yi = y[i]
            var ok = xi.isFinite && yi.isFinite
            if !ok { nonFinite += 1 } else if logY, yi <= 0 { nonPositive += 1; ok = false }
            if ok {
                run.append((xi, yi))
            } else if !run.isEmpty {
                runs.append(run)
                run = []
            }
        }
        if !run.isEmpty { runs.append(run) }
        return (runs, nonFinite, nonPositive)
    }
}
