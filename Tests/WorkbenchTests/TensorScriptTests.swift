import Testing
import Language
@testable import Workbench

/// Tensors and the math built-ins as a script sees them (LANGUAGE.md §2, §3).
@Suite struct TensorScriptTests {
    func output(_ source: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let (out, diagnostics) = runScript(source)
        #expect(diagnostics.isEmpty, "unexpected: \(diagnostics.map(\.message))", sourceLocation: sourceLocation)
        return out
    }

    func failure(_ source: String) -> Diagnostic? {
        runScript(source).diagnostics.first { $0.severity == .error }
    }

    @Test func arithmeticEchoes() {
        #expect(output("[1, 2, 3] * 2") == "[2, 4, 6]\n")
        #expect(output("-ones(2)") == "[-1, -1]\n")
        #expect(output("2 ^ [1, 2]") == "[2, 4]\n")
        #expect(output("[-7, 7] % 3") == "[2, 1]\n")
        #expect(output("[1, 2, 3] > 2") == "[0, 0, 1]\n")
        #expect(output("[1, -1] / 0") == "[inf, -inf]\n")
        #expect(output("[[1, 2], [3, 4]] + [10, 20]") == "[[11, 22], [13, 24]]\n")
        #expect(output("[[1, 2], [3, 4]] * [[10], [100]]") == "[[10, 20], [300, 400]]\n")
    }

    @Test func matrixProductShapes() {
        #expect(output("m = [[1, 2], [3, 4]]\nm @ [1, 1]") == "[3, 7]\n")
        #expect(output("[1, 1] @ [[1, 2], [3, 4]]") == "[4, 6]\n")
        #expect(output("[1, 2, 3] @ [4, 5, 6]") == "32\n")
        #expect(output("type([[1, 2]] @ [[1], [1]])") == "tensor\n")
    }

    @Test func vectorWithColumnIsAnErrorAtTheExpression() throws {
        let d = try #require(failure("v = [1, 2, 3]\nc = [[1], [2], [3]]\nx = v + c"))
        #expect(d.message.contains(".T"))
        #expect(d.message.contains("reshape"))
        #expect(d.range?.start.line == 3)
    }

    @Test func tensorsAreValues() {
        #expect(output("v = ones(3)\nw = v\nw[0] = 5\nprint(v, w)") == "[1, 1, 1] [5, 1, 1]\n")
        #expect(output("m = zeros(2, 2)\nm[1][0] = 7\nm") == "[[0, 0], [7, 0]]\n")
    }

    @Test func indexingFieldsAndIteration() {
        #expect(output("m = ones(2, 3)\nprint(m.shape, m.rows, m.cols, len(m))") == "[2, 3] 2 3 2\n")
        #expect(output("m = [[1, 2], [3, 4]] * 1\nm[-1][-2]") == "3\n")
        #expect(output("for row in [[1, 2], [3, 4]] * 1 { print(sum(row)) }") == "3\n7\n")
        #expect(output("[[1, 2], [3, 4]].T") == "[[1, 3], [2, 4]]\n")
        #expect(output("type(ones(2))") == "tensor\n")
    }

    @Test func indexOutOfRangeSaysTheRange() throws {
        let d = try #require(failure("v = ones(3)\nv[3]"))
        #expect(d.message == "index 3 is out of range for a vector of 3: valid indices are 0 to 2, or -3 to -1")
    }

    @Test func mathBuiltinsInScripts() {
        #expect(output("sqrt([1, 4, 9])") == "[1, 2, 3]\n")
        #expect(output("round(2.5)") == "2\n")
        #expect(output("max(2, 5)") == "5\n")
        #expect(output("argmax([[1, 3], [5, 2]])") == "[1, 0]\n")
        #expect(output("reshape([1, 2, 3, 4], 2, 2)") == "[[1, 2], [3, 4]]\n")
        #expect(output("seed(3)\na = rand(2, 2)\nseed(3)\nb = rand(2, 2)\nprint(sum(a == b))") == "4\n")
    }

    @Test func argumentErrorsPointAtTheArgument() throws {
        let d = try #require(failure("zeros(2, -5)"))
        #expect(d.message == "zeros: cols must be a whole number >= 0, got -5")
        #expect(d.range?.start.column == 10)
        let big = try #require(failure("zeros(100000, 100000)"))
        #expect(big.message.contains("100000000"))
        let huge = try #require(failure("ones(1e300)"))
        #expect(huge.message == "ones: n must be a whole number >= 0 of at most 2^53 (9007199254740992), got 1e+300")
    }
}
