import Foundation
import Language

/// Turns script files and standard input into sources and runs them in a
/// session, with Ctrl-C wired to the interrupt flag.
///
///     let source = try ScriptRunner.loadScript(atPath: "lesson.nn")
///     let outcome = ScriptRunner.run(source, in: session)
public enum ScriptRunner {
    /// Reads a script. Its name is the path as given (errors print it); its
    /// directory is the script's folder, so relative paths inside resolve from there.
    public static func loadScript(atPath path: String) throws(UsageError) -> SourceFile {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw UsageError("cannot open '\(path)': no such file")
        }
        guard !isFolder.boolValue else {
            throw UsageError("'\(path)' is a folder, not a script")
        }
        // A file handle reads pipes and devices too (`nn <(make-script)`, `/dev/stdin`).
        guard let handle = FileHandle(forReadingAtPath: path),
              let data = try? handle.readToEnd() ?? Data() else {
            let reason = FileManager.default.isReadableFile(atPath: path) ? "it could not be read" : "permission denied"
            throw UsageError("cannot read '\(path)': \(reason)")
        }
        try? handle.close()
        let text = try decode(data, name: path)
        return SourceFile(name: path, text: text, directory: folder(of: path))
    }

    /// Everything on standard input, as the script `<stdin>` run from the working folder.
    public static func readStandardInput() throws(UsageError) -> SourceFile {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        return SourceFile(name: "<stdin>", text: try decode(data, name: "standard input"), directory: ".")
    }

    /// `nn -e CODE`: the code as the source `<code>`, run from the working folder.
    public static func commandLineCode(_ code: String) -> SourceFile {
        SourceFile(name: "<code>", text: code, directory: ".")
    }

    /// Runs a whole source (parsed first; nothing runs if it has syntax
    /// errors; the interpreter runs it on a large stack). A Ctrl-C that came
    /// too late to stop it is forgotten afterwards; one pressed just before
    /// it started (after Enter) still stops it.
    public static func run(_ source: SourceFile, in session: Session, beforeStatement: ((SourceRange) -> Void)? = nil) -> RunOutcome {
        (session.interpreter.output as? StandardSink)?.acknowledgeInterrupts()
        let outcome = session.run(source, beforeStatement: beforeStatement)
        Interrupt.clear()
        return outcome
    }

    /// The folder a script's relative paths resolve from: `lessons/xor.nn` → `lessons`, `xor.nn` → `.`.
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    private static func decode(_ data: Data, name: String) throws(UsageError) -> String {
        guard var text = String(validating: data, as: UTF8.self) else {
            let (line, column, byte) = firstInvalidUTF8(data)
            let message = String(format: "%@:%d:%d: the script is not UTF-8 text (byte 0x%02X); save it as UTF-8",
                                 name, line, column, byte)
            // The line as best it reads, the byte under the caret, as every error shows its place.
            let place = SourcePosition(offset: 0, line: line, column: column)
            let shown = Diagnostic(.error, message, source: SourceFile(name: name, text: String(decoding: data, as: UTF8.self), directory: "."),
                                   range: SourceRange(start: place, end: place))
            let snippet = DiagnosticRenderer().render(shown).split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2)
            throw UsageError(([message] + snippet.dropLast().map(String.init)).joined(separator: "\n"), exitStatus: ExitStatus.scriptError)
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }  // a byte-order mark some editors add
        return text
    }

    /// The 1-based line and column (in characters) of the first byte that
    /// is not valid UTF-8, and that byte.
    private static func firstInvalidUTF8(_ data: Data) -> (line: Int, column: Int, byte: UInt8) {
        let bytes = [UInt8](data)
        var line = 1, column = 1, i = 0
        while i < bytes.count {
            let lead = bytes[i]
            let length = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
            guard length > 0, i + length <= bytes.count,
                  String(validating: bytes[i..<(i + length)], as: UTF8.self) != nil
            else { return (line, column, lead) }
            if lead == 0x0A { line += 1; column = 1 } else { column += 1 }
            i += length
        }
        return (line, column, 0)
    }
}
