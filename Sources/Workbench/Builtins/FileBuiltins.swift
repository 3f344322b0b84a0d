import Language

/// The file built-ins. (Placeholder: its owner fills this family.)
enum FileBuiltins {
    static func all(_ session: Session) -> [Builtin] { [] }
}
