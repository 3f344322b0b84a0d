import Language

/// The help built-ins. (Placeholder: its owner fills this family.)
enum HelpBuiltins {
    static func all(_ session: Session) -> [Builtin] { [] }
}
