import Foundation
import Testing
@testable import NeuralEngine

/// Awkward but valid files load exactly.
@Suite struct CSVReaderTests {
    private func records(_ text: String) throws -> [CSVReader.Record] {
        try CSVReader.parse(Array(text.utf8))
    }

    @Test func quotedFieldsWithCommasQuotesAndNewlines() throws {
        let rows = try records("name,note\n\"a, b\",\"he said \"\"hi\"\"\"\n\"two\nlines\",x\nlast,y\n")
        #expect(rows.map(\.fields) == [["name", "note"], ["a, b", "he said \"hi\""], ["two\nlines", "x"], ["last", "y"]])
        // The record after a multi-line field starts on its real line.
        #expect(rows.map(\.line) == [1, 2, 3, 5])
    }

    @Test func lineEndingsBOMAndSpaces() throws {
        let crlf = try records("\u{FEFF}a , b\r\n 1 ,\t\"2\" \r\n3,4")
        #expect(crlf.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"]])
        let cr = try records("a,b\r1,2\r")
        #expect(cr.map(\.fields) == [["a", "b"], ["1", "2"]])
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        let rows = try records("a,b\n\n1,2\n   \n3,4\n\n")
        #expect(rows.map(\.line) == [1, 3, 5])
    }

    @Test func emptyFieldsAreKept() throws {
        let rows = try records("a,b,c\n,,\n1,,\n")
        #expect(rows.map(\.fields) == [["a", "b", "c"], ["", "", ""], ["1", "", ""]])
        let noNewline = try records("a,b\n1,")
        #expect(noNewline.last?.fields == ["1", ""])
    }

    @Test func numbersParseExactly() {
        #expect(DecimalNumber.parse("1e-3") == 0.001)
        #expect(DecimalNumber.parse("-0.5") == -0.5)
        #expect(DecimalNumber.parse(".5") == 0.5)
        #expect(DecimalNumber.parse("5.") == 5)
        #expect(DecimalNumber.parse("+2.5E+4") == 25000)
        #expect(DecimalNumber.parse("0.1") == 0.1)
        #expect(DecimalNumber.parse("5.1") == 5.1)
        for junk in ["", "3,5", "1,000", "nan", "inf", "0x10", "1e", "e5", ".", "-", "1.2.3", "12abc", "1 2", "1e999"] {
            #expect(DecimalNumber.parse(junk) == nil, "\(junk) should be refused")
        }
    }

    @Test func numbersAsPythonFloatReadsThem() {
        // Spaces inside quotes, Arabic-Indic and Persian digits (float("٣.٥") is 3.5 in Python).
        #expect(DecimalNumber.parse(" 2 ") == 2)
        #expect(DecimalNumber.parse("٣.٥") == 3.5)
        #expect(DecimalNumber.parse("۱۲") == 12)
        #expect(DecimalNumber.parse("-١e٢") == -100)
        #expect(DecimalNumber.parse("0.12345678901234567") == 0.12345678901234567)
        #expect(DecimalNumber.parse("1.7976931348623157e308") == .greatestFiniteMagnitude)
        for junk in ["٢٫٥", "1_000", "½", "²"] {
            #expect(DecimalNumber.parse(junk) == nil, "\(junk) should be refused")
        }
    }

    @Test func trailingEmptyColumnIsDropped() throws {
        let d = try Dataset.load(path: try writeCSV("a,b,kind,\n1,2,x,\n3,4,y,\n"))
        #expect(d.featureNames == ["a", "b"])
        #expect(d.classes == ["x", "y"])
        // A named or filled last column is data: kept, and here refused as an empty target.
        let error = try #require(try loadError("a,b,note\n1,2,\n3,4,\n"))
        #expect(error.place == "line 2, column \"note\"")
        #expect(error.message == "the target is empty")
    }

    @Test func unnamedColumnsAreNamedAsXIndexesThem() throws {
        let d = try Dataset.load(path: try writeCSV(",b,,kind\n1,2,3,x\n"))
        #expect(d.featureNames == ["x0", "b", "x2"])
    }

    @Test func awkwardFileRoundTrip() throws {
        // BOM, CRLF, quoted numbers and labels with commas, spaces, no final newline.
        let text = "\u{FEFF}\"x 1\", x2 ,\"kind, of\"\r\n\"1e-3\", -0.5 ,\"cat, big\"\r\n.5,2,\"dog \"\"rex\"\"\"\r\n3,4,\"cat, big\""
        let path = try writeCSV(text, name: "awkward.csv")
        let d = try Dataset.load(path: path)
        #expect(d.name == "awkward")
        #expect(d.featureNames == ["x 1", "x2"])
        #expect(d.x == Tensor(rows: 3, cols: 2, [0.001, -0.5, 0.5, 2, 3, 4]))
        #expect(d.y == Tensor([0, 1, 0]))
        #expect(d.classes == ["cat, big", "dog \"rex\""])
    }

    @Test func numericTargetStaysNumeric() throws {
        let path = try writeCSV("t,price\n1,10.5\n2,-3\n")
        let d = try Dataset.load(path: path)
        #expect(d.classes.isEmpty)
        #expect(d.y == Tensor([10.5, -3]))
    }

    @Test func targetByNameAndIndex() throws {
        let path = try writeCSV("label,a,b\nyes,1,2\nno,3,4\nyes,5,6\n")
        let byName = try Dataset.load(path: path, target: .name("label"))
        #expect(byName.featureNames == ["a", "b"])
        #expect(byName.x == Tensor(rows: 3, cols: 2, [1, 2, 3, 4, 5, 6]))
        #expect(byName.y == Tensor([0, 1, 0]))
        #expect(byName.classes == ["yes", "no"])
        let byIndex = try Dataset.load(path: path, target: .index(0))
        #expect(byIndex.x == byName.x)
        let byNegative = try Dataset.load(path: path, target: .index(-3))
        #expect(byNegative.y == byName.y)
    }

    @Test func relativePathsAndNormalize() throws {
        let path = try writeCSV("a,b,y\n1,5,0\n3,5,1\n", name: "rel.csv")
        let folder = (path as NSString).deletingLastPathComponent
        let d = try Dataset.load(path: "rel.csv", normalize: true, relativeTo: folder)
        #expect(d.x == Tensor(rows: 2, cols: 2, [-1, 0, 1, 0]))
        #expect(d.normalization?.mean == [2, 5])
        #expect(d.normalization?.std == [1, 1])
    }
}
