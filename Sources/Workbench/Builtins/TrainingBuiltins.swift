import Language

/// The training built-ins. (Placeholder: its owner fills this family.)
enum TrainingBuiltins {
    static func all(_ session: Session) -> [Builtin] { [] }
}
