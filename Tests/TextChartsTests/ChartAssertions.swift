import Foundation
import Testing
@testable import TextCharts

/// Compares a rendered chart with `Golden/<name>.txt`. Run the tests with
/// `UPDATE_GOLDEN=1` to (re)write the files after looking at the charts.
func assertChart(_ text: String, golden name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
        try? (text + "\n").write(to: folder.appendingPathComponent(name + ".txt"), atomically: true, encoding: .utf8)
        return
    }
    guard let folder = Bundle.module.resourceURL?.appendingPathComponent("Golden"),
          let expected = try? String(contentsOf: folder.appendingPathComponent(name + ".txt"), encoding: .utf8) else {
        Issue.record("no golden file \(name).txt; run with UPDATE_GOLDEN=1 and look at it", sourceLocation: sourceLocation)
        return
    }
    if text + "\n" != expected {
        Issue.record("chart \(name) differs from its golden file:\n\(text)\n--- expected ---\n\(expected)", sourceLocation: sourceLocation)
    }
}

/// Every line of a chart fits the width it was given, and it has at most `height` lines.
func expectFits(_ text: String, width: Int, height: Int, sourceLocation: SourceLocation = #_sourceLocation) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count <= height, "chart has \(lines.count) lines, more than \(height)", sourceLocation: sourceLocation)
    for line in lines {
        #expect(line.count <= width, "line wider than \(width): \(line)", sourceLocation: sourceLocation)
    }
}

/// Deterministic data for the charts under test.
enum Sample {
    static func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }

    static let epochs = (1...200).map(Double.init)
    static let train = epochs.map { 0.7 * exp(-$0 / 30) + 0.01 }
    static let validation = epochs.map { 0.72 * exp(-$0 / 40) + 0.04 }

    /// Four xor corners with a few points near each.
    static let xor: [ClassPoint] = {
        var points: [ClassPoint] = []
        let offsets = [(0.0, 0.0), (0.06, 0.03), (-0.04, 0.07), (0.05, -0.06)]
        for (cx, cy) in [(0.0, 0.0), (1.0, 1.0), (0.0, 1.0), (1.0, 0.0)] {
            for (dx, dy) in offsets {
                points.append(ClassPoint(x: cx + dx, y: cy + dy, group: (cx == cy) ? 0 : 1))
            }
        }
        return points
    }()

    /// Values with a bell shape, from a fixed formula.
    static let bell: [Double] = (0..<500).map { i in
        let u = (Double(i) + 0.5) / 500
        // Inverse of a logistic CDF: close enough to a bell for a histogram.
        return log(u / (1 - u))
    }

    static let digitZero: [[Double]] = [
        [0, 0, 5, 13, 9, 1, 0, 0], [0, 0, 13, 15, 10, 15, 5, 0], [0, 3, 15, 2, 0, 11, 8, 0], [0, 4, 12, 0, 0, 8, 8, 0],
        [0, 5, 8, 0, 0, 9, 8, 0], [0, 4, 11, 0, 1, 12, 7, 0], [0, 2, 14, 5, 10, 12, 0, 0], [0, 0, 6, 13, 10, 0, 0, 0],
    ]
}
