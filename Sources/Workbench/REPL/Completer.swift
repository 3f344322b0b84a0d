import Foundation
import Language

/// Tab completion for the REPL: variables, built-ins and keywords; keyword
/// arguments inside a built-in's call (`train(net, d, ep` → `epochs=`);
/// fields after a dot (`net.la` → `net.layers`); file names inside a string
/// literal; REPL commands and their file arguments.
///
///     let completer = Completer(session: session)
///     completer.complete("train(net, d, ep").candidates   // ["epochs="]
///
/// Readline asks twice: which characters end the word before the cursor
/// (`wordBreakCharacters`), then the candidates for that word. Every
/// candidate starts with the word; it replaces the word as a whole.
public final class Completer {
    private let session: Session
    /// The folder file names are completed in.
    public var directory: String
    /// Earlier lines of an input still being typed (with their newlines),
    /// so a call opened on one line is known on the next.
    public var pending = ""

    public init(session: Session, directory: String = ".") {
        self.session = session
        self.directory = directory
    }

    static let codeBreaks = " \t\n\"(),[]{}=+-*/%@^<>!;:#."
    static let stringBreaks = "\""
    static let commandBreaks = " "
    /// Every string `wordBreakCharacters` returns (readline keeps C copies).
    public static let allWordBreakCharacters = [codeBreaks, stringBreaks, commandBreaks]

    /// The REPL commands, for `:` completion.
    static let commands = [":help", ":vars", ":save", ":save!", ":load", ":reset", ":quit"]

    /// The characters that end the word being completed, given the line up to the cursor.
    public func wordBreakCharacters(before line: String) -> String {
        switch mode(before: line) {
        case .command, .commandFile: Self.commandBreaks
        case .file: Self.stringBreaks
        case .code: Self.codeBreaks
        }
    }

    /// The word being completed and its candidates, given the line up to the cursor.
    public func complete(_ line: String) -> (word: String, candidates: [String]) {
        let breaks = wordBreakCharacters(before: line)
        let word = String(line.reversed().prefix { !breaks.contains($0) }.reversed())
        return (word, candidates(before: line, word: word))
    }

    /// Candidates for `word`, the end of `line` (sorted, each starting with `word`).
    public func candidates(before line: String, word: String) -> [String] {
        let found: [String]
        switch mode(before: line) {
        case .command:
            found = Self.commands
        case .commandFile:
            found = fileNames(matching: word, closing: "")
        case .file:
            found = StringChoices.choices(before: pending + line).map { $0.map { $0 + "\"" } }
                ?? fileNames(matching: word, closing: "\"")
        case .code:
            let beforeWord = line.dropLast(word.count)
            if beforeWord.hasSuffix("."), let owner = ownerName(beforeWord.dropLast()) {
                found = fieldNames(of: owner)
            } else {
                found = keywordArguments(before: line) + names(insideBrackets: !InputScanner.scan(pending + line).open.isEmpty)
            }
        }
        let matches = Array(Set(found.filter { $0.hasPrefix(word) })).sorted()
        // `tra<Tab>` should give `train`, not stop at the prefix it shares
        // with `transpose`: when exactly one of several matches is a verb of
        // the lecture's workflow, a first Tab completes to it. The student's
        // own names come first: with `net` defined, `ne<Tab>` must not jump
        // to `network`.
        let favourites = matches.filter(Self.lectureVerbs.contains)
        let userNames = Set(session.interpreter.userGlobalNames)
        if matches.count > 1, favourites.count == 1, word.count >= 2, !matches.contains(word),
           !matches.contains(where: userNames.contains) {
            return favourites
        }
        return matches
    }

    /// The built-ins a lesson types most, preferred when a prefix is shared.
    static let lectureVerbs: Set<String> = [
        "train", "network", "dense", "dataset", "forward", "backward", "update",
        "evaluate", "predict", "summary", "plot",
    ]

    private enum Mode { case code, file, command, commandFile }

    private func mode(before line: String) -> Mode {
        if pending.isEmpty {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix(":") {
                return trimmed.contains(" ") ? .commandFile : .command
            }
        }
        return InputScanner.scan(pending + line).inString ? .file : .code
    }

