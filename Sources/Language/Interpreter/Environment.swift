/// The variables of one function call (or the globals, at the root). Blocks
/// share their function's environment (LANGUAGE.md §3: they open no scope).
final class Environment {
    var values: [String: Value] = [:]
    let parent: Environment?

    init(parent: Environment?) {
        self.parent = parent
    }

    /// The nearest environment, this one or an enclosing one, that holds `name`.
    func owner(of name: String) -> Environment? {
        var env: Environment? = self
        while let e = env {
            if e.values[name] != nil { return e }
            env = e.parent
        }
        return nil
    }
}

/// What a user function value carries: its declaration, the environment it
/// closes over, and the source it was written in (for error snippets).
final class Closure {
    let decl: FunctionDecl
    let env: Environment
    let source: SourceFile

    init(decl: FunctionDecl, env: Environment, source: SourceFile) {
        self.decl = decl
        self.env = env
        self.source = source
    }
}

/// The values a `for` loop visits, by position.
enum LoopSequence {
    case items([Value])
    case range(start: Double, step: Double, count: Int)

    var count: Int {
        switch self {
        case .items(let items): items.count
        case .range(_, _, let count): count
        }
    }

    func item(_ i: Int) -> Value {
        switch self {
        case .items(let items): items[i]
        case .range(let start, let step, _): .number(start + Double(i) * step)
        }
    }
}

/// How a statement list finished.
enum Flow {
    case normal
    case breakLoop
    case continueLoop
    case returned(Value)
}

/// A runtime error with its place, before it becomes a `Diagnostic`.
struct RuntimeError: Error {
    var message: String
    var range: SourceRange
    var source: SourceFile
    var label: String?
    var notes: [String]

    var diagnostic: Diagnostic {
        Diagnostic(.error, message, source: source, range: range, label: label, notes: notes)
    }
}

/// Why evaluation unwinds: an error, or Ctrl-C at a safe point.
enum Unwind: Error {
    case error(RuntimeError)
    case interrupted(SourceRange, SourceFile)
}

/// One active user-function call, for the call chain in error notes.
struct Frame {
    var name: String
    var callSite: SourceRange
    var callerSource: SourceFile
}
