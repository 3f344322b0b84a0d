import Foundation
import Language

extension REPL {
    /// Carries out a `:` command; returns it so `run` knows when to stop.
    @discardableResult
    func perform(_ command: REPLCommand) -> REPLCommand {
        switch command {
        case .help:
            write(REPLCommand.summary)
        case .vars:
            followTerminalSize()
            write(VariableListing.text(session: session))
        case .save(let path, let overwrite):
            save(to: path, overwrite: overwrite)
        case .load(let path):
            load(path)
        case .reset:
            session.interpreter.reset()
            clearSuccessfulInputs()
            write("all variables forgotten; the built-ins are back\n")
        case .quit:
            break
        case .invalid(let message):
            report(message)
        }
        return command
    }

    private func resolved(_ path: String) -> String {
        path.hasPrefix("/") || directory == "." ? path : directory + "/" + path
    }

    private func save(to path: String, overwrite: Bool) {
        let target = resolved(path)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isFolder) {
            if isFolder.boolValue { return report("'\(path)' is a folder; give a file name") }
            if !overwrite { return report("'\(path)' already exists; :save! \(path) overwrites it") }
        }
        let folder = ScriptRunner.folder(of: target)
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            return report("cannot write '\(path)': there is no folder '\(ScriptRunner.folder(of: path))'")
        }
        let inputs = successfulInputs
        let text = inputs.isEmpty ? "" : inputs.joined(separator: "\n") + "\n"
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: target), options: .atomic)
        } catch {
            // Foundation's wording ends with a period and names no cause a student can act on.
            let reason = FileManager.default.isWritableFile(atPath: folder) ? "it could not be written" : "permission denied"
            return report("cannot write '\(path)': \(reason)")
        }
        let count = inputs.count == 1 ? "1 input" : "\(inputs.count) inputs"
        write("saved \(count) to \(path)\n")
    }

    private func load(_ path: String) {
        let source: SourceFile
        do {
            source = try ScriptRunner.loadScript(atPath: resolved(path))
        } catch {
            return report(error.message)
        }
        evaluateLoaded(source)
    }
}
