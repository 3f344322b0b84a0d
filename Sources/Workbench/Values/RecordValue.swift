import Language

/// A record: named fields in a fixed order, printed as a two-column table.
/// `evaluate(net, d)` returns one (`r.cost`, `r.accuracy`, `r.confusion`).
///
///     RecordValue([("cost", .number(0.01)), ("accuracy", .number(1))], aliases: ["loss": "cost"])
struct RecordValue: NativeValue {
    var fields: [(name: String, value: Value)]
    /// Other names a field answers to (`loss` for `cost`); not printed.
    var aliases: [String: String]
    /// An optional first line, e.g. "evaluation of net on 4 examples".
    var title: String?
    /// Lines after the table that say how to read it (which axis of a confusion matrix is which).
    var notes: [String]

    init(_ fields: [(String, Value)], aliases: [String: String] = [:], title: String? = nil, notes: [String] = []) {
        self.fields = fields.map { (name: $0.0, value: $0.1) }
        self.aliases = aliases
        self.title = title
        self.notes = notes
    }

    var typeName: String { "record" }

    var fieldNames: [String] { fields.map(\.name) + aliases.keys.sorted() }

    func field(_ name: String) throws(ScriptError) -> Value {
        let canonical = aliases[name] ?? name
        if let found = fields.first(where: { $0.name == canonical }) { return found.value }
        var message = "this record has no field '\(name)'; its fields are \(fields.map(\.name).joined(separator: ", "))"
        if let close = Suggestion.closest(to: name, among: fieldNames) { message += " — did you mean '\(close)'?" }
        throw ScriptError(message)
    }

    /// `r["cost"]` reads a field by name.
    func element(at index: Value) throws(ScriptError) -> Value {
        guard case .string(let name) = index else {
            throw ScriptError("a record is indexed by a field name (a string), got \(index.shortDescription)")
        }
        return try field(name)
    }

    func render(_ options: RenderOptions) -> String {
        let nameWidth = fields.map(\.name.count).max() ?? 0
        // Under a title the table is indented, so the title reads as its heading.
        let margin = title == nil ? "" : "  "
        var lines: [String] = title.map { [$0] } ?? []
        for (name, value) in fields {
            let text = value.renderedForRecord(options.shrunk(by: margin.count + nameWidth + 2))
            let indent = margin + String(repeating: " ", count: nameWidth + 2)
            let body = text.split(separator: "\n", omittingEmptySubsequences: false)
                .enumerated()
                .map { $0.offset == 0 ? String($0.element) : indent + $0.element }
                .joined(separator: "\n")
            lines.append(margin + name.padding(nameWidth + 2) + body)
        }
        lines += notes.map { margin + $0 }
        return lines.joined(separator: "\n")
    }
}

extension RenderOptions {
    /// The same options for text drawn `columns` further right.
    func shrunk(by columns: Int) -> RenderOptions {
        var copy = self
        copy.width = max(20, width - columns)
        return copy
    }
}

extension Value {
    /// How a value reads inside a record or a table cell: as an echo shows it.
    func renderedForRecord(_ options: RenderOptions) -> String {
        render(options)
    }
}
