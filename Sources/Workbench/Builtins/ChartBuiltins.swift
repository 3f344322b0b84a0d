import Language

/// The chart built-ins. (Placeholder: its owner fills this family.)
enum ChartBuiltins {
    static func all(_ session: Session) -> [Builtin] { [] }
}
