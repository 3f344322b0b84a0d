import Language

/// The network built-ins. (Placeholder: its owner fills this family.)
enum NetworkBuiltins {
    static func all(_ session: Session) -> [Builtin] { [] }
}
