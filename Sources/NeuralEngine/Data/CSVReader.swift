import Foundation

/// A CSV text cut into records (RFC 4180), each with the line it starts on.
///
///     let rows = try CSVReader.parse(bytes, file: "iris.csv")
///     rows[0].fields   // ["sepal_length", "sepal_width", …]
///
/// Accepted beyond the RFC, because real files have them: LF or CR line
/// endings as well as CRLF, a UTF-8 byte-order mark, spaces or tabs around a
/// field (trimmed, also around a quoted field), a missing final newline.
/// Blank lines carry no data and are skipped (line numbers stay those of
/// the file). A quote inside an unquoted field is kept as a character.
public enum CSVReader {
    public struct Record: Sendable, Equatable {
        /// 1-based line of the file the record starts on.
        public var line: Int
        public var fields: [String]
    }

    private static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\"")
    private static let cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")

    /// Parses UTF-8 bytes; throws on invalid UTF-8, an unclosed quote, or
    /// text after a closing quote.
    public static func parse(_ bytes: [UInt8], file: String? = nil) throws(DataError) -> [Record] {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            // Excel's "Unicode text" and some Windows editors write UTF-16; every byte after would be "invalid".
            throw DataError("the file is UTF-16 text (it starts with the bytes 0x\(hex(bytes[0]))\(hex(bytes[1]))), not UTF-8: save it as \"CSV UTF-8\"",
                            file: file, line: 1)
        }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            // The zip signature: an Excel workbook (.xlsx) or another archive renamed to .csv.
            throw DataError("the file is a zip archive (an Excel .xlsx workbook?), not CSV text: save it as \"CSV UTF-8\"", file: file)
        }
        let invalid = firstInvalidUTF8(bytes)
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let parsed = try bytes.withUnsafeBufferPointer { (buffer) throws(DataError) -> [Record] in
            try records(buffer, from: start, file: file, invalid: invalid)
        }
        if let invalid { throw invalidError(invalid, file: file) }
        return parsed
    }

    /// Where the first byte that is not UTF-8 stands.
    struct InvalidByte {
        var offset: Int, line: Int, character: Int, byte: UInt8
    }

    private static func invalidError(_ bad: InvalidByte, file: String?, column: Int? = nil, columnName: String? = nil) -> DataError {
        DataError("invalid UTF-8 at character \(bad.character) of the line (byte 0x\(hex(bad.byte))): save the file as UTF-8",
                  file: file, line: bad.line, column: column, columnName: columnName)
    }

    /// Parses the records; the field holding `invalid` (found beforehand) is
    /// reported with its column, which a byte offset alone cannot give.
    private static func records(_ b: UnsafeBufferPointer<UInt8>, from start: Int, file: String?,
                                invalid: InvalidByte?) throws(DataError) -> [Record] {
        var records: [Record] = []
        var i = start
        var line = 1
        let end = b.count
        while i < end {
            let recordLine = line
            var fields: [String] = []
            var blank = true
            fieldLoop: while true {
                while i < end, b[i] == space || b[i] == tab { i += 1 }
                let fieldStart = i
                if i < end, b[i] == quote {
                    blank = false
                    let quoteLine = line
                    i += 1
                    var text: [UInt8] = []
                    var closed = false
                    while i < end {
                        let c = b[i]
                        if c == quote {
                            if i + 1 < end, b[i + 1] == quote {
                                text.append(quote)
                                i += 2
                                continue
                            }
                            i += 1
                            closed = true
                            break
                        }
                        if c == lf || (c == cr && !(i + 1 < end && b[i + 1] == lf)) { line += 1 }
                        text.append(c)
                        i += 1
                    }
                    guard closed else {
                        throw DataError("unclosed quote: the field that starts here never ends",
                                        file: file, line: quoteLine, column: fields.count + 1,
                                        columnName: headerName(records, fields.count))
                    }
                    while i < end, b[i] == space || b[i] == tab { i += 1 }
                    if i < end, b[i] != comma, b[i] != cr, b[i] != lf {
                        throw DataError("expected a comma or the end of the line after a closing quote, found \"\(snippet(b, at: i))\"",
                                        file: file, line: line, column: fields.count + 1,
                                        columnName: headerName(records, fields.count))
                    }
                    fields.append(String(decoding: text, as: UTF8.self))
                } else {
                    while i < end, b[i] != comma, b[i] != cr, b[i] != lf { i += 1 }
                    var fieldEnd = i
                    while fieldEnd > fieldStart, b[fieldEnd - 1] == space || b[fieldEnd - 1] == tab { fieldEnd -= 1 }
                    if fieldEnd > fieldStart || (i < end && b[i] == comma) { blank = false }
                    fields.append(String(decoding: UnsafeBufferPointer(rebasing: b[fieldStart..<fieldEnd]), as: UTF8.self))
                }
                if let bad = invalid, bad.offset >= fieldStart, bad.offset < i {
                    throw invalidError(bad, file: file, column: fields.count, columnName: headerName(records, fields.count - 1))
                }
                guard i < end else { break fieldLoop }
                switch b[i] {
                case comma:
                    i += 1
                case cr:
                    i += 1
                    if i < end, b[i] == lf { i += 1 }
                    line += 1
                    break fieldLoop
                default:  // lf
                    i += 1
                    line += 1
                    break fieldLoop
                }
            }
            if !blank { records.append(Record(line: recordLine, fields: fields)) }
        }
        return records
    }

    /// The header's name for field `index` of a later record, when it is
    /// unambiguous (an error in the header itself has no name to give).
    private static func headerName(_ records: [Record], _ index: Int) -> String? {
        guard let names = records.first?.fields, names.indices.contains(index) else { return nil }
        let name = names[index]
        return names.filter({ $0 == name }).count == 1 ? name : nil
    }

    private static func hex(_ byte: UInt8) -> String { String(format: "%02X", byte) }

    /// A few characters from `i`, for an error message.
    private static func snippet(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> String {
        var j = i
        while j < b.count, j - i < 12, b[j] != cr, b[j] != lf, b[j] != comma { j += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: b[i..<j]), as: UTF8.self)
    }

    /// The first byte that is not valid UTF-8, with its line and character
    /// position (as an editor counts them), or nil for valid text.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> InvalidByte? {
        // Fast path: the whole text is valid.
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var line = 1, character = 1, offset = 0, afterCR = false
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                // LF, CRLF and a lone CR each end a line, as the parser counts them.
                if scalar == "\n" {
                    if !afterCR { line += 1 }
                    character = 1
                } else if scalar == "\r" {
                    line += 1
                    character = 1
                } else if !(scalar == "\u{FEFF}" && offset == 3) {
                    // (an editor does not show the byte-order mark)
                    character += 1
                }
                afterCR = scalar == "\r"
            case .emptyInput:
                return nil
            case .error:
                // The decoder consumed the bad sequence; find its first byte from `offset`.
                return InvalidByte(offset: offset, line: line, character: character,
                                   byte: offset < bytes.count ? bytes[offset] : 0)
            }
        }
    }
}
