import Foundation

/// One lecture demo: a `.nn` script shipped inside the package, e.g.
/// `03-first-network.nn`, known as `first-network` (or `3`, or `03`).
public struct Demo: Sendable {
    /// The file name without the number and extension: `first-network`.
    public var name: String
    /// The number of the part of the course: 3.
    public var number: Int
    /// The file name: `03-first-network.nn`.
    public var fileName: String
    /// The script's text.
    public var source: String

    /// The first prose line, without `##`: "The first network: XOR — الشبكة العصبية الأولى".
    public var title: String {
        for line in source.split(separator: "\n") {
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            if trimmed.hasPrefix("##") {
                return trimmed.dropFirst(2).trimmingCharacters(in: .whitespaces)
            }
        }
        return name
    }
}

/// The demos bundled with nn (the folder `scripts/` links to), found from
/// any working folder.
///
///     let demo = try DemoCatalog.demo(named: "first-network")
public enum DemoCatalog {
    /// Every demo, in course order.
    public static func all() -> [Demo] {
        guard let folder = demosFolder,
              let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        return files.filter { $0.hasSuffix(".nn") }.sorted().compactMap { file in
            guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) else {
                return nil
            }
            let stem = String(file.dropLast(3))
            let digits = stem.prefix(while: \.isNumber)
            let name = digits.isEmpty ? stem : String(stem.dropFirst(digits.count + 1))
            return Demo(name: name, number: Int(digits) ?? 0, fileName: file, source: text)
        }
    }

    /// The demos shipped beside the executable, or else (a binary copied out
    /// of its build folder) in the source tree it was built from. Only asks
    /// `Bundle.module` once its folder is known to exist: its accessor stops
    /// the program when the bundle is missing.
    static let demosFolder: URL? = {
        #if os(Linux) || os(Windows)
        let bundleName = "nn_Workbench.resources"
        #else
        let bundleName = "nn_Workbench.bundle"
        #endif
        let beside = Bundle.main.bundleURL.appendingPathComponent(bundleName)
        if FileManager.default.fileExists(atPath: beside.path),
           let folder = Bundle.module.url(forResource: "Demos", withExtension: nil) {
            return folder
        }
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Demos")
        return FileManager.default.fileExists(atPath: sources.path) ? sources : nil
    }()

    /// The demo called `name`: its name (`first-network`), number (`3`,
    /// `03`) or file name (`03-first-network.nn`).
    public static func demo(named query: String) throws(DemoError) -> Demo {
        let demos = all()
        guard !demos.isEmpty else { throw DemoError(missingMessage) }
        let wanted = query.hasSuffix(".nn") ? String(query.dropLast(3)) : query
        if let found = demos.first(where: {
            $0.name == wanted || $0.fileName == wanted + ".nn" || (Int(wanted) != nil && Int(wanted) == $0.number)
        }) {
            return found
        }
        // A part of a name is enough when only one demo has it: `nn demo ocr`, `nn demo deep`.
        let starting = demos.filter { $0.name.hasPrefix(wanted) }
        let containing = demos.filter { $0.name.contains(wanted) }
        if !wanted.isEmpty, let found = starting.count == 1 ? starting.first : containing.count == 1 ? containing.first : nil {
            return found
        }
        let message = "no demo named '\(query)'"
        if !wanted.isEmpty, containing.count > 1 {
            throw DemoError(message + " — it could be \(containing.map { "'\($0.name)'" }.joined(separator: " or "))")
        }
        if let close = Suggestion.closest(to: wanted, among: demos.map(\.name)) {
            throw DemoError(message + " — did you mean '\(close)'? `nn demo` lists them all")
        }
        throw DemoError(message + "; `nn demo` lists them: \(demos.map(\.name).joined(separator: ", "))")
    }

    static let missingMessage = "the lecture demos were not found: nn looks for its resource folder next to the executable; run it from its build folder (swift run nn demo)"

    /// The listing `nn demo` prints: one line per demo.
    public static func listing() -> String {
        let demos = all()
        guard !demos.isEmpty else { return missingMessage }
        let width = demos.map(\.name.count).max() ?? 0
        var lines = ["lecture demos (run one with `nn demo NAME`, copy it here to edit with `nn demo NAME --save`):"]
        for demo in demos {
            let padded = demo.name.padding(toLength: width, withPad: " ", startingAt: 0)
            lines.append(String(format: "  %2d  ", demo.number) + padded + "  " + demo.title)
        }
        return lines.joined(separator: "\n")
    }
}

/// A demo that cannot be found or saved.
public struct DemoError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
