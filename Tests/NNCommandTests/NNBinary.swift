import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finds the built `nn` executable and runs it with pipes (no terminal).
///
///     let result = try NNBinary.run(["-e", "print(1)"])
///     #expect(result.status == 0 && result.stdout == "1\n")
enum NNBinary {
    /// The `nn` built next to this test bundle (`.build/<triple>/debug/nn`);
    /// `NN_BINARY` overrides it.
    static let path: String? = {
        if let override = ProcessInfo.processInfo.environment["NN_BINARY"], !override.isEmpty {
            return override
        }
        var candidates: [URL] = []
        let me = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        // The test bundle sits in the products folder; on macOS the binary is inside an .xctest bundle.
        var folder = me.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(folder.appendingPathComponent("nn"))
            folder = folder.deletingLastPathComponent()
        }
        var root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for _ in 0..<3 { root = root.deletingLastPathComponent() }
        candidates.append(root.appendingPathComponent(".build/debug/nn"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }?.path
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    struct Missing: Error, CustomStringConvertible {
        var description: String { "the nn executable was not found next to the tests; build it (swift build) or set NN_BINARY" }
    }

    /// Runs nn with `arguments`, feeding `input` on stdin, in `directory`.
    static func run(_ arguments: [String], input: String = "", directory: String? = nil, environment: [String: String] = [:]) throws -> Result {
        guard let path else { throw Missing() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["LANG"] = "C.UTF-8"
        env.removeValue(forKey: "LC_ALL")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Read both pipes while it runs, so a full pipe never blocks it.
        let outData = Reader(stdout.fileHandleForReading), errData = Reader(stderr.fileHandleForReading)
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: outData.text(), stderr: errData.text())
    }

    /// Collects a pipe's bytes on a background thread.
    private final class Reader: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread.detachNewThread { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }
        }

        func text() -> String {
            done.wait()
            return String(decoding: data, as: UTF8.self)
        }
    }
}

/// A temporary folder removed when the test ends.
final class TemporaryFolder {
    let path: String

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("nn-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        path = base.path
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    func read(_ name: String) -> String? {
        try? String(contentsOfFile: path + "/" + name, encoding: .utf8)
    }
}
