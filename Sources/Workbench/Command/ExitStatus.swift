import Language

/// The exit statuses of `nn`.
///
///     exit(ExitStatus.for(outcome))
public enum ExitStatus {
    public static let success: Int32 = 0
    /// A syntax or runtime error in the script.
    public static let scriptError: Int32 = 1
    /// Bad usage: an unknown flag, a missing file.
    public static let usage: Int32 = 2
    /// Stopped by Ctrl-C (128 + SIGINT, as shells report it).
    public static let interrupted: Int32 = 130

    public static func `for`(_ outcome: RunOutcome) -> Int32 {
        switch outcome {
        case .success: success
        case .syntaxErrors, .runtimeError: scriptError
        case .interrupted: interrupted
        }
    }
}
