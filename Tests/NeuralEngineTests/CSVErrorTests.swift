import Foundation
import Testing
@testable import NeuralEngine

/// One test per way a CSV file can be refused: each names the place and says what was wrong.
@Suite struct CSVErrorTests {
    @Test func missingFile() throws {
        let folder = FileManager.default.temporaryDirectory.path
        let error = try #require(throwing(DataError.self) { _ = try Dataset.load(path: "no-such-file.csv", relativeTo: folder) })
        #expect(error.file == "no-such-file.csv")
        #expect(error.message.hasPrefix("no such file (looked for "))
        #expect(error.message.contains("no-such-file.csv"))
    }

    @Test func missingFileHints() throws {
        let path = try writeCSV("a,b\n1,2\n", name: "pets.csv")
        let folder = (path as NSString).deletingLastPathComponent
        let noExtension = try #require(throwing(DataError.self) { _ = try Dataset.load(path: "pets", relativeTo: folder) })
        #expect(noExtension.message.hasSuffix("pets): did you mean \"pets.csv\"?"))
        let bundled = try #require(throwing(DataError.self) { _ = try Dataset.load(path: "iris", relativeTo: folder) })
        #expect(bundled.message.hasSuffix("iris): for the data set that comes with nn write dataset(\"iris\")"))
    }

    @Test func folder() throws {
        let path = try writeCSV("a,b\n1,2\n")
        let folder = (path as NSString).deletingLastPathComponent
        let error = try #require(throwing(DataError.self) { _ = try Dataset.load(path: folder) })
        #expect(error.message == "this is a folder, not a CSV file")
    }

    @Test func emptyFile() throws {
        let error = try #require(try loadError(""))
        #expect(error.message == "the file is empty: expected a header row, then rows of data")
        #expect(error.description.hasSuffix("data.csv: the file is empty: expected a header row, then rows of data"))
        // Only a byte-order mark and blank lines is empty too.
        let bom = try #require(try loadError(bytes: [0xEF, 0xBB, 0xBF, 0x0A, 0x0A]))
        #expect(bom.message.hasPrefix("the file is empty"))
    }

    @Test func headerOnly() throws {
        let error = try #require(try loadError("a,b,label\n"))
        #expect(error.line == 1)
        #expect(error.message == "the file has a header row but no rows of data")
    }

    @Test func wrongFieldCount() throws {
        let rows = (2...16).map { "\($0),1,2,3,a" }.joined(separator: "\n")
        let error = try #require(try loadError("p,q,r,s,t\n" + rows + "\n1,2,3,b\n"))
        #expect(error.line == 17)
        #expect(error.place == "line 17")
        #expect(error.message == "expected 5 fields, found 4")
        #expect(error.description.hasSuffix("data.csv, line 17: expected 5 fields, found 4"))
    }

    @Test func tooManyFields() throws {
        let error = try #require(try loadError("a,b\n1,x\n2,y,\n"))
        #expect(error.line == 3)
        #expect(error.message == "expected 2 fields, found 3")
    }

    @Test func nonNumericFeature() throws {
        let rows = (2...8).map { _ in "5.1,3.5,1.4,0.2,setosa" }.joined(separator: "\n")
        let text = "sepal_length,sepal_width,petal_length,petal_width,species\n" + rows + "\n5.1,3.5,1.4,abc,setosa\n"
        let error = try #require(try loadError(text))
        #expect(error.line == 9)
        #expect(error.column == 4)
        #expect(error.columnName == "petal_width")
        #expect(error.description.hasSuffix("data.csv, line 9, column \"petal_width\": \"abc\" is not a number"))
    }

    @Test func textColumnBesideTheTarget() throws {
        let error = try #require(try loadError("name,age,survived\nAlice,30,1\nBob,41,0\n"))
        #expect(error.place == "line 2, column \"name\"")
        #expect(error.message == "\"Alice\" is not a number; the column holds text in every row, and only the target may: remove the column, or choose it with target=\"name\"")
        // A column of numbers with one typo gets no such advice.
        let typo = try #require(try loadError("age,survived\n30,1\n4l,0\n"))
        #expect(typo.message == "\"4l\" is not a number")
    }

    @Test func emptyFeature() throws {
        let error = try #require(try loadError("a,b,c\n1,2,x\n3,,y\n"))
        #expect(error.line == 3)
        #expect(error.columnName == "b")
        #expect(error.message == "the value is empty: every feature needs a number")
    }

    @Test func decimalCommaIsRefused() throws {
        let error = try #require(try loadError("a,b\n\"3,5\",1\n"))
        #expect(error.line == 2)
        #expect(error.columnName == "a")
        #expect(error.message == "\"3,5\" is not a number: write decimals with a point and no thousands separators")
    }

