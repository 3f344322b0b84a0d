/// A line starting with `:` at the prompt (LANGUAGE.md §8).
///
///     REPLCommand.parse(":save! lesson.nn")   // .save(path: "lesson.nn", overwrite: true)
enum REPLCommand: Equatable {
    case help
    case vars
    case save(path: String, overwrite: Bool)
    case load(path: String)
    case reset
    case quit
    /// A command with something wrong: the message to show.
    case invalid(String)

    static let summary = """
    REPL commands:
      :help          this list
      :vars          your variables: name, type and value
      :save FILE     write the inputs that ran without error as a script (:save! FILE overwrites)
      :load FILE     run a script in this session
      :reset         forget every variable (built-ins stay)
      :quit          leave (Ctrl-D does too)
    For the language: help, help(train), help("glossary").
    Keys: Tab completes, Up and Ctrl-R search past inputs, Ctrl-C stops a long run.

    """

    /// nil when the line is not a command (it does not start with `:`).
    static func parse(_ line: String) -> REPLCommand? {
        let trimmed = line.trimmingCharacters(in: " \t\r")
        guard trimmed.hasPrefix(":") else { return nil }
        let name = String(trimmed.prefix { $0 != " " && $0 != "\t" })
        let argument = String(trimmed.dropFirst(name.count)).trimmingCharacters(in: " \t\r")
        func noArgument(_ command: REPLCommand) -> REPLCommand {
            argument.isEmpty ? command : .invalid("\(name) takes no argument, got '\(argument)'")
        }
        switch name {
        case ":help", ":h", ":?": return noArgument(.help)
        case ":vars": return noArgument(.vars)
        case ":reset": return noArgument(.reset)
        case ":quit", ":q", ":exit": return noArgument(.quit)
        case ":save", ":save!":
            guard !argument.isEmpty else { return .invalid("\(name) expects a file name: \(name) lesson.nn") }
            return .save(path: unquoted(argument), overwrite: name == ":save!")
        case ":load":
            guard !argument.isEmpty else { return .invalid(":load expects a file name: :load lesson.nn") }
            return .load(path: unquoted(argument))
        default:
            if let guess = suggestion(for: name) {
                return .invalid("unknown REPL command '\(name)'; did you mean '\(guess)'?")
            }
            return .invalid("unknown REPL command '\(name)'; the commands are :help :vars :save :load :reset :quit")
        }
    }

    /// `:sav` is `:save` cut short, `:vras` is `:vars` mistyped.
    private static func suggestion(for name: String) -> String? {
        let word = String(name.dropFirst()).lowercased()
        guard !word.isEmpty else { return nil }
        let names = ["help", "vars", "save", "load", "reset", "quit"]
        if let started = names.first(where: { $0.hasPrefix(word) }) { return ":" + started }
        return Suggestion.closest(to: word, among: names).map { ":" + $0 }
    }

    /// `:load "my lesson.nn"` and `:load my lesson.nn` name the same file.
    private static func unquoted(_ text: String) -> String {
        if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") {
            return String(text.dropFirst().dropLast())
        }
        return text
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let first = s.first, set.contains(first) { s.removeFirst() }
        while let last = s.last, set.contains(last) { s.removeLast() }
        return String(s)
    }
}
