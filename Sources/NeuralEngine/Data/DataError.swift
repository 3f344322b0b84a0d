/// Why a data set could not be loaded, made or cut: the file, the line and
/// column (or column name) when there is one, and what was expected and found.
///
///     do { _ = try Dataset.load(path: "iris.csv") }
///     catch { print(error) }   // iris.csv, line 9, column "petal_width": "abc" is not a number
public struct DataError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's name as the user gave it (nil for errors not about a file).
    public var file: String?
    /// 1-based line in the file (the line a record starts on).
    public var line: Int?
    /// 1-based field number within the record.
    public var column: Int?
    /// The header's name for `column`, when known.
    public var columnName: String?
    /// The wording: lower-case, no final period.
    public var message: String
    /// The parameter at fault (`"n"`, `"fraction"`, `"target"`…), so a host
    /// can point at the argument the user wrote.
    public var parameter: String?

    public init(_ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil,
                columnName: String? = nil, parameter: String? = nil) {
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.columnName = columnName
        self.parameter = parameter
    }

    /// `line 9, column "petal_width"`, `line 17`, or "" when there is no place.
    public var place: String {
        var parts: [String] = []
        if let line { parts.append("line \(line)") }
        if let columnName, !columnName.isEmpty {
            parts.append("column \"\(columnName)\"")
        } else if let column {
            parts.append("column \(column)")
        }
        return parts.joined(separator: ", ")
    }

    /// `iris.csv, line 9, column "petal_width": "abc" is not a number`.
    public var description: String {
        var prefix: [String] = []
        if let file { prefix.append(file) }
        if !place.isEmpty { prefix.append(place) }
        return prefix.isEmpty ? message : prefix.joined(separator: ", ") + ": " + message
    }
}
