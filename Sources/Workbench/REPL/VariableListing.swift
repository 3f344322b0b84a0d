import Language

/// The table `:vars` prints: each variable the user made, its type, and a
/// one-line glimpse of its value, fitted to the terminal width.
///
///     VariableListing.text(session: session)
enum VariableListing {
    static func text(session: Session) -> String {
        let interpreter = session.interpreter
        let rows: [(String, String, String)] = interpreter.userGlobalNames.compactMap { name in
            guard let value = interpreter.lookup(name) else { return nil }
            return (name, value.typeName, glimpse(value, options: interpreter.renderOptions))
        }
        guard !rows.isEmpty else { return "no variables yet: try x = 1\n" }
        let nameWidth = max(rows.map(\.0.count).max() ?? 0, 4)
        let typeWidth = max(rows.map(\.1.count).max() ?? 0, 4)
        let room = max(session.options.columns - nameWidth - typeWidth - 4, 16)
        var lines = [pad("name", nameWidth) + "  " + pad("type", typeWidth) + "  value"]
        for (name, type, value) in rows {
            lines.append(pad(name, nameWidth) + "  " + pad(type, typeWidth) + "  " + clipped(value, room))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The first line of how the value prints (strings quoted, so `"3"` and `3` differ).
    static func glimpse(_ value: Value, options: RenderOptions) -> String {
        let text: String
        switch value {
        case .string: text = Value.list([value]).render(options).dropFirst().dropLast().description
        case .function(.builtin(let b)): text = "built-in \(b.name): \(b.help.summary)"
        default: text = value.render(options)
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        let first = lines.first.map(String.init) ?? ""
        return lines.count > 1 ? first + " …" : first
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(width - text.count, 0))
    }

    private static func clipped(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }
}
