import Foundation
import Testing
@testable import NeuralEngine

@Suite struct DataOperationsTests {
    let xor = Dataset(name: "xor", x: Tensor(rows: 4, cols: 2, [0, 0, 0, 1, 1, 0, 1, 1]), y: Tensor([0, 1, 1, 0]))

    @Test func literals() throws {
        let d = try Dataset.fromLiterals(x: xor.x, y: Tensor(rows: 4, cols: 2, [1, 0, 0, 1, 0, 1, 1, 0]))
        #expect(d.y.shape == [4, 2])
        // y is kept as given, never renumbered
        let labels = try Dataset.fromLiterals(x: xor.x, y: Tensor([5, 7, 7, 5]))
        #expect(labels.y == Tensor([5, 7, 7, 5]))
        let column = try Dataset.fromLiterals(x: Tensor([1, 2, 3]), y: Tensor([2, 4, 6]))
        #expect(column.x.shape == [3, 1])
        let bad = try #require(throwing(DataError.self) { _ = try Dataset.fromLiterals(x: xor.x, y: Tensor([0, 1, 1])) })
        #expect(bad.parameter == "y")
        #expect(bad.message == "x has 4 examples but y has 3 targets (shape 3): expected one per example")
        let one = try #require(throwing(DataError.self) { _ = try Dataset.fromLiterals(x: Tensor(rows: 2, cols: 1, [1, 2]), y: Tensor([1])) })
        #expect(one.message == "x has 2 examples but y has 1 target (shape 1): expected one per example")
    }

    @Test func examples() throws {
        #expect(try xor.example(1) == ([0, 1], [1]))
        #expect(try xor.example(-1) == ([1, 1], [0]))
        let error = try #require(throwing(DataError.self) { _ = try xor.example(4) })
        #expect(error.message == "index 4 is out of range for a data set of 4 examples (0…3, or -4…-1 from the end)")
    }

    @Test func splitSizesAndReproducibility() throws {
        let d = try Dataset.named("iris")
        var rng = SeededRandom(seed: 7)
        let (train, test) = try d.split(0.8, using: &rng)
        #expect(train.count == 120)
        #expect(test.count == 30)
        #expect(train.classes == d.classes)
        // Together the parts hold every example exactly once, shuffled.
        func rows(_ d: Dataset) -> [[Double]] { (0..<d.count).map { i in Array(d.x.storage[(i * 4)..<(i * 4 + 4)]) } }
        let sortedRows = { (r: [[Double]]) in r.sorted { $0.lexicographicallyPrecedes($1) } }
        #expect(sortedRows(rows(train) + rows(test)) == sortedRows(rows(d)))
        #expect(rows(train) != Array(rows(d).prefix(120)))
        var same = SeededRandom(seed: 7)
        let again = try d.split(0.8, using: &same)
        #expect(again.train.x == train.x)
        #expect(again.test.y == test.y)
        _ = try d.split(0.8)  // the shared generator works too
        // round half to even: 5 × 0.5 = 2.5 → 2
        let five = try Dataset.fromLiterals(x: Tensor([1, 2, 3, 4, 5]), y: Tensor([1, 2, 3, 4, 5]))
        #expect(try five.split(0.5).train.count == 2)
    }

    @Test func splitErrors() throws {
        let fraction = try #require(throwing(DataError.self) { _ = try xor.split(1) })
        #expect(fraction.message == "the fraction must be strictly between 0 and 1, got 1")
        let empty = try #require(throwing(DataError.self) { _ = try xor.split(0.1) })
        #expect(empty.message == "splitting 4 examples at 0.1 leaves the training part empty (round(4 × 0.1) = 0)")
        let test = try #require(throwing(DataError.self) { _ = try xor.split(0.9) })
        #expect(test.message == "splitting 4 examples at 0.9 leaves the test part empty (round(4 × 0.9) = 4)")
        let percent = try #require(throwing(DataError.self) { _ = try xor.split(80) })
        #expect(percent.message == "the fraction must be strictly between 0 and 1, got 80 (for 80% write 0.8)")
        let nan = try #require(throwing(DataError.self) { _ = try xor.split(.nan) })
        #expect(nan.message == "the fraction must be strictly between 0 and 1, got nan")
        // round(m f) rounds half to even, as Python's round: 4 × 0.625 = 2.5 → 2, 4 × 0.375 = 1.5 → 2.
        var rng = SeededRandom(seed: 1)
        #expect(try xor.split(0.625, using: &rng).train.count == 2)
        #expect(try xor.split(0.375, using: &rng).train.count == 2)
    }

