/// The one place nn's version is written: `nn --version`, the REPL banner
/// and every notebook header read it.
public enum NNVersion {
    public static let current = "0.1.0"
}
