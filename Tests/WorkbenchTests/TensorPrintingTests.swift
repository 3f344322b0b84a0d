import Testing
import Language
import NeuralEngine
@testable import Workbench

@Suite struct TensorPrintingTests {
    let options = RenderOptions()

    func text(_ t: Tensor, width: Int = 72) -> String {
        TensorText(t, RenderOptions(width: width)).render()
    }

    @Test func numbersPrintShortestAndWholeWithoutPoint() {
        #expect(numberText(3) == "3")
        #expect(numberText(0.1) == "0.1")
        #expect(numberText(-2.5e-9) == "-2.5e-09")
        #expect(numberText(.infinity) == "inf")
        #expect(numberText(-.infinity) == "-inf")
        #expect(numberText(.nan) == "nan")
        #expect(numberText(0.1 + 0.2) == "0.30000000000000004")
        #expect(numberText(1e16) == "1e+16")
    }

    @Test func vectorPrintsOnOneLine() {
        #expect(text(Tensor([1, 2.5, 3])) == "[1, 2.5, 3]")
        #expect(text(Tensor([])) == "[]")
    }

    @Test func shortMatrixPrintsOnOneLine() {
        #expect(text(Tensor(rows: 2, cols: 2, [1, 2, 3, 4])) == "[[1, 2], [3, 4]]")
    }

    @Test func wideMatrixAlignsColumnsOnTheDecimalPoint() {
        let m = Tensor(rows: 2, cols: 2, [0.1, 2.5, -3, 4])
        #expect(text(m, width: 10) == "[[ 0.1, 2.5],\n [-3,   4  ]]")
    }

    @Test func largeMatrixShowsCornersAndShape() {
        let m = Tensor(rows: 20, cols: 30, (0..<600).map(Double.init))
        let lines = text(m).split(separator: "\n")
        #expect(lines.count == 11)
        #expect(lines[0].hasPrefix("[[  0,   1,"))
        #expect(lines[5] == " …")
        #expect(lines.last?.hasSuffix("]]  (20×30 matrix)") == true)
        #expect(lines.allSatisfy { $0.count <= 72 })
    }

    @Test func longVectorIsElidedWithItsLength() {
        let v = Tensor((0..<1000).map(Double.init))
        #expect(text(v) == "[0, 1, 2, 3, 4, …, 995, 996, 997, 998, 999]  (vector of 1000)")
        // A hundred labels still fit in a few lines: all of them print.
        let labels = text(Tensor((0..<100).map { Double($0 % 3) }))
        #expect(labels.split(separator: "\n").count == 5)
        #expect(labels.hasPrefix("[0, 1, 2, 0,"))
        #expect(!labels.contains("…"))
    }

    @Test func shortVectorKeepsEveryDigitOnOneLine() {
        // LANGUAGE.md §2: shortest decimals that read back, as a Python list prints.
        let v = Tensor((0..<30).map { Double($0) + 0.123456789 })
        let out = text(v, width: 60)
        #expect(out.hasPrefix("[0.123456789, 1.123456789,"))
        #expect(out.hasSuffix("29.123456789]"))
        #expect(!out.contains("\n"))
    }

    @Test func wholeMatricesKeepEveryDigitElidedOnesRound() {
        // Shown whole, a matrix keeps exact numbers even past the width (LANGUAGE.md §2).
        let m = Tensor(rows: 2, cols: 4, [-1.2803856253014112, 0.4876, 1.899, -1.19100108, 0.1, 0.2, 0.3, 0.12035846692185952])
        let whole = text(m, width: 50)
        #expect(whole.hasPrefix("[[-1.2803856253014112, 0.4876,"))
        #expect(whole.hasSuffix("0.12035846692185952]]"))
        #expect(whole.split(separator: "\n").count == 2)
        // Too big to show whole: an overview of its corners, rounded to fit.
        let big = text(Tensor(rows: 20, cols: 20, (0..<400).map { Double($0) / 7 }), width: 72)
        #expect(big.contains("…") && big.hasSuffix("(20×20 matrix)"))
        #expect(big.contains("0.142857,") && !big.contains("0.14285714285714285"))
        // Short enough: every digit.
        #expect(text(Tensor([0.1 + 0.2, 1])) == "[0.30000000000000004, 1]")
    }

    @Test func tensorValueFieldsAndIndexing() throws {
        let m = TensorValue(Tensor(rows: 2, cols: 3, [1, 2, 3, 4, 5, 6]))
        #expect(m.render(options) == "[[1, 2, 3], [4, 5, 6]]")
        #expect(try m.field("T").shown == "[[1, 4], [2, 5], [3, 6]]")
        #expect(try m.element(at: .number(-1)).shown == "[4, 5, 6]")
        let updated = try #require(try m.settingElement(at: .number(0), to: .list([.number(7), .number(8), .number(9)])))
        #expect(updated.shown == "[[7, 8, 9], [4, 5, 6]]")
        #expect(m.render(options) == "[[1, 2, 3], [4, 5, 6]]")
        #expect(throws: ScriptError.self) { try m.element(at: .number(2)) }
        #expect(throws: ScriptError.self) { try m.element(at: .number(0.5)) }
        let v = TensorValue(Tensor([1, 2, 3]))
        #expect(try v.element(at: .number(-1)).shown == "3")
        #expect(v.elements()?.count == 3)
    }

    @Test func listsOfListsBecomeMatrices() throws {
        let list = Value.list([.list([.number(1), .number(2)]), .list([.number(3), .number(4)])])
        let t = try list.toTensor("x")
        #expect(t.shape == [2, 2])
        let ragged = Value.list([.list([.number(1), .number(2)]), .list([.number(3)])])
        do {
            _ = try ragged.toTensor("x")
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "x must be rectangular: row 0 has 2 numbers, row 1 has 1")
        }
    }
}

@Suite struct RecordPrintingTests {
    let record = RecordValue(
        [("cost", .number(0.0123)), ("accuracy", .number(1)), ("confusion", .tensor(Tensor(rows: 2, cols: 2, [2, 0, 0, 2])))],
        aliases: ["loss": "cost"]
    )

    @Test func rendersAsATwoColumnTable() {
        #expect(record.render(RenderOptions()) == "cost       0.0123\naccuracy   1\nconfusion  [[2, 0], [0, 2]]")
    }

    @Test func aTitleHeadsTheIndentedTable() {
        let titled = RecordValue([("cost", .number(0.5)), ("accuracy", .none)], title: "evaluation on 4 examples")
        #expect(titled.render(RenderOptions()) == "evaluation on 4 examples\n  cost      0.5\n  accuracy  none")
    }

    @Test func multiLineValuesAreIndentedUnderTheirColumn() {
        let wide = RecordValue([("w", .tensor(Tensor(rows: 2, cols: 2, [0.123456789, 2, 3, 4])))])
        #expect(wide.render(RenderOptions(width: 20)) == "w  [[0.123456789, 2],\n    [3,           4]]")
    }

    @Test func fieldsAliasesAndSuggestions() throws {
        #expect(try record.field("loss").shown == "0.0123")
        #expect(try record.element(at: .string("accuracy")).shown == "1")
        do {
            _ = try record.field("acuracy")
            Issue.record("expected an error")
        } catch {
            #expect(error.message.hasSuffix("did you mean 'accuracy'?"))
        }
        #expect(record.typeName == "record")
    }
}