    @Test func nanAndInfinityAreRefused() throws {
        let nan = try #require(try loadError("a,b\n1,0\nnan,1\n"))
        #expect(nan.line == 3)
        #expect(nan.message == "\"nan\" is not a number: fill in or remove the missing or infinite values")
        let inf = try #require(try loadError("a,b\n1,0\n2,1\n-inf,1\n"))
        #expect(inf.line == 4)
        let huge = try #require(try loadError("a,b\n1e999,0\n"))
        #expect(huge.message == "\"1e999\" is too large for a 64-bit number")
    }

    @Test func emptyTarget() throws {
        let error = try #require(try loadError("a,label\n1,x\n2,\n"))
        #expect(error.line == 3)
        #expect(error.columnName == "label")
        #expect(error.message == "the target is empty")
    }

    @Test func typoInANumericTarget() throws {
        let error = try #require(try loadError("a,price\n1,10\n2,11.5\n3,12x\n4,13\n"))
        #expect(error.line == 4)
        #expect(error.columnName == "price")
        #expect(error.message == "\"12x\" is not a number, but most targets in this column are numbers: fix the value, or write every label as text")
    }

    @Test func unclosedQuote() throws {
        let error = try #require(try loadError("a,b,label\n1,2,x\n3,4,\"y\n5,6,z\n"))
        #expect(error.line == 3)
        #expect(error.column == 3)
        #expect(error.message == "unclosed quote: the field that starts here never ends")
        #expect(error.columnName == "label")
        #expect(error.description.hasSuffix("data.csv, line 3, column \"label\": unclosed quote: the field that starts here never ends"))
    }

    @Test func textAfterClosingQuote() throws {
        let error = try #require(try loadError("a,b\n1,\"x\"y\n"))
        #expect(error.line == 2)
        #expect(error.column == 2)
        #expect(error.message == "expected a comma or the end of the line after a closing quote, found \"y\"")
        #expect(error.place == "line 2, column \"b\"")
    }

    @Test func linesAfterQuotedLineBreaksStayTrue() throws {
        // LF, CRLF and a lone CR inside quotes each count as a line of the file.
        let error = try #require(try loadError("a,b,kind\r\n1,2,\"x\r\ny\"\r\n3,4,\"p\rq\"\r\n5,6,\"z\nw\"\r\n7,oops,k\r\n"))
        #expect(error.place == "line 8, column \"b\"")
        #expect(error.message == "\"oops\" is not a number")
        let count = try #require(try loadError("a,b,kind\n1,2,\"two\nlines\"\n3,4,y\n5,6\n"))
        #expect(count.description.hasSuffix("data.csv, line 5: expected 3 fields, found 2"))
    }

    @Test func oddValuesAreQuotedEscapedAndShort() throws {
        let multiline = try #require(try loadError("a,kind\n\"two\nlines\",x\n"))
        #expect(multiline.message == "\"two\\nlines\" is not a number")
        let long = try #require(try loadError("a,kind\n" + String(repeating: "word ", count: 20) + ",x\n"))
        #expect(long.message == "\"word word word word word word word wo…\" is not a number")
    }

    @Test func utf16IsNamed() throws {
        let error = try #require(try loadError(bytes: [0xFF, 0xFE, 0x61, 0x00, 0x2C, 0x00, 0x62, 0x00]))
        #expect(error.line == 1)
        #expect(error.message == "the file is UTF-16 text (it starts with the bytes 0xFFFE), not UTF-8: save it as \"CSV UTF-8\"")
    }

    @Test func spreadsheetWorkbookIsNamed() throws {
        let error = try #require(try loadError(bytes: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xFF]))
        #expect(error.line == nil)
        #expect(error.message == "the file is a zip archive (an Excel .xlsx workbook?), not CSV text: save it as \"CSV UTF-8\"")
    }

    @Test func otherSeparatorsAreNamed() throws {
        let semicolons = try #require(try loadError("a;b;c\n1;2;3\n"))
        #expect(semicolons.place == "line 1")
        #expect(semicolons.message == "expected at least 2 columns (features and a target), found 1 (\"a;b;c\"): the columns seem separated by semicolons; save the file with commas between values")
        let tabs = try #require(try loadError("a\tb\n1\t2\n"))
        #expect(tabs.message.hasSuffix("found 1 (\"a\\tb\"): the columns seem separated by tabs; save the file with commas between values"))
    }

    @Test func arabicDecimalSeparatorIsNamed() throws {
        let error = try #require(try loadError("a,kind\n٢٫٥,x\n"))
        #expect(error.place == "line 2, column \"a\"")
        #expect(error.message == "\"٢٫٥\" is not a number: write decimals with a point and no thousands separators")
    }

    @Test func typographicMinusIsNamed() throws {
        let error = try #require(try loadError("a,kind\n1,x\n\u{2212}0.5,y\n"))
        #expect(error.place == "line 3, column \"a\"")
        #expect(error.message == "\"\u{2212}0.5\" is not a number: write the minus sign as \"-\"")
    }

