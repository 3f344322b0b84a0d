import Language

/// A native value that stands for something with a help page (an activation
/// is `relu`): `help(relu)` then shows that page.
protocol HelpNamed {
    var helpName: String { get }
}

/// `help`: the overview, one built-in, a language topic, a glossary term.
///
///     help              # the overview
///     help(train)       # one built-in
///     help("glossary")  # English, nn and Arabic terms
enum HelpBuiltins {
    static func all(_ session: Session) -> [Builtin] {
        [help(session.interpreter)]
    }

    /// The order concepts appear in the overview; others follow alphabetically.
    static let conceptOrder = [
        "basics", "math", "tensors", "randomness", "networks", "perceptron", "activations", "data", "training",
        "backprop", "evaluation", "charts", "files", "session", "help",
    ]

    /// Each concept's Arabic name, shown beside it.
    static let conceptArabic: [String: String] = [
        "basics": "أساسيات", "math": "رياضيات", "tensors": "الموترات", "networks": "الشبكات",
        "activations": "دوال التفعيل", "data": "البيانات", "training": "التدريب",
        "backprop": "الانتشار العكسي", "evaluation": "التقييم", "charts": "الرسوم البيانية",
        "files": "الملفات", "help": "المساعدة", "session": "الجلسة",
        "perceptron": "البيرسيبترون", "randomness": "العشوائية",
    ]

    private static func help(_ interpreter: Interpreter) -> Builtin {
        Builtin(
            name: "help",
            signature: Signature([.init("topic", default: "none")]),
            help: Help(
                signature: "help  or  help(name)  or  help(\"topic\")",
                summary: "explains a built-in, a keyword, a topic or a term of the course; alone, lists everything",
                concept: "help",
                example: "help\nhelp(train)\nhelp(\"glossary\")\nhelp(\"epoch\")"
            )
        ) { [weak interpreter] args, context throws(ScriptError) in
            let builtins = interpreter?.builtins ?? [:]
            let text = try page(for: args["topic"] ?? .none, builtins: builtins, options: context.renderOptions)
            context.write(text + "\n")
            return .none
        }
    }

    /// The text `help(topic)` prints.
    static func page(for topic: Value, builtins: [String: Builtin], options: RenderOptions) throws(ScriptError) -> String {
        switch topic {
        case .none:
            return overview(builtins, options)
        case .function(.builtin(let b)):
            return builtinPage(b, width: options.width)
        case .function(.user(let f)):
            return "fn \(f.name)(\(f.parameters.joined(separator: ", ")))\n  a function defined in this session"
        case .string(let name):
            return try namedPage(name, builtins: builtins, options: options)
        case .native(let n):
            if let named = n as? HelpNamed, let text = try? namedPage(named.helpName, builtins: builtins, options: options) {
                return text
            }
            // An activation knows its name; that name is its page.
            if n.fieldNames.contains("name"), case .string(let name)? = try? n.field("name"),
               let text = try? namedPage(name, builtins: builtins, options: options) {
                return text
            }
            let shown = n.render(options).trimmed()
            if !shown.contains("\n"), let text = HelpTopics.page(shown) { return text }
            var lines = wrap(HelpTopics.typePages[n.typeName] ?? "a \(n.typeName)", indent: "", width: options.width)
            if !n.fieldNames.isEmpty { lines.append("  fields: " + n.fieldNames.joined(separator: ", ")) }
            return lines.joined(separator: "\n")
        default:
            return wrap(HelpTopics.typePages[topic.typeName] ?? "a \(topic.typeName)", indent: "", width: options.width)
                .joined(separator: "\n")
        }
    }

    private static func namedPage(_ raw: String, builtins: [String: Builtin], options: RenderOptions) throws(ScriptError) -> String {
        let name = raw.trimmed()
        if let b = builtins[name] { return builtinPage(b, width: options.width) }
        if name.lowercased() == "glossary" { return Glossary.table(width: options.width, unicode: options.unicode) }
        if let text = HelpTopics.page(name) ?? HelpTopics.page(name.lowercased()) { return text }
        let concept = builtins.values.filter { $0.help.concept == name.lowercased() }
        if !concept.isEmpty { return conceptPage(name.lowercased(), concept) }
        let terms = Glossary.search(name)
        if !terms.isEmpty { return terms.prefix(8).map(glossaryPage).joined(separator: "\n\n") }
        var message = "help: no help on \"\(name)\""
        let known = Array(builtins.keys) + HelpTopics.names + ["glossary"]
        if let close = Suggestion.closest(to: name, among: known) {
            message += " — did you mean \"\(close)\"?"
        } else {
            message += "; type help for the list of topics"
        }
        throw ScriptError(message, argument: .position(0))
    }

    // MARK: pages

