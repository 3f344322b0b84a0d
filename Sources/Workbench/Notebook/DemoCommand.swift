import Foundation
import Language

/// `nn demo` (list the lecture demos), `nn demo NAME` (run one),
/// `nn demo NAME --save` (write its source to the current folder).
///
///     let status = DemoCommand.run(["first-network"], context: context)
///
/// `arguments` are the words after `demo`, with nn's own flags (`--seed`,
/// `--ascii`, `--no-color`, `--pause`) already taken into `context`.
public enum DemoCommand {
    public static func run(_ arguments: [String], context: CommandContext) -> Int32 {
        let save = arguments.contains("--save")
        let words = arguments.filter { $0 != "--save" }
        if let unknown = words.first(where: { $0.hasPrefix("-") }) {
            StandardStream.error.write("nn demo: unknown option '\(unknown)'; use `nn demo NAME` or `nn demo NAME --save`\n")
            return ExitStatus.usage
        }
        guard let name = words.first else {
            if save {
                StandardStream.error.write("nn demo: --save needs a demo name, e.g. `nn demo first-network --save`\n")
                return ExitStatus.usage
            }
            StandardStream.output.write(DemoCatalog.listing() + "\n")
            return ExitStatus.success
        }
        guard words.count == 1 else {
            StandardStream.error.write("nn demo: one demo at a time, got \(words.joined(separator: " "))\n")
            return ExitStatus.usage
        }
        let demo: Demo
        do {
            demo = try DemoCatalog.demo(named: name)
        } catch {
            StandardStream.error.write("nn demo: \(error.message)\n")
            return ExitStatus.usage
        }
        return save ? saveDemo(demo) : runDemo(demo, context: context)
    }

    private static func runDemo(_ demo: Demo, context: CommandContext) -> Int32 {
        let source = SourceFile(name: demo.fileName, text: demo.source, directory: FileManager.default.currentDirectoryPath)
        // A demo shows each statement before its output, as at the prompt,
        // so a student can tell which number answers which line.
        // Without a terminal to wait on, `--pause` changes nothing: the demo
        // still shows its statements.
        return PresenterCommand.run(source, context: context, pausing: context.pause && context.stdinIsTerminal)
    }

    /// Copies the demo into the working folder, never over an existing file.
    private static func saveDemo(_ demo: Demo) -> Int32 {
        do {
            try save(demo, into: FileManager.default.currentDirectoryPath)
        } catch {
            StandardStream.error.write("nn demo: \(error.message)\n")
            return ExitStatus.scriptError
        }
        StandardStream.output.write("wrote \(demo.fileName); run it with `nn \(demo.fileName)`\n")
        return ExitStatus.success
    }

    /// Writes `demo`'s source into `directory` as its file name, refusing
    /// to replace a file already there (it may be the student's edited copy).
    ///
    ///     let path = try DemoCommand.save(demo, into: "/tmp/lesson")
    @discardableResult
    public static func save(_ demo: Demo, into directory: String) throws(DemoError) -> String {
        let path = directory.hasSuffix("/") ? directory + demo.fileName : directory + "/" + demo.fileName
        if FileManager.default.fileExists(atPath: path) {
            throw DemoError("\(demo.fileName) already exists here; remove or rename it first")
        }
        do {
            try demo.source.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw DemoError("cannot write \(demo.fileName): \(error.localizedDescription)")
        }
        return path
    }
}
