#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Workbench

/// What the executable learns about its terminal and environment once, at
/// start: which streams are terminals, the window size, the locale, NO_COLOR.
///
///     let terminal = Terminal.detect()
///     let options = terminal.sessionOptions(for: arguments)
struct Terminal {
    var stdinIsTerminal: Bool
    var stdoutIsTerminal: Bool
    var stderrIsTerminal: Bool
    var columns: Int
    var rows: Int
    var utf8Locale: Bool
    var noColorRequested: Bool

    /// Charts are 72 x 18 when output is not a terminal (LANGUAGE.md §7): 26 rows leave 18 for the chart.
    static let defaultColumns = 72
    static let defaultRows = 26

    static func detect() -> Terminal {
        let stdoutIsTerminal = isatty(1) == 1
        var columns = defaultColumns
        var rows = defaultRows
        // Only a terminal's size matters: piped output stays 72 wide so it reads the same everywhere.
        if stdoutIsTerminal {
            if let size = windowSize() {
                (columns, rows) = size
            } else {
                columns = environmentNumber("COLUMNS") ?? defaultColumns
                rows = environmentNumber("LINES") ?? defaultRows
            }
        }
        return Terminal(
            stdinIsTerminal: isatty(0) == 1,
            stdoutIsTerminal: stdoutIsTerminal,
            stderrIsTerminal: isatty(2) == 1,
            columns: columns,
            rows: rows,
            utf8Locale: localeIsUTF8(),
            // A dumb terminal (Emacs shell buffers, some CI logs) shows escape codes as text.
            noColorRequested: !(environment("NO_COLOR") ?? "").isEmpty || environment("TERM") == "dumb"
        )
    }

    /// The terminal's current size (it changes when the window is resized).
    static func windowSize() -> (columns: Int, rows: Int)? {
        for descriptor: Int32 in [1, 0, 2] {
            var size = winsize()
            if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 {
                return (Int(size.ws_col), Int(size.ws_row))
            }
        }
        return nil
    }

    func sessionOptions(for arguments: CommandLineArguments) -> SessionOptions {
        SessionOptions(
            seed: arguments.seed,
            unicode: utf8Locale && !arguments.ascii,
            color: stdoutIsTerminal && !noColorRequested && !arguments.noColor,
            isTerminal: stdoutIsTerminal,
            columns: columns,
            rows: rows
        )
    }

    func errorColor(for arguments: CommandLineArguments) -> Bool {
        stderrIsTerminal && !noColorRequested && !arguments.noColor
    }

    /// LC_ALL overrides LC_CTYPE, which overrides LANG (POSIX); the first set one decides.
    private static func localeIsUTF8() -> Bool {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = environment(name), !value.isEmpty {
                let lowered = value.lowercased()
                return lowered.contains("utf-8") || lowered.contains("utf8")
            }
        }
        return false
    }

    private static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    private static func environmentNumber(_ name: String) -> Int? {
        environment(name).flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
    }
}
