import Language
import NeuralEngine

/// Settings a session starts with, from the command line and the terminal.
public struct SessionOptions: Sendable {
    /// `--seed N`; nil = the generator's fixed default seed.
    public var seed: UInt64?
    /// False with `--ascii`, `charset("ascii")`, or a non-UTF-8 locale.
    public var unicode: Bool
    /// ANSI colour: stdout is a terminal, `NO_COLOR` unset, no `--no-color`.
    public var color: Bool
    /// Standard output is a terminal (progress redrawn in place, charts sized to it).
    public var isTerminal: Bool
    /// The terminal's size, or 72 x 18 + 8 when not a terminal.
    public var columns: Int
    public var rows: Int

    public init(seed: UInt64? = nil, unicode: Bool = true, color: Bool = false, isTerminal: Bool = false, columns: Int = 72, rows: Int = 26) {
        self.seed = seed
        self.unicode = unicode
        self.color = color
        self.isTerminal = isTerminal
        self.columns = columns
        self.rows = rows
    }
}

/// Which characters charts draw with (`charset("braille" | "ascii" | "block")`).
public enum Charset: String, Sendable, CaseIterable {
    case braille, ascii, block
}

/// One nn session: an interpreter with every built-in installed, and the
/// state built-ins share (charset, options). The script runner, the REPL and
/// the notebook each drive one.
///
///     let session = Session(output: sink, options: SessionOptions())
///     session.run(SourceFile(name: "x.nn", text: "print(1)", directory: "."))
public final class Session {
    public let interpreter: Interpreter
    public var options: SessionOptions
    /// Set by `charset(...)`; starts from `options.unicode`.
    public var charset: Charset
    /// Notebook mode: no progress bars, one summary line per training run.
    public var isNotebook = false
    /// This session's random stream, started from `--seed` (or the default
    /// seed); `seed(n)` restarts it. Bound for the duration of each `run`.
    public let random: RandomSource

    public init(output: any OutputSink, options: SessionOptions = SessionOptions()) {
        self.options = options
        self.random = RandomSource(seed: options.seed ?? GlobalRandom.defaultSeed)
        self.charset = options.unicode ? .braille : .ascii
        self.interpreter = Interpreter(output: output)
        interpreter.renderOptions = RenderOptions(
            width: options.columns, height: max(options.rows - 8, 10),
            unicode: options.unicode, color: options.color
        )
        installBuiltins()
    }

    /// Runs source in this session: on a large stack, drawing random numbers
    /// from this session's stream (so `--seed` holds, and sessions side by
    /// side never share a stream). Prefer it to `interpreter.run`. What it
    /// did, statement by statement, is left in `lastRun`.
    @discardableResult
    public func run(_ source: SourceFile, beforeStatement: ((SourceRange) -> Void)? = nil) -> RunOutcome {
        let interpreter = interpreter
        let random = random
        let record = RunRecord(source: source)
        let seen = InterruptSeen()
        let check = interpreter.interruptCheck
        interpreter.interruptCheck = {
            let stop = check()
            if stop { seen.value.store(true, ordering: .relaxed) }
            return stop
        }
        defer { interpreter.interruptCheck = check }
        // A Ctrl-C seen since the last statement started belongs to that statement.
        func settle() {
            if seen.value.exchange(false, ordering: .relaxed) { record.noteInterrupt() }
        }
        // The binding is per thread: make it on the thread the interpreter runs on.
        let outcome = LargeStack.run {
            GlobalRandom.using(random) {
                interpreter.run(source) { range in
                    settle()
                    record.start(range)
                    beforeStatement?(range)
                }
            }
        }
        settle()
        record.outcome = outcome
        lastRun = record
        return outcome
    }

    /// The last run's record (its statements, what stopped it).
    public private(set) var lastRun: RunRecord?

    /// The code of this session that ran without error, input by input, in
    /// order: a script run first (`nn -i`, `q` at a pause), then the REPL's
    /// inputs. `:save` writes it; `:reset` empties it.
    public var transcript: [String] = []

    /// Follows the terminal's size (the REPL asks before each input): charts fit the window.
    public func resize(columns: Int, rows: Int) {
        options.columns = columns
        options.rows = rows
        interpreter.renderOptions.width = columns
        interpreter.renderOptions.height = max(rows - 8, 10)
    }

    private func installBuiltins() {
        interpreter.installCoreBuiltins()
        let families: [[Builtin]] = [
            MathBuiltins.all(self),
            NetworkBuiltins.all(self),
            TrainingBuiltins.all(self),
            DataBuiltins.all(self),
            ChartBuiltins.all(self),
            FileBuiltins.all(self),
            HelpBuiltins.all(self),
        ]
        for builtin in families.joined() { interpreter.define(builtin) }
    }
}