    @Test func normalizeIsExactWhereDoublesAllow() throws {
        // A constant column of 0.1s sums to 0.30000000000000004: still centred to exactly 0.
        let constant = try Dataset.fromLiterals(x: Tensor(rows: 3, cols: 1, [0.1, 0.1, 0.1]), y: Tensor([1, 2, 3])).normalized()
        #expect(constant.x == Tensor(rows: 3, cols: 1, [0, 0, 0]))
        #expect(constant.normalization?.mean == [0.1])
        #expect(constant.normalization?.std == [1])
        // Values whose squares (or sum) overflow a double still standardize.
        let huge = try Dataset.fromLiterals(x: Tensor(rows: 2, cols: 1, [1e300, -1e300]), y: Tensor([0, 1])).normalized()
        #expect(huge.x == Tensor(rows: 2, cols: 1, [1, -1]))
        #expect(huge.normalization?.std == [1e300])
        // Iris: the means and population stds as computed exactly (fractions) and rounded.
        let iris = try Dataset.named("iris").normalized()
        #expect(iris.normalization?.mean == [5.843333333333334, 3.0573333333333332, 3.758, 1.1993333333333334])
        let exactStd = [0.8253012917851409, 0.43441096773549454, 1.759404065775303, 0.7596926279021594]
        for (got, exact) in zip(iris.normalization?.std ?? [], exactStd) { #expect(abs(got - exact) <= 2 * exact.ulp) }
    }

    @Test func normalize() throws {
        let d = try Dataset.fromLiterals(x: Tensor(rows: 4, cols: 3, [1, 10, 7, 2, 20, 7, 3, 30, 7, 4, 40, 7]), y: Tensor([0, 1, 2, 3]))
        let n = d.normalized()
        #expect(d.normalization == nil)
        let std = (1.25).squareRoot()
        #expect(n.normalization?.mean == [2.5, 25, 7])
        #expect(n.normalization?.std == [std, 10 * std, 1])
        for j in 0..<3 {
            let column = (0..<4).map { n.x[$0, j] }
            #expect(abs(column.reduce(0, +)) < 1e-12)
            let variance = column.map { $0 * $0 }.reduce(0, +) / 4
            #expect(abs(variance - (j == 2 ? 0 : 1)) < 1e-12)
        }
        #expect(n.y == d.y)
        // Normalizing again keeps mapping raw inputs correctly.
        let twice = n.normalized()
        let raw = [3.0, 30, 7]
        let once = n.scale(raw)
        let again = twice.scale(raw)
        for j in 0..<3 { #expect(abs(once[j] - again[j]) < 1e-12) }
    }

    @Test func batches() throws {
        let d = try Dataset.fromLiterals(x: Tensor([1, 2, 3, 4, 5]), y: Tensor(rows: 5, cols: 1, [1, 2, 3, 4, 5]))
        let parts = try d.batches(2)
        #expect(parts.map(\.count) == [2, 2, 1])
        #expect(parts[2].x == Tensor(rows: 1, cols: 1, [5]))
        #expect(parts[2].y == Tensor(rows: 1, cols: 1, [5]))
        #expect(try d.batches(10).count == 1)
        let error = try #require(throwing(DataError.self) { _ = try d.batches(0) })
        #expect(error.message == "the batch size must be at least 1, got 0")
    }

    @Test func windows() throws {
        let d = try Dataset.windows([1, 2, 3, 4, 5], 2)
        #expect(d.x == Tensor(rows: 3, cols: 2, [1, 2, 2, 3, 3, 4]))
        #expect(d.y == Tensor([3, 4, 5]))
        let error = try #require(throwing(DataError.self) { _ = try Dataset.windows([1, 2], 2) })
        #expect(error.message == "windows of 2 need at least 3 values (k inputs and 1 target), got 2")
        let huge = try #require(throwing(DataError.self) { _ = try Dataset.windows([Double](repeating: 0, count: 30_000), 15_000) })
        #expect(huge.message == "windows of 15000 over 30000 values would hold 15000 × 15000 numbers, more than the limit of 100000000")
    }
}