    /// Inside brackets only the keywords that can stand in an expression make sense.
    private static let expressionKeywords = ["true", "false", "none", "and", "or", "not"]

    private func names(insideBrackets: Bool) -> [String] {
        session.interpreter.globalNames + (insideBrackets ? Self.expressionKeywords : Interpreter.keywords)
    }

    /// `name=` for each parameter of the built-in being called at the cursor,
    /// with parentheses (`train(net, `) or as a command (`train net, `),
    /// leaving out those already given by keyword.
    private func keywordArguments(before line: String) -> [String] {
        let text = pending + line
        let scan = InputScanner.scan(text)
        let chars = Array(text)
        let callee: String?
        let argumentsStart: Int
        if let call = scan.open.last, call.character == "(" {
            callee = call.callee
            argumentsStart = call.contentStart
        } else if scan.open.last?.character != "[", let command = commandName(Array(chars[min(scan.statementStart, chars.count)...])) {
            callee = command.name
            argumentsStart = scan.statementStart + command.length
        } else {
            return []
        }
        guard let callee, let builtin = session.interpreter.builtins[callee],
              session.interpreter.lookup(callee).map(isBuiltin) ?? true else { return [] }
        let given = String(chars[min(argumentsStart, chars.count)...])
        return builtin.signature.parameters
            .map(\.name)
            .filter { !given.contains($0 + "=") }
            .map { $0 + "=" }
    }

    private func isBuiltin(_ value: Value) -> Bool {
        if case .function(.builtin) = value { return true }
        return false
    }

    /// Command syntax (LANGUAGE.md §3): a statement starting with a name
    /// followed, on the same line, by a space and an argument.
    private func commandName(_ statement: [Character]) -> (name: String, length: Int)? {
        var i = 0
        while i < statement.count, statement[i] == " " || statement[i] == "\t" { i += 1 }
        var name = ""
        while i < statement.count, statement[i].isLetter || statement[i].isNumber || statement[i] == "_" {
            name.append(statement[i]); i += 1
        }
        guard !name.isEmpty, !Interpreter.keywords.contains(name), i < statement.count, statement[i] == " " else { return nil }
        while i < statement.count, statement[i] == " " { i += 1 }
        guard i < statement.count else { return nil }
        let next = statement[i]
        guard next.isLetter || next.isNumber || next == "_" || next == "\"" || next == "." else { return nil }
        var following = ""
        var j = i
        while j < statement.count, statement[j].isLetter || statement[j].isNumber || statement[j] == "_" {
            following.append(statement[j]); j += 1
        }
        // `x and y` is an expression; `plot true` is still a command.
        if Interpreter.keywords.contains(following), !["true", "false", "none"].contains(following) { return nil }
        return (name, i)
    }

    /// The global name just before a `.`: `net` in `net.la`.
    private func ownerName(_ text: Substring) -> String? {
        let name = String(text.reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" }.reversed())
        guard let first = name.first, first.isLetter || first == "_" else { return nil }
        // `a.b.c`: only a plain global's fields are known without running code.
        if text.dropLast(name.count).hasSuffix(".") { return nil }
        return name
    }

    private func fieldNames(of owner: String) -> [String] {
        guard case .native(let native)? = session.interpreter.lookup(owner) else { return [] }
        return native.fieldNames
    }

    /// Files and folders starting with `word` (a path typed so far); folders
    /// end with `/` so Tab can go on into them, files with `closing`.
    private func fileNames(matching word: String, closing: String) -> [String] {
        let slash = word.lastIndex(of: "/")
        let folderPart = slash.map { String(word[...$0]) } ?? ""
        let prefix = slash.map { String(word[word.index(after: $0)...]) } ?? word
        let folder: String
        if folderPart.hasPrefix("/") {
            folder = folderPart
        } else if folderPart.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
            folder = home + folderPart.dropFirst()
        } else {
            folder = (directory.hasSuffix("/") ? directory : directory + "/") + folderPart
        }
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return entries
            .filter { $0.hasPrefix(prefix) && (prefix.hasPrefix(".") || !$0.hasPrefix(".")) }
            .map { entry in
                var isFolder: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: folder + entry, isDirectory: &isFolder)
                return folderPart + entry + (isFolder.boolValue ? "/" : closing)
            }
    }
}
