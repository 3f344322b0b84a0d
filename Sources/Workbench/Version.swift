/// The one place the nn version is written: `nn --version`, the REPL banner
/// and notebooks print it.
///
///     print("nn \(NNVersion.current)")
public enum NNVersion {
    public static let current = "0.1.0"
}
