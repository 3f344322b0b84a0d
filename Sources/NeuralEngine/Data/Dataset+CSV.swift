import Foundation

/// Which CSV column holds the targets: by header name, or by index
/// (0-based; negative counts from the end, so -1 is the last column).
public enum DatasetTarget: Sendable, Equatable {
    case name(String)
    case index(Int)

    public static let last = DatasetTarget.index(-1)
}

extension Dataset {
    /// Loads a CSV file with a header row (LANGUAGE.md §5). Every feature
    /// must be a number; a target column of numbers stays numeric, any other
    /// target becomes class labels 0…k-1 in order of first appearance —
    /// except a column of mostly numbers with a few non-numbers, which is
    /// refused as a likely typo (naming the first odd value).
    ///
    ///     let iris = try Dataset.load(path: "iris.csv", target: .name("species"))
    ///
    /// A relative `path` resolves from `directory` (default: the working folder).
    public static func load(path: String, target: DatasetTarget = .last, normalize: Bool = false,
                            relativeTo directory: String? = nil) throws(DataError) -> Dataset {
        guard !path.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw DataError("the path is empty: expected the name of a CSV file, like \"flowers.csv\"", parameter: "path")
        }
        let url = resolve(path, relativeTo: directory)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            var message = "no such file (looked for \(url.path))"
            if url.pathExtension.isEmpty, FileManager.default.fileExists(atPath: url.path + ".csv") {
                message += ": did you mean \"\(path).csv\"?"
            } else if knownNames.contains(path) {
                message += ": for the data set that comes with nn write dataset(\"\(path)\")"
            }
            throw DataError(message, file: path, parameter: "path")
        }
        guard !isFolder.boolValue else {
            throw DataError("this is a folder, not a CSV file", file: path, parameter: "path")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DataError("the file cannot be read (check its permissions)", file: path, parameter: "path")
        }
        let name = url.deletingPathExtension().lastPathComponent
        let dataset = try parseCSV([UInt8](data), file: path, name: name, target: target)
        return normalize ? dataset.normalized() : dataset
    }

    /// The file URL a user's path names: `~` expanded, relative paths taken from `directory`.
    static func resolve(_ path: String, relativeTo directory: String?) -> URL {
        let expanded = (path as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded).standardizedFileURL }
        let base = directory ?? FileManager.default.currentDirectoryPath
        return URL(fileURLWithPath: base, isDirectory: true).appendingPathComponent(expanded).standardizedFileURL
    }

    /// Builds a data set from CSV bytes; `file` is the name errors show.
    public static func parseCSV(_ bytes: [UInt8], file: String, name: String = "data",
                                target: DatasetTarget = .last) throws(DataError) -> Dataset {
        var records = try CSVReader.parse(bytes, file: file)
        guard let header = records.first else {
            throw DataError("the file is empty: expected a header row, then rows of data", file: file)
        }
        dropTrailingEmptyColumns(&records)
        let names = records[0].fields
        guard records.count > 1 else {
            throw DataError("the file has a header row but no rows of data", file: file, line: header.line)
        }
        if names.allSatisfy({ DecimalNumber.parse($0) != nil }) {
            let shown = names.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ")
            throw DataError("expected a header row of column names, found numbers (\(shown)\(names.count > 3 ? ", …" : "")): add a header row",
                            file: file, line: header.line)
        }
        guard names.count >= 2 else {
            var message = "expected at least 2 columns (features and a target), found 1 (\(shown(names[0])))"
            if let separator = [(";", "semicolons"), ("\t", "tabs")].first(where: { names[0].contains($0.0) }) {
                message += ": the columns seem separated by \(separator.1); save the file with commas between values"
            }
            throw DataError(message, file: file, line: header.line)
        }
        let targetColumn = try column(of: target, in: names, file: file)
        let rows = records.dropFirst()
        let featureColumns = names.indices.filter { $0 != targetColumn }
        // A file without a header would lose its first example silently: its
        // "names" are numbers, and its target is a label the data repeats.
        if featureColumns.allSatisfy({ DecimalNumber.parse(names[$0]) != nil }),
           let again = rows.first(where: { $0.fields.indices.contains(targetColumn) && $0.fields[targetColumn] == names[targetColumn] }) {
            let shown = names.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ")
            throw DataError("expected a header row of column names, found a row of data (\(shown)\(names.count > 3 ? ", …" : ""); \(Dataset.shown(names[targetColumn])) is a value again on line \(again.line)): add a header row",
                            file: file, line: header.line)
        }
        // A repeated header name cannot tell the user which column is meant: the number does.
        var uses: [String: Int] = [:]
        for name in names { uses[name, default: 0] += 1 }
        let placeNames = names.map { uses[$0] == 1 ? $0 : "" }
        guard rows.count * featureColumns.count <= Tensor.maxElements else {
            throw DataError("too large: \(rows.count) rows of \(featureColumns.count) features is more than \(Tensor.maxElements) numbers", file: file)
        }

        var x: [Double] = []
        x.reserveCapacity(rows.count * featureColumns.count)
        var targets: [String] = []
        targets.reserveCapacity(rows.count)
        for row in rows {
            guard row.fields.count == names.count else {
                throw DataError("expected \(names.count) fields, found \(row.fields.count)", file: file, line: row.line)
            }
            for j in featureColumns {
                let text = row.fields[j]
                guard let value = DecimalNumber.parse(text) else {
                    var message = notANumber(text)
                    let column = rows.filter { $0.fields.count == names.count }.map { $0.fields[j] }
                    if message == "\(shown(text)) is not a number", column.count >= 2,
                       !column.contains(where: { DecimalNumber.parse($0) != nil }) {
                        // A whole column of text (names, ids, categories) beside the target: say what to do.
                        let which = placeNames[j].isEmpty ? "\(j)" : Dataset.shown(names[j])
                        message += "; the column holds text in every row, and only the target may: remove the column, or choose it with target=\(which)"
                    }
                    throw DataError(message, file: file, line: row.line, column: j + 1, columnName: placeNames[j])
                }
                x.append(value)
            }
            let label = row.fields[targetColumn]
            guard !label.isEmpty else {
                throw DataError("the target is empty", file: file, line: row.line,
                                column: targetColumn + 1, columnName: placeNames[targetColumn])
            }
            targets.append(label)
        }

        // A target column of mostly numbers with a few words is far more
        // likely a typo than class labels: refuse it rather than make
        // hundreds of classes out of a regression target.
        let numeric = targets.map { DecimalNumber.parse($0) != nil }
        let numberCount = numeric.filter { $0 }.count
        if numberCount < targets.count, numberCount * 2 > targets.count,
           let odd = numeric.firstIndex(of: false) {
            let row = rows[rows.startIndex + odd]
            throw DataError("\(notANumber(targets[odd])), but most targets in this column are numbers: fix the value, or write every label as text",
                            file: file, line: row.line, column: targetColumn + 1, columnName: placeNames[targetColumn])
        }
        let (y, classes) = encodeTargets(targets)
        return Dataset(name: name, x: Tensor(rows: rows.count, cols: featureColumns.count, x), y: y,
                       classes: classes, featureNames: featureColumns.enumerated().map { feature, column in
                           // An unnamed column is named as d.x indexes it (x0, x1, …), never left blank.
                           names[column].isEmpty ? "x\(feature)" : names[column]
                       })
    }

    /// Removes columns at the end with no name and no value in any row: the
    /// trailing comma spreadsheets often write. They hold no data, and kept
    /// they would become the default target.
    static func dropTrailingEmptyColumns(_ records: inout [CSVReader.Record]) {
        var width = records[0].fields.count
        while width > 1, records.allSatisfy({ $0.fields.count == width && $0.fields[width - 1].isEmpty }) {
            width -= 1
        }
        guard width < records[0].fields.count else { return }
        for r in records.indices { records[r].fields.removeLast(records[r].fields.count - width) }
    }

    /// A numeric target stays numeric; otherwise labels 0…k-1 in order of first appearance.
    static func encodeTargets(_ targets: [String]) -> (Tensor, [String]) {
        let numbers = targets.compactMap(DecimalNumber.parse)
        if numbers.count == targets.count { return (Tensor(numbers), []) }
        var classes: [String] = []
        var index: [String: Int] = [:]
        var y: [Double] = []
        y.reserveCapacity(targets.count)
        for label in targets {
            if let k = index[label] {
                y.append(Double(k))
            } else {
                index[label] = classes.count
                y.append(Double(classes.count))
                classes.append(label)
            }
        }
        return (Tensor(y), classes)
    }

    private static func column(of target: DatasetTarget, in names: [String], file: String) throws(DataError) -> Int {
        switch target {
        case .index(let i):
            let k = names.count
            guard i >= -k, i < k else {
                throw DataError("target index \(i) is out of range: the file has \(k) columns (0…\(k - 1), or -\(k)…-1 from the end)",
                                file: file, parameter: "target")
            }
            return i < 0 ? k + i : i
        case .name(let name):
            let matches = names.indices.filter { names[$0] == name }
            if matches.count == 1 { return matches[0] }
            if matches.count > 1 {
                throw DataError("the column name \"\(name)\" appears \(matches.count) times (columns \(matches.map { String($0) }.joined(separator: ", "))): give the target as an index",
                                file: file, parameter: "target")
            }
            let listed = names.map { "\"\($0)\"" }.joined(separator: ", ")
            var message = "no column named \"\(name)\"; the columns are \(listed)"
            if let near = names.first(where: { $0.lowercased() == name.lowercased() }) {
                message += " (did you mean \"\(near)\"?)"
            }
            throw DataError(message, file: file, parameter: "target")
        }
    }
}