    @Test func repeatedColumnNamesArePlacedByNumber() throws {
        let error = try #require(try loadError("a,a,kind\n1,2,x\n3,q,y\n"))
        #expect(error.place == "line 3, column 2")
        #expect(error.message == "\"q\" is not a number")
    }

    @Test func emptyPath() throws {
        let error = try #require(throwing(DataError.self) { _ = try Dataset.load(path: "  ") })
        #expect(error.parameter == "path")
        #expect(error.message == "the path is empty: expected the name of a CSV file, like \"flowers.csv\"")
    }

    @Test func unknownTargetName() throws {
        let error = try #require(try loadError("sepal_length,petal_width,species\n1,2,a\n", target: .name("specis")))
        #expect(error.parameter == "target")
        #expect(error.message == "no column named \"specis\"; the columns are \"sepal_length\", \"petal_width\", \"species\"")
        let cased = try #require(try loadError("x,Species\n1,a\n", target: .name("species")))
        #expect(cased.message.hasSuffix("(did you mean \"Species\"?)"))
    }

    @Test func targetIndexOutOfRange() throws {
        let error = try #require(try loadError("a,b,c\n1,2,3\n", target: .index(3)))
        #expect(error.parameter == "target")
        #expect(error.message == "target index 3 is out of range: the file has 3 columns (0…2, or -3…-1 from the end)")
        let negative = try #require(try loadError("a,b,c\n1,2,3\n", target: .index(-4)))
        #expect(negative.message.hasPrefix("target index -4 is out of range"))
    }

    @Test func invalidUTF8() throws {
        var bytes = Array("a,b\n1,x\n2,".utf8)
        bytes += [0xFF, 0x41, 0x0A]
        let error = try #require(try loadError(bytes: bytes))
        #expect(error.line == 3)
        #expect(error.place == "line 3, column \"b\"")
        #expect(error.message == "invalid UTF-8 at character 3 of the line (byte 0xFF): save the file as UTF-8")
        // Inside a quoted field that spans lines (lone CRs), the byte's own line is named.
        let quoted = try #require(try loadError(bytes: Array("a,b\r1,\"x\ry\r".utf8) + [0xE9, 0x22, 0x0D]))
        #expect(quoted.place == "line 4, column \"b\"")
        #expect(quoted.message == "invalid UTF-8 at character 1 of the line (byte 0xE9): save the file as UTF-8")
        // In the header there is no name to give: the column number.
        let header = try #require(try loadError(bytes: Array("a,b".utf8) + [0xC3, 0x0A] + Array("1,2\n".utf8)))
        #expect(header.place == "line 1, column 2")
        #expect(header.message.hasPrefix("invalid UTF-8 at character 4 of the line"))
        // A byte-order mark is not a character the user sees.
        let bom = try #require(try loadError(bytes: [0xEF, 0xBB, 0xBF] + Array("a,b".utf8) + [0xC3, 0x0A] + Array("1,2\n".utf8)))
        #expect(bom.message.hasPrefix("invalid UTF-8 at character 4 of the line"))
    }

    @Test func headerMissing() throws {
        let error = try #require(try loadError("5.1,3.5,1.4,0.2\n4.9,3,1.4,0.2\n"))
        #expect(error.line == 1)
        #expect(error.message == "expected a header row of column names, found numbers (\"5.1\", \"3.5\", \"1.4\", …): add a header row")
    }

    @Test func headerMissingWithTextLabels() throws {
        // Iris without its header: the first flower must not become column names.
        let error = try #require(try loadError("5.1,3.5,1.4,0.2,setosa\n4.9,3,1.4,0.2,setosa\n"))
        #expect(error.place == "line 1")
        #expect(error.message == "expected a header row of column names, found a row of data (\"5.1\", \"3.5\", \"1.4\", …; \"setosa\" is a value again on line 2): add a header row")
        // Numbers as names (years) above a differently named target are a real header.
        let years = try Dataset.load(path: try writeCSV("1990,2000,region\n1,2,north\n3,4,south\n"))
        #expect(years.featureNames == ["1990", "2000"])
    }

    @Test func singleColumn() throws {
        let error = try #require(try loadError("y\n1\n2\n"))
        #expect(error.message == "expected at least 2 columns (features and a target), found 1 (\"y\")")
    }

    @Test func duplicateTargetName() throws {
        let error = try #require(try loadError("a,a,b\n1,2,3\n", target: .name("a")))
        #expect(error.message == "the column name \"a\" appears 2 times (columns 0, 1): give the target as an index")
    }
}

/// The error `body` throws, or nil (recording an issue) when it does not throw.
func throwing<E: Error>(_ type: E.Type, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) -> E? {
    do {
        try body()
        Issue.record("expected an error", sourceLocation: sourceLocation)
        return nil
    } catch let error as E {
        return error
    } catch {
        Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
        return nil
    }
}
