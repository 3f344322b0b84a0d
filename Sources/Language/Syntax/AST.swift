/// An expression node with the source range it covers.
///
///     Expr(.binary(.add, one, two), range)   // 1 + 2
struct Expr {
    var kind: ExprKind
    var range: SourceRange
    /// Nesting depth of the tree below (1 for a leaf); the parser refuses
    /// trees deep enough to exhaust the evaluator's stack.
    var depth: Int

    init(_ kind: ExprKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
        self.depth = 1 + kind.children.reduce(0) { max($0, $1.depth) }
    }
}

indirect enum ExprKind {
    case number(Double)
    case string(String)
    case bool(Bool)
    case none
    case list([Expr])
    case name(String)
    case negate(Expr)
    case not(Expr)
    case binary(BinaryOperator, Expr, Expr)
    case and(Expr, Expr)
    case or(Expr, Expr)
    case call(Expr, [Argument])
    case index(Expr, Expr)
    /// `base[from:to]`, either bound left out, as in Python.
    case slice(Expr, Expr?, Expr?)
    case field(Expr, String)

    var children: [Expr] {
        switch self {
        case .number, .string, .bool, .none, .name: []
        case .list(let items): items
        case .negate(let e), .not(let e), .field(let e, _): [e]
        case .binary(_, let a, let b), .and(let a, let b), .or(let a, let b), .index(let a, let b): [a, b]
        case .call(let callee, let args): [callee] + args.map(\.value)
        case .slice(let base, let from, let to): [base] + [from, to].compactMap { $0 }
        }
    }
}

/// `value` or `label=value` in a call.
struct Argument {
    var label: String?
    var value: Expr
    /// The whole argument, `epochs=-5` included, for error carets.
    var range: SourceRange
}

/// A statement node with its range.
struct Stmt {
    var kind: StmtKind
    var range: SourceRange
}

indirect enum StmtKind {
    /// A bare expression; `isCommand` when written `plot h`.
    case expression(Expr, isCommand: Bool)
    /// `target = value`; the target is a name, an index or a field chain.
    case assign(Expr, Expr)
    /// `a, b = value`.
    case destructure([(name: String, range: SourceRange)], Expr)
    case function(FunctionDecl)
    case `if`([(condition: Expr, body: [Stmt])], elseBody: [Stmt]?)
    case `for`(name: String, nameRange: SourceRange, sequence: Expr, body: [Stmt])
    case `while`(Expr, [Stmt])
    case `return`(Expr?)
    case `break`
    case `continue`
}

/// `fn name(params) { body }`. A class so closures share one declaration.
final class FunctionDecl {
    let name: String
    let nameRange: SourceRange
    let parameters: [String]
    let body: [Stmt]

    init(name: String, nameRange: SourceRange, parameters: [String], body: [Stmt]) {
        self.name = name
        self.nameRange = nameRange
        self.parameters = parameters
        self.body = body
    }
}
