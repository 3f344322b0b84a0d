import Testing
import Language
import NeuralEngine
@testable import Workbench

/// LANGUAGE.md §3: arithmetic on lists and tensors, broadcasting, `@`, `.T`.
@Suite struct TensorOperatorTests {
    let ops = TensorOperators()

    func binary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> String {
        try #require(try ops.binary(op, a, b)).shown
    }

    func error(_ op: BinaryOperator, _ a: Value, _ b: Value) -> String? {
        do {
            _ = try ops.binary(op, a, b)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func listTimesScalarIsElementwise() throws {
        #expect(try binary(.multiply, .numbers(1, 2, 3), .number(2)) == "[2, 4, 6]")
        #expect(try binary(.subtract, .number(1), .numbers(1, 2, 3)) == "[0, -1, -2]")
        #expect(try binary(.divide, .numbers(1, 0), .number(0)) == "[inf, nan]")
    }

    @Test func equalShapesCombineElementwise() throws {
        #expect(try binary(.add, .numbers(1, 2), .numbers(10, 20)) == "[11, 22]")
        #expect(try binary(.multiply, .rows([1, 2], [3, 4]), .rows([2, 2], [3, 3])) == "[[2, 4], [9, 12]]")
    }

    @Test func vectorBroadcastsOverEachRow() throws {
        #expect(try binary(.add, .rows([1, 2], [3, 4]), .numbers(10, 20)) == "[[11, 22], [13, 24]]")
        #expect(try binary(.add, .numbers(10, 20), .rows([1, 2], [3, 4])) == "[[11, 22], [13, 24]]")
    }

    @Test func columnBroadcastsOverEachColumn() throws {
        #expect(try binary(.multiply, .rows([1, 2, 3], [4, 5, 6]), .rows([10], [100])) == "[[10, 20, 30], [400, 500, 600]]")
    }

    @Test func vectorAndColumnOfTheSameLengthRefuse() {
        let message = error(.add, .numbers(1, 2, 3), .rows([1], [2], [3]))
        #expect(message?.contains(".T") == true)
        #expect(message?.contains("reshape") == true)
        #expect(message?.contains("a vector of 3") == true)
    }

    @Test func mismatchedShapesRefuse() {
        #expect(error(.add, .numbers(1, 2, 3), .numbers(1, 2)) != nil)
        #expect(error(.add, .rows([1, 2], [3, 4]), .numbers(1, 2, 3)) != nil)
    }

    @Test func powerModuloAndComparisonsAreElementwise() throws {
        #expect(try binary(.power, .numbers(1, 2, 3), .number(2)) == "[1, 4, 9]")
        #expect(try binary(.power, .number(2), .numbers(-1, 0)) == "[0.5, 1]")
        #expect(try binary(.modulo, .numbers(-7, 7), .number(3)) == "[2, 1]")
        #expect(try binary(.modulo, .numbers(7), .number(-3)) == "[-2]")
        #expect(try binary(.greater, .numbers(1, 5, 3), .number(2)) == "[0, 1, 1]")
        #expect(try binary(.equal, .tensor(Tensor([1, 2])), .numbers(1, 3)) == "[1, 0]")
    }

    @Test func listsOfNumbersCompareElementwiseOtherListsAsWholes() throws {
        #expect(try binary(.equal, .numbers(1, 2, 3), .numbers(1, 0, 3)) == "[1, 0, 1]")
        #expect(try ops.binary(.equal, .list([.string("a")]), .list([.string("a")])) == nil)
    }

    @Test func matrixProduct() throws {
        let m: Value = .rows([1, 2], [3, 4])
        #expect(try binary(.matmul, m, .rows([5, 6], [7, 8])) == "[[19, 22], [43, 50]]")
        #expect(try binary(.matmul, m, .numbers(1, 1)) == "[3, 7]")
        #expect(try binary(.matmul, .numbers(1, 1), m) == "[4, 6]")
        #expect(try binary(.matmul, .numbers(1, 2, 3), .numbers(4, 5, 6)) == "32")
        #expect(error(.matmul, m, .numbers(1, 2, 3))?.contains("3") == true)
        #expect(error(.matmul, .number(2), m)?.contains("'*'") == true)
    }

    @Test func unaryMinusAndTranspose() throws {
        #expect(try #require(try ops.unary(.negate, .numbers(1, -2))).shown == "[-1, 2]")
        #expect(try #require(try ops.field("T", of: .rows([1, 2], [3, 4]))).shown == "[[1, 3], [2, 4]]")
        #expect(try #require(try ops.field("T", of: .numbers(1, 2))).shown == "[1, 2]")
        #expect(try ops.field("W", of: .numbers(1, 2)) == nil)
    }

    @Test func nonNumericOperandsAreNotOurs() throws {
        #expect(try ops.binary(.add, .string("a"), .numbers(1)) == nil)
        #expect(error(.add, .list([.string("a")]), .number(1))?.contains("item 0") == true)
        #expect(error(.add, .list([.list([.number(1)]), .list([])]), .number(1))?.contains("rectangular") == true)
    }

    /// Every operator on every pair of odd operands answers, declines or throws; none traps.
    @Test func oddOperandsNeverCrash() {
        let odd: [Value] = [
            .number(.nan), .number(0), .number(-1e300), .string("a"), .bool(false), .none, .list([]),
            .list([.list([])]), .list([.list([.number(1)]), .list([])]), .numbers(1, 2, 3), .rows([1], [2], [3]),
            .rows([1, 2, 3]), .tensor(Tensor([])), .tensor(Tensor(rows: 0, cols: 3, [])), .numbers(.nan),
        ]
        var results = 0
        for op in BinaryOperator.allCases {
            for a in odd {
                for b in odd where (try? ops.binary(op, a, b)) != nil { results += 1 }
            }
        }
        for a in odd {
            _ = try? ops.unary(.negate, a)
            _ = try? ops.field("T", of: a)
        }
        #expect(results > 100)
    }
}
