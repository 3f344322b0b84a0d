/// What `nn` was asked to do, parsed from its arguments.
///
///     let arguments = try CommandLineArguments.parse(["-i", "lesson.nn", "--seed", "7"])
///     // arguments.action == .script(path: "lesson.nn", thenREPL: true), arguments.seed == 7
public struct CommandLineArguments: Equatable, Sendable {
    public enum Action: Equatable, Sendable {
        /// No file and no code: the REPL when stdin is a terminal, else stdin as a script.
        case interactiveOrStdin
        /// `nn FILE.nn` (`-i`: then the REPL; `--pause`: presenter mode).
        case script(path: String, thenREPL: Bool)
        /// `nn -e CODE` (`-i`: then the REPL).
        case code(String, thenREPL: Bool)
        /// `nn -` : standard input as a script, even from a terminal.
        case stdin
        /// `nn -i`: the REPL, even when standard input is not a terminal
        /// (lines are then read plainly, and errors do not stop it).
        case repl
        /// `nn demo …`: the words after `demo`, global flags removed.
        case demo([String])
        /// `nn notebook …`: the words after `notebook`, global flags removed.
        case notebook([String])
        case help
        case version
    }

    public var action: Action
    public var seed: UInt64?
    public var ascii = false
    public var noColor = false
    /// `--pause`: presenter mode (a script, or a demo).
    public var pause = false

    public init(action: Action, seed: UInt64? = nil, ascii: Bool = false, noColor: Bool = false, pause: Bool = false) {
        self.action = action
        self.seed = seed
        self.ascii = ascii
        self.noColor = noColor
        self.pause = pause
    }

    /// Parses the arguments after the program name. Global flags may stand
    /// anywhere; words a subcommand does not share with `nn` (`--save`) are
    /// passed on to it.
    public static func parse(_ arguments: [String]) throws(UsageError) -> CommandLineArguments {
        var result = CommandLineArguments(action: .interactiveOrStdin)
        var positional: [String] = []
        var passedOn: [String] = []  // unknown flags, for a subcommand
        var words: [String] = []  // positional words and unknown flags, in order
        var code: String?
        var interactive = false
        var wantsHelp = false
        var wantsVersion = false
        var index = 0
        var optionsEnded = false

        func value(for flag: String) throws(UsageError) -> String {
            index += 1
            guard index < arguments.count else { throw UsageError("\(flag) expects a value") }
            return arguments[index]
        }

        while index < arguments.count {
            let word = arguments[index]
            defer { index += 1 }
            if optionsEnded || !word.hasPrefix("-") || word == "-" {
                positional.append(word)
                words.append(word)
                continue
            }
            // `--seed=7` is `--seed 7`.
            var flag = word
            var inlineValue: String?
            if word.hasPrefix("--"), let equals = word.firstIndex(of: "=") {
                flag = String(word[..<equals])
                inlineValue = String(word[word.index(after: equals)...])
            }
            switch flag {
            case "--":
                optionsEnded = true
            case "-h", "--help":
                wantsHelp = true
            case "-V", "--version":
                wantsVersion = true
            case "--ascii":
                result.ascii = true
            case "--no-color", "--no-colour":
                result.noColor = true
            case "--pause":
                result.pause = true
            case "-i", "--interactive":
                interactive = true
            case "-e", "--eval":
                let text = if let inlineValue { inlineValue } else { try value(for: flag) }
                guard code == nil else { throw UsageError("-e given twice; put all the code in one -e") }
                code = text
            case "--seed":
                let text = if let inlineValue { inlineValue } else { try value(for: flag) }
                guard let seed = UInt64(text) else {
                    throw UsageError("--seed expects a whole number from 0 to \(UInt64.max), got '\(text)'")
                }
                result.seed = seed
            default:
                passedOn.append(word)
                words.append(word)
            }
        }

        if wantsHelp { result.action = .help; return result }
        if wantsVersion { result.action = .version; return result }

        if code == nil, let first = positional.first, first == "demo" || first == "notebook" {
            // The subcommand sees its own words in their original order.
            let rest = Array(words.drop { $0 != first }.dropFirst())
            result.action = first == "demo" ? .demo(rest) : .notebook(rest)
            return result
        }
        if let unknown = passedOn.first {
            throw UsageError("unknown option '\(unknown)'")
        }
        if let code {
            if let file = positional.first {
                throw UsageError("give either a file or -e CODE, not both (got '\(file)')")
            }
            result.action = .code(code, thenREPL: interactive)
            return result
        }
        if positional.count > 1 {
            throw UsageError("expected one script, got \(positional.count): \(positional.joined(separator: " "))")
        }
        if let file = positional.first {
            if file == "-" {
                if interactive { throw UsageError("-i needs a script file, not '-'") }
                result.action = .stdin
            } else {
                result.action = .script(path: file, thenREPL: interactive)
            }
        } else if interactive {
            result.action = .repl
        }
        if result.pause {
            guard case .script = result.action else {
                throw UsageError("--pause needs a script: nn --pause FILE.nn")
            }
        }
        return result
    }
}

/// A command line `nn` cannot act on; printed with a pointer to `--help`,
/// exit status 2.
public struct UsageError: Error, Equatable, Sendable {
    public var message: String
    /// 2 for a bad command line; 1 when the script itself is broken
    /// (a file that is not UTF-8 text).
    public var exitStatus: Int32
    public init(_ message: String, exitStatus: Int32 = ExitStatus.usage) {
        self.message = message
        self.exitStatus = exitStatus
    }
}
