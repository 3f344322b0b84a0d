import Language

/// The data built-ins. (Placeholder: its owner fills this family.)
enum DataBuiltins {
    static func all(_ session: Session) -> [Builtin] { [] }
}
