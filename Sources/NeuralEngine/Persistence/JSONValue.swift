/// A parsed JSON value. The engine parses model files itself because
/// Foundation's parser on Linux can round numbers off by an ulp; here each
/// number is read with `Double(String)`, which is exact.
enum JSONValue: Equatable {
    case object([String: JSONValue])
    case array([JSONValue])
    case number(Double)
    case string(String)
    case bool(Bool)
    case null

    subscript(key: String) -> JSONValue? {
        if case .object(let d) = self { return d[key] }
        return nil
    }
    var array: [JSONValue]? { if case .array(let a) = self { return a } else { return nil } }
    var number: Double? { if case .number(let n) = self { return n } else { return nil } }
    var string: String? { if case .string(let s) = self { return s } else { return nil } }

    /// Where and why parsing stopped.
    struct ParseError: Error { var message: String }

    /// Parses UTF-8 JSON text; nesting deeper than `maxDepth` is refused rather than overflowing the stack.
    static func parse(_ bytes: [UInt8]) throws(ParseError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.index == bytes.count else { throw parser.error("extra text after the JSON value") }
        return value
    }
}

private struct JSONParser {
    static let maxDepth = 64
    let bytes: [UInt8]
    var index = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    func error(_ what: String) -> JSONValue.ParseError { JSONValue.ParseError(message: "\(what) at byte \(index)") }

    mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    mutating func value(depth: Int) throws(JSONValue.ParseError) -> JSONValue {
        guard depth < JSONParser.maxDepth else { throw error("nesting too deep") }
        skipSpace()
        guard index < bytes.count else { throw error("unexpected end") }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            index += 1
            var d = [String: JSONValue]()
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(d) }
            while true {
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw error("expected a key") }
                let key = try string()
                skipSpace()
                try expect(":")
                d[key] = try value(depth: depth + 1)
                skipSpace()
                if try endOrComma("}") { return .object(d) }
            }
        case UInt8(ascii: "["):
            index += 1
            var a = [JSONValue]()
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(a) }
            while true {
                a.append(try value(depth: depth + 1))
                skipSpace()
                if try endOrComma("]") { return .array(a) }
            }
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try word("true"); return .bool(true)
        case UInt8(ascii: "f"): try word("false"); return .bool(false)
        case UInt8(ascii: "n"): try word("null"); return .null
        default: return .number(try number())
        }
    }

    mutating func expect(_ c: Unicode.Scalar) throws(JSONValue.ParseError) {
        guard index < bytes.count, bytes[index] == UInt8(ascii: c) else { throw error("expected '\(c)'") }
        index += 1
    }

    mutating func endOrComma(_ close: Unicode.Scalar) throws(JSONValue.ParseError) -> Bool {
        guard index < bytes.count else { throw error("unexpected end") }
        if bytes[index] == UInt8(ascii: close) { index += 1; return true }
        try expect(",")
        return false
    }

    mutating func word(_ w: String) throws(JSONValue.ParseError) {
        let u = Array(w.utf8)
        guard index + u.count <= bytes.count, Array(bytes[index..<(index + u.count)]) == u else { throw error("unexpected text") }
        index += u.count
    }

    mutating func number() throws(JSONValue.ParseError) -> Double {
        let start = index
        while index < bytes.count, "+-0123456789.eE".utf8.contains(bytes[index]) { index += 1 }
        guard index > start, let text = String(validating: bytes[start..<index], as: UTF8.self), let v = Double(text) else {
            index = start
            throw error("expected a value")
        }
        guard v.isFinite else {
            index = start
            throw error("the number \(text.prefix(40)) is too large for a 64-bit float")
        }
        return v
    }

    mutating func string() throws(JSONValue.ParseError) -> String {
        index += 1
        var out = [UInt8]()
        while index < bytes.count {
            let c = bytes[index]
            index += 1
            if c == UInt8(ascii: "\"") {
                guard let s = String(validating: out, as: UTF8.self) else { throw error("invalid UTF-8 in a string") }
                return s
            }
            if c == UInt8(ascii: "\\") {
                guard index < bytes.count else { break }
                let e = bytes[index]
                index += 1
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    guard index + 4 <= bytes.count, let text = String(validating: bytes[index..<(index + 4)], as: UTF8.self),
                          let code = UInt32(text, radix: 16) else { throw error("bad \\u escape") }
                    index += 4
                    let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                default: out.append(e)
                }
            } else {
                out.append(c)
            }
        }
        throw error("unclosed string")
    }
}
