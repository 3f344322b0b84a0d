import Foundation
import Testing
@testable import NeuralEngine

/// The vectorized exp against libm's: within 1 ulp over its whole range,
/// and libm's own answers outside it.
struct VectorExpTests {
    @Test func withinOneUlpOfLibmOverTheRange() {
        var rng = SeededRandom(seed: 11)
        var xs = (0..<20_000).map { _ in rng.uniform(-708, 709) }
        xs += (0..<20_000).map { _ in rng.uniform(-1, 1) }
        xs += (0..<2_000).map { _ in rng.uniform(-1e-8, 1e-8) }
        xs += [0, -0.0, 1, -1, 0.5, -0.5, 708.9, -707.9, 0.34657359027997264, -0.34657359027997264]
        var ys = [Double](repeating: 0, count: xs.count)
        VectorExp.apply(xs, into: &ys, count: xs.count)
        var worst = 0.0
        for (x, y) in zip(xs, ys) {
            let expected = Foundation.exp(x)
            worst = max(worst, abs(y - expected) / expected.ulp)
        }
        #expect(worst <= 1, "largest error \(worst) ulp")
    }

    @Test func outsideTheRangeGivesLibmsAnswers() {
        let xs: [Double] = [710, -746, -720, 800, .infinity, -.infinity, .nan, 3, 4, 5]
        var ys = [Double](repeating: 0, count: xs.count)
        VectorExp.apply(xs, into: &ys, count: xs.count)
        for (x, y) in zip(xs, ys) {
            let expected = Foundation.exp(x)
            #expect(y == expected || (y.isNaN && expected.isNaN), "exp(\(x)) = \(y), libm \(expected)")
        }
    }

    @Test func anyLengthIncludingATail() {
        for count in [0, 1, 7, 8, 9, 10, 17] {
            let xs = (0..<count).map { Double($0) * 0.37 - 2 }
            var ys = [Double](repeating: -1, count: count)
            VectorExp.apply(xs, into: &ys, count: count)
            #expect(zip(xs, ys).allSatisfy { abs($1 - Foundation.exp($0)) <= Foundation.exp($0).ulp })
        }
    }

    @Test func shiftedValuesAndTheirSumMatchAScalarLoop() {
        var rng = SeededRandom(seed: 12)
        for count in [1, 3, 8, 10, 19] {
            let xs = (0..<count).map { _ in rng.uniform(-30, 30) }
            let top = xs.max() ?? 0
            var ys = [Double](repeating: 0, count: count)
            VectorExp.apply(xs, minus: top, into: &ys, count: count)
            var scalarTotal = 0.0
            for (x, y) in zip(xs, ys) {
                let expected = Foundation.exp(x - top)
                #expect(abs(y - expected) <= expected.ulp)
                scalarTotal += y
            }
            #expect(VectorExp.sum(xs, minus: top, count: count) == scalarTotal)
        }
    }
}
