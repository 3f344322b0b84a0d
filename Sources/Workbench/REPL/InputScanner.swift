/// A light lexical scan of REPL input: open brackets, whether the text ends
/// inside a string, and what its last token was. It knows just enough of
/// LANGUAGE.md §1 (strings with escapes, `#` comments, operators) to decide
/// whether to ask for another line and what Tab should complete; the parser
/// still judges the input.
///
///     InputScanner.scan("train(net,").needsMoreInput   // true
struct InputScanner {
    enum LastToken: Equatable {
        case nothing, binaryOperator, comma, other
    }

    struct OpenBracket: Equatable {
        var character: Character
        /// For `(`: the name just before it (`train` in `train(`), if any.
        var callee: String?
        /// Offset (in characters) just after the bracket.
        var contentStart: Int
    }

    private(set) var open: [OpenBracket] = []
    /// A closing bracket with no matching opener: the input is broken, let the parser say so.
    private(set) var unbalanced = false
    /// A string left open at the end of a line (strings never span lines):
    /// no further line can mend it, so the parser should say so now.
    private(set) var brokenString = false
    /// The text ends inside a string literal; `stringSoFar` is its content.
    private(set) var inString = false
    private(set) var stringSoFar = ""
    private(set) var lastToken = LastToken.nothing
    /// Offset (in characters) where the current statement starts.
    private(set) var statementStart = 0

    /// A statement continues past a newline inside brackets or braces, and
    /// after a binary operator or a comma (LANGUAGE.md §1).
    var needsMoreInput: Bool {
        !unbalanced && !brokenString && (!open.isEmpty || lastToken == .binaryOperator || lastToken == .comma)
    }

    /// Whether lines typed so far (joined with newlines) still need another:
    /// the last line has ended, so a string left open on it is an error now.
    static func needsMoreLines(_ input: String) -> Bool {
        scan(input + "\n").needsMoreInput
    }

    static func scan(_ text: String) -> InputScanner {
        var scanner = InputScanner()
        scanner.run(Array(text))
        return scanner
    }

    private static let keywordOperators: Set<String> = ["and", "or", "not"]

    private mutating func run(_ chars: [Character]) {
        var i = 0
        var previousWord: String?  // the identifier just before, for `name(`
        while i < chars.count {
            let c = chars[i]
            if c == "\n" || c == ";" {
                if open.isEmpty, lastToken != .binaryOperator, lastToken != .comma {
                    statementStart = i + 1
                }
                if c == ";" { lastToken = .other }
                previousWord = nil
                i += 1
            } else if c == " " || c == "\t" || c == "\r" {
                i += 1
            } else if c == "#" {
                while i < chars.count, chars[i] != "\n" { i += 1 }
            } else if c == "\"" {
                i += 1
                var content = ""
                var closed = false
                while i < chars.count, chars[i] != "\n" {
                    if chars[i] == "\\", i + 1 < chars.count, chars[i + 1] != "\n" {
                        content.append(chars[i]); content.append(chars[i + 1]); i += 2; continue
                    }
                    if chars[i] == "\"" { closed = true; i += 1; break }
                    content.append(chars[i]); i += 1
                }
                inString = !closed && i >= chars.count
                if !closed, i < chars.count { brokenString = true }
                stringSoFar = inString ? content : ""
                lastToken = .other
                previousWord = nil
            } else if c.isLetter || c == "_" {
                var word = ""
                while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "_" {
                    word.append(chars[i]); i += 1
                }
                lastToken = Self.keywordOperators.contains(word) ? .binaryOperator : .other
                previousWord = word
                continue
            } else if c.isNumber || c == "." {
                while i < chars.count, chars[i].isNumber || chars[i].isLetter || chars[i] == "." { i += 1 }
                lastToken = .other
                previousWord = nil
                continue
            } else if c == "(" || c == "[" || c == "{" {
                open.append(OpenBracket(character: c, callee: c == "(" ? previousWord : nil, contentStart: i + 1))
                if c == "{" { statementStart = i + 1 }
                lastToken = .other
                previousWord = nil
                i += 1
            } else if c == ")" || c == "]" || c == "}" {
                let expected: Character = c == ")" ? "(" : c == "]" ? "[" : "{"
                if let last = open.last, last.character == expected {
                    open.removeLast()
                } else {
                    unbalanced = true
                }
                if c == "}" { statementStart = i + 1 }
                lastToken = .other
                previousWord = nil
                i += 1
            } else if c == "," {
                lastToken = .comma
                previousWord = nil
                i += 1
            } else {
                lastToken = operatorKind(chars, &i)
                previousWord = nil
            }
        }
        if chars.last == "\n" || chars.last == ";" { inString = false }
    }

    /// Consumes one operator (`==` `!=` `<=` `>=` or one character) and says whether it is binary.
    private func operatorKind(_ chars: [Character], _ i: inout Int) -> LastToken {
        let c = chars[i]
        let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
        if next == "=", "=!<>".contains(c) {
            i += 2
            return .binaryOperator
        }
        i += 1
        return "+-*/%@^<>".contains(c) ? .binaryOperator : .other
    }
}
