/// A place in a source file: byte offset into the text's UTF-8, 1-based line
/// and column (column counted in Unicode scalars, so an Arabic name is as
/// wide as it looks).
public struct SourcePosition: Hashable, Sendable, Comparable {
    public var offset: Int
    public var line: Int
    public var column: Int

    public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool { a.offset < b.offset }
}

/// The half-open span `start..<end` that a token, node or error covers.
public struct SourceRange: Hashable, Sendable {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }
}

/// A named text being lexed and run: a script file, a `-e` argument, one
/// REPL input. The name is what errors print (`lesson.nn`, `<repl>`, `<stdin>`).
public struct SourceFile: Sendable {
    public var name: String
    public var text: String
    /// The folder relative paths in this source resolve from (a script's own
    /// folder; the working folder for the REPL and `-e`).
    public var directory: String

    public init(name: String, text: String, directory: String) {
        self.name = name
        self.text = text
        self.directory = directory
    }

    /// The text of 1-based line `n`, without its line ending ("" when out of range).
    public func line(_ n: Int) -> String {
        // Split on scalars: "\r\n" is one Character, so a Character split would miss it.
        var current = 1
        for line in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == n { return String(String.UnicodeScalarView(line.last == "\r" ? line.dropLast() : line)) }
            current += 1
        }
        return ""
    }
}
