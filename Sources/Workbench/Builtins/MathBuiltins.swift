import Language

/// The math built-ins. (Placeholder: its owner fills this family.)
enum MathBuiltins {
    static func all(_ session: Session) -> [Builtin] { [] }
}