    /// `train(net, data, epochs=100, …)`, its purpose, concept, example and details.
    static func builtinPage(_ b: Builtin, width: Int = 72) -> String {
        var lines = wrapSignature(signatureText(b), name: b.name, width: width) + wrap(b.help.summary, indent: "  ", width: width)
        let arabic = conceptArabic[b.help.concept].map { " (\($0))" } ?? ""
        lines.append("  concept: \(b.help.concept)\(arabic)")
        if let details = b.help.details, !details.isEmpty {
            lines.append("")
            for paragraph in details.split(separator: "\n", omittingEmptySubsequences: false) {
                lines += wrap(String(paragraph), indent: "  ", width: width)
            }
        }
        if b.help.details?.isEmpty == false { lines.append("") }
        lines.append("  example:")
        lines += b.help.example.split(separator: "\n").map { "    " + $0 }
        return lines.joined(separator: "\n")
    }

    /// The call as written in help: the given signature, or one built from the parameters.
    static func signatureText(_ b: Builtin) -> String {
        if let s = b.help.signature { return s }
        var parts = b.signature.parameters.map { p in
            p.defaultText.map { "\(p.name)=\($0)" } ?? p.name
        }
        if let rest = b.signature.variadic { parts.append("\(rest)…") }
        return "\(b.name)(\(parts.joined(separator: ", ")))"
    }

    private static func conceptPage(_ concept: String, _ builtins: [Builtin]) -> String {
        let arabic = conceptArabic[concept].map { " (\($0))" } ?? ""
        let rows = builtins.sorted { $0.name < $1.name }.map { b in
            "  " + b.name.padding(12) + b.help.summary
        }
        return (["\(concept)\(arabic)"] + rows).joined(separator: "\n")
    }

    private static func glossaryPage(_ e: GlossaryEntry) -> String {
        "\(e.english) — \(e.arabic)\n  in nn: \(e.nn)\n  \(e.meaning)"
    }

    /// Every built-in, grouped by the lecture concept it belongs to, then the guides.
    static func overview(_ builtins: [String: Builtin], _ options: RenderOptions) -> String {
        var groups: [String: [String]] = [:]
        for b in builtins.values { groups[b.help.concept, default: []].append(b.name) }
        // Activations are values, not built-ins, but students look for them here.
        groups["activations", default: []] += HelpTopics.activationPages.map(\.name).filter { builtins[$0] == nil }
        let concepts = conceptOrder.filter { groups[$0] != nil }
            + groups.keys.filter { !conceptOrder.contains($0) }.sorted()
        let labelWidth = (concepts.map(\.count).max() ?? 0) + 2
        var lines = ["nn help — the built-in functions by topic", ""]
        for concept in concepts {
            let names = (groups[concept] ?? []).sorted()
            lines += wrap(names, label: concept.padding(labelWidth), width: options.width)
        }
        lines.append("")
        lines.append("help(train)".padding(20) + "one function: what it does, its concept, an example")
        for guide in HelpTopics.guides {
            lines.append("help(\"\(guide.name)\")".padding(20) + guide.about)
        }
        lines.append("help(\"epoch\")".padding(20) + "any term of the course, in English or Arabic")
        return lines.joined(separator: "\n")
    }

    /// A long call broken after commas, continuing under its first parameter.
    static func wrapSignature(_ text: String, name: String, width: Int) -> [String] {
        guard text.count > width else { return [text] }
        // Several forms (`plot(h)  plot(f, from=-5, to=5)`): break between forms, never inside one.
        if text.contains("  ") {
            var forms: [String] = []
            for piece in text.components(separatedBy: "  ") where !piece.isEmpty {
                if let last = forms.last, last == "or" { forms[forms.count - 1] = "or  " + piece } else { forms.append(piece) }
            }
            var lines: [String] = []
            for form in forms {
                if let last = lines.last, last.count + 2 + form.count <= width {
                    lines[lines.count - 1] = last + "  " + form
                } else {
                    lines.append(form)
                }
            }
            return lines
        }
        guard text.hasPrefix(name + "(") else { return [text] }
        let indent = String(repeating: " ", count: name.count + 1)
        var lines: [String] = []
        var line = ""
        for piece in text.split(separator: " ", omittingEmptySubsequences: false) {
            let prefix = lines.isEmpty ? "" : indent
            if !line.isEmpty, prefix.count + line.count + 1 + piece.count > width, line.hasSuffix(",") {
                lines.append((lines.isEmpty ? "" : indent) + line)
                line = String(piece)
            } else {
                line += (line.isEmpty ? "" : " ") + piece
            }
        }
        lines.append((lines.isEmpty ? "" : indent) + line)
        return lines
    }

    /// A paragraph broken at spaces to fit the width, each line indented.
    static func wrap(_ text: String, indent: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if !line.isEmpty, indent.count + line.count + 1 + word.count > width {
                lines.append(indent + line)
                line = String(word)
            } else {
                line += (line.isEmpty ? "" : " ") + word
            }
        }
        lines.append(indent + line)
        return lines.map { $0.trimmingTrailingSpaces() }
    }

    /// Names after a label, wrapped to the width under the first name.
    private static func wrap(_ names: [String], label: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = label
        for name in names {
            if line.count + name.count + 1 > width, line.count > label.count {
                lines.append(line.trimmingTrailingSpaces())
                line = String(repeating: " ", count: label.count)
            }
            line += name + "  "
        }
        lines.append(line.trimmingTrailingSpaces())
        return lines
    }
}
