/// One benchmark result as a single-line JSON object, keys in the order given.
///
///     print(JSONLine(["workload": .text("W5"), "gflops": .number(31.2)]))
struct JSONLine: CustomStringConvertible {
    enum Field {
        case text(String)
        case number(Double)
        case integer(Int)
    }

    var fields: KeyValuePairs<String, Field>

    init(_ fields: KeyValuePairs<String, Field>) { self.fields = fields }

    var description: String {
        let parts = fields.map { key, value -> String in
            let rendered: String
            switch value {
            case .text(let s): rendered = "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
            case .number(let x): rendered = x.isFinite ? String(format: "%.6g", x) : "null"
            case .integer(let i): rendered = String(i)
            }
            return "\"\(key)\": \(rendered)"
        }
        return "{" + parts.joined(separator: ", ") + "}"
    }
}
