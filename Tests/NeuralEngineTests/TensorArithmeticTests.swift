import Testing
@testable import NeuralEngine

@Suite struct TensorArithmeticTests {
    let m = Tensor(rows: 2, cols: 3, [1, 2, 3, 4, 5, 6])

    @Test func broadcastsVectorAcrossRows() throws {
        let r = try m + Tensor([10, 20, 30])
        #expect(r == Tensor(rows: 2, cols: 3, [11, 22, 33, 14, 25, 36]))
    }

    @Test func broadcastsColumnAcrossColumns() throws {
        let r = try m * Tensor(rows: 2, cols: 1, [1, -1])
        #expect(r == Tensor(rows: 2, cols: 3, [1, 2, 3, -4, -5, -6]))
    }

    @Test func refusesVectorWithColumn() {
        #expect(throws: ShapeError.self) { try Tensor([1, 2]) + Tensor(rows: 2, cols: 1, [1, 2]) }
        do { _ = try Tensor([1, 2]) + Tensor(rows: 2, cols: 1, [1, 2]) } catch {
            #expect(error.message.contains(".T"))
        }
    }

    @Test func refusesMismatchedShapes() throws {
        #expect(throws: ShapeError.self) { try m + Tensor([1, 2]) }
        #expect(throws: ShapeError.self) { try Tensor([1, 2, 3]) + Tensor(rows: 2, cols: 1, [1, 2]) }
        #expect(throws: ShapeError.self) { try Tensor(rows: 1, cols: 3, [1, 2, 3]) * Tensor(rows: 2, cols: 1, [1, 2]) }
        let row = try Tensor(rows: 1, cols: 3, [1, 2, 3]) + m
        #expect(row == Tensor(rows: 2, cols: 3, [2, 4, 6, 5, 7, 9]))
        let single = try Tensor([2]) * m
        #expect(single == m * 2)
    }

    @Test func flooredModuloAndComparisons() throws {
        let r = Tensor.combine(Tensor([-7, 7]), scalar: 3, .modulo)
        #expect(r == Tensor([2, 1]))
        #expect(try Tensor.combine(Tensor([1, 5]), Tensor([2, 2]), .less) == Tensor([1, 0]))
        #expect(Tensor.combine(Tensor([2, 3]), scalar: 2, .power, scalarFirst: true) == Tensor([4, 8]))
    }

    @Test func matrixProducts() throws {
        let a = Tensor(rows: 2, cols: 2, [1, 2, 3, 4])
        #expect(try Tensor.matmul(a, a) == Tensor(rows: 2, cols: 2, [7, 10, 15, 22]))
        #expect(try Tensor.matmul(a, Tensor([1, 1])) == Tensor([3, 7]))
        #expect(try Tensor.matmul(Tensor([1, 1]), a) == Tensor([4, 6]))
        #expect(try Tensor.matmul(Tensor([1, 2]), Tensor([3, 4])) == Tensor([11]))
        #expect(throws: ShapeError.self) { try Tensor.matmul(m, m) }
    }

    @Test func shapeAndReductions() throws {
        #expect(m.transposed == Tensor(rows: 3, cols: 2, [1, 4, 2, 5, 3, 6]))
        #expect(try m.reshaped(rows: 3, cols: 2).shape == [3, 2])
        #expect(throws: ShapeError.self) { try m.reshaped(rows: 4, cols: 2) }
        #expect(m.sum() == 21 && m.mean() == 3.5 && m.maximum() == 6 && m.minimum() == 1)
        #expect(m.rowArgmax() == [2, 2])
        #expect(try m.sum(axis: 0) == Tensor([5, 7, 9]))
        #expect(throws: ShapeError.self) { try Tensor.filled(rows: 100_000, cols: 100_000, value: 0) }
    }
}
