import Foundation
@testable import NeuralEngine

enum TrainingData {
    static func logic(_ gate: String) -> Dataset {
        let x = Tensor(rows: 4, cols: 2, [0, 0, 0, 1, 1, 0, 1, 1])
        let y: [Double]
        switch gate {
        case "and": y = [0, 0, 0, 1]
        case "or": y = [0, 1, 1, 1]
        default: y = [0, 1, 1, 0]
        }
        return Dataset(name: gate, x: x, y: Tensor(y))
    }

    /// Iris from the bundled CSV, parsed simply, features standardized.
    static func iris() throws -> Dataset {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/NeuralEngine/Resources/iris.csv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
        var x = [Double](), y = [Double](), names = [String]()
        for line in lines {
            let fields = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == 5 else { continue }
            x += fields[0..<4].compactMap(Double.init)
            if !names.contains(fields[4]) { names.append(fields[4]) }
            y.append(Double(names.firstIndex(of: fields[4])!))
        }
        let m = y.count
        for j in 0..<4 {
            let column = (0..<m).map { x[$0 * 4 + j] }
            let mean = column.reduce(0, +) / Double(m)
            let sd = (column.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(m)).squareRoot()
            for i in 0..<m { x[i * 4 + j] = (x[i * 4 + j] - mean) / sd }
        }
        return Dataset(name: "iris", x: Tensor(rows: m, cols: 4, x), y: Tensor(y), classes: names)
    }
}
