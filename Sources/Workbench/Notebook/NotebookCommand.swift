import Foundation
import Language

/// `nn notebook FILE.nn [-o FILE.md]`: runs a script and prints it as
/// Markdown (or writes it to FILE.md). A demo's name works as well as a path:
/// `nn notebook backprop`.
///
///     let status = NotebookCommand.run(["lesson.nn", "-o", "lesson.md"], context: context)
public enum NotebookCommand {
    public static func run(_ arguments: [String], context: CommandContext) -> Int32 {
        var input: String?
        var output: String?
        var words = arguments[...]
        while let word = words.popFirst() {
            switch word {
            case "-o", "--output":
                guard let path = words.popFirst() else {
                    StandardStream.error.write("nn notebook: -o needs a file name, e.g. -o lesson.md\n")
                    return ExitStatus.usage
                }
                output = path
            case _ where word.hasPrefix("-"):
                StandardStream.error.write("nn notebook: unknown option '\(word)'; usage: nn notebook FILE.nn [-o FILE.md]\n")
                return ExitStatus.usage
            default:
                guard input == nil else {
                    StandardStream.error.write("nn notebook: one script at a time; usage: nn notebook FILE.nn [-o FILE.md]\n")
                    return ExitStatus.usage
                }
                input = word
            }
        }
        guard let input else {
            StandardStream.error.write("nn notebook: which script? usage: nn notebook FILE.nn [-o FILE.md]\n")
            return ExitStatus.usage
        }

        let source: SourceFile
        if !FileManager.default.fileExists(atPath: input), let demo = try? DemoCatalog.demo(named: input) {
            source = SourceFile(name: demo.fileName, text: demo.source, directory: FileManager.default.currentDirectoryPath)
        } else {
            do {
                source = try ScriptRunner.loadScript(atPath: input)
            } catch {
                StandardStream.error.write(Usage.errorText(error))
                return ExitStatus.usage
            }
        }

        if let output, let refusal = refusal(toWrite: output, from: input) {
            StandardStream.error.write("nn notebook: \(refusal)\n")
            return ExitStatus.usage
        }

        let result = NotebookWriter(options: context.options).render(source)
        if let output {
            do {
                try result.markdown.write(toFile: output, atomically: true, encoding: .utf8)
            } catch {
                StandardStream.error.write("nn notebook: cannot write \(output): \(Self.reason(error))\n")
                return ExitStatus.scriptError
            }
            StandardStream.error.write("wrote \(output)\n")
        } else {
            StandardStream.output.write(result.markdown)
        }
        return ExitStatus.for(result.outcome)
    }

    /// Why `-o output` must not be written, if it must not: it is the script
    /// being rendered (under any spelling of its path), or another script.
    /// Rewriting a Markdown file from its script is the point of `-o`.
    static func refusal(toWrite output: String, from input: String) -> String? {
        let manager = FileManager.default
        let folder = URL(fileURLWithPath: output).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            return "cannot write \(output): there is no folder \(folder)"
        }
        var outputIsFolder: ObjCBool = false
        guard manager.fileExists(atPath: output, isDirectory: &outputIsFolder) else { return nil }
        if outputIsFolder.boolValue {
            return "-o \(output) is a folder; give a file name, e.g. -o \(markdownName(for: input))"
        }
        if manager.fileExists(atPath: input), sameFile(output, input) {
            return "-o \(output) is the script itself; write the notebook to a .md file, e.g. -o \(markdownName(for: input))"
        }
        if output.hasSuffix(".nn") {
            return "-o \(output) would overwrite a script; write the notebook to a .md file, e.g. -o \(markdownName(for: input))"
        }
        return nil
    }

    private static func sameFile(_ a: String, _ b: String) -> Bool {
        let manager = FileManager.default
        let resolved = { (path: String) in URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path }
        if resolved(a) == resolved(b) { return true }
        // Hard links and bind mounts: the same file under two paths.
        guard let x = try? manager.attributesOfItem(atPath: a), let y = try? manager.attributesOfItem(atPath: b),
              let xNode = (x[.systemFileNumber] as? NSNumber)?.uint64Value,
              let yNode = (y[.systemFileNumber] as? NSNumber)?.uint64Value,
              let xDevice = (x[.systemNumber] as? NSNumber)?.uint64Value,
              let yDevice = (y[.systemNumber] as? NSNumber)?.uint64Value
        else { return false }
        return xNode == yNode && xDevice == yDevice
    }

    /// Foundation's sentence as a diagnostic: lower-case, no final period.
    private static func reason(_ error: any Error) -> String {
        var text = error.localizedDescription
        while text.hasSuffix(".") { text.removeLast() }
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    private static func markdownName(for input: String) -> String {
        let file = URL(fileURLWithPath: input).lastPathComponent
        return (file.hasSuffix(".nn") ? String(file.dropLast(3)) : file) + ".md"
    }
}
