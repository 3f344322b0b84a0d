import Foundation
import Testing
@testable import NeuralEngine

/// Writes `contents` to a fresh temporary folder and returns its path.
func writeCSV(_ contents: String, name: String = "data.csv") throws -> String {
    try writeCSVBytes(Array(contents.utf8), name: name)
}

func writeCSVBytes(_ bytes: [UInt8], name: String = "data.csv") throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nn-data-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
}

/// Loads `contents` as a CSV file and returns the error it reports (failing the test if none).
func loadError(_ contents: String, target: DatasetTarget = .last,
               sourceLocation: SourceLocation = #_sourceLocation) throws -> DataError? {
    try loadError(bytes: Array(contents.utf8), target: target, sourceLocation: sourceLocation)
}

func loadError(bytes: [UInt8], target: DatasetTarget = .last,
               sourceLocation: SourceLocation = #_sourceLocation) throws -> DataError? {
    let path = try writeCSVBytes(bytes)
    do {
        let d = try Dataset.load(path: path, target: target)
        Issue.record("expected an error, loaded \(d.count) examples", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}
