import Foundation
import Synchronization

extension Dataset {
    /// The data sets shipped with nn: the logic gates and two classic files.
    public static let bundledNames = ["xor", "and", "or", "iris", "digits"]

    /// A bundled data set by name (nil when the name is not bundled).
    ///
    ///     let digits = try Dataset.bundled("digits")   // 1797 x 64, classes "0"…"9"
    public static func bundled(_ name: String) throws(DataError) -> Dataset? {
        let inputs = Tensor(rows: 4, cols: 2, [0, 0, 0, 1, 1, 0, 1, 1])
        let gate = { (y: [Double]) in
            Dataset(name: name, x: inputs, y: Tensor(y), classes: ["0", "1"], featureNames: ["x0", "x1"])
        }
        switch name {
        case "xor": return gate([0, 1, 1, 0])
        case "and": return gate([0, 0, 0, 1])
        case "or": return gate([0, 1, 1, 1])
        case "iris", "digits": break
        default: return nil
        }
        if let cached = cache.withLock({ $0[name] }) { return cached }
        var dataset = try parseCSV(try resourceBytes(name), file: "\(name).csv", name: name)
        if name == "digits" {
            // The file's target holds the digit itself: numeric, but the classes are the ten digits.
            dataset.classes = (0...9).map(String.init)
        }
        cache.withLock { $0[name] = dataset }
        return dataset
    }

    /// Parsing digits.csv takes a few milliseconds; a lesson asks for it often.
    private static let cache = Mutex<[String: Dataset]>([:])

    /// The bytes of `Resources/<name>.csv`. SwiftPM's `Bundle.module` stops the
    /// program when its bundle is missing (an executable copied away from
    /// its build folder), so it is used only once its bundle is known to be
    /// there; otherwise the package's source folder is tried, then an error.
    private static func resourceBytes(_ name: String) throws(DataError) -> [UInt8] {
        let fileManager = FileManager.default
        let besideExecutable = ["nn_NeuralEngine.resources", "nn_NeuralEngine.bundle"].map {
            Bundle.main.bundleURL.appendingPathComponent($0).path
        }
        var candidates: [URL] = []
        if besideExecutable.contains(where: { fileManager.fileExists(atPath: $0) }),
           let url = Bundle.module.url(forResource: name, withExtension: "csv") {
            candidates.append(url)
        }
        let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(sourceFolder.appendingPathComponent("Resources/\(name).csv"))
        for url in candidates {
            if let data = fileManager.contents(atPath: url.path) { return [UInt8](data) }
        }
        throw DataError("the bundled file \(name).csv is missing: nn_NeuralEngine.resources should sit next to the nn executable",
                        file: "\(name).csv")
    }
}
