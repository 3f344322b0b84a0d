import Foundation
import Language
import NeuralEngine

/// Saving and loading networks (LANGUAGE.md §6): `save(net, "net.json")`
/// writes the architecture and every weight exactly, atomically, and never
/// over a file that is not an nn model; `load_model("net.json")` reads it back.
///
///     save(net, "xor.json")
///     net2 = load_model("xor.json")
enum FileBuiltins {
    static func all(_ session: Session) -> [Builtin] {
        [save, loadModel]
    }

    static var save: Builtin {
        Builtin(
            name: "save",
            signature: Signature(["net", "path"]),
            help: Help(
                summary: "writes the network (architecture and every weight, exactly) to a JSON file",
                concept: "files",
                example: "save(net, \"xor.json\")",
                details: """
                the file is written whole or not at all (a crash never leaves half a file);
                an existing file is replaced only if it is an nn model
                a relative path is taken from the script's folder (the working folder in the REPL)
                """
            )
        ) { args, context throws(ScriptError) in
            let r = args.reader("save")
            let net = try r.native("net", NetworkValue.self, expected: "a network")
            let path = try resolvedPath(r, context)
            do throws(EngineError) {
                try ModelFile.save(net.network, to: path)
            } catch {
                // Weights JSON cannot hold (nan) are the network's fault, not the path's.
                throw r.error(error.message.hasPrefix("cannot save:") ? "net" : "path", error.message)
            }
            return .none
        }
    }

    static var loadModel: Builtin {
        Builtin(
            name: "load_model",
            signature: Signature(["path"]),
            help: Help(
                summary: "reads a network saved with save(net, path)",
                concept: "files",
                example: "net = load_model(\"xor.json\")\nforward(net, [1, 0])",
                details: "a damaged file, or one that is not an nn model, is an error saying so"
            )
        ) { args, context throws(ScriptError) in
            let r = args.reader("load_model")
            let path = try resolvedPath(r, context)
            do throws(EngineError) {
                return .network(try ModelFile.load(from: path))
            } catch {
                throw r.error("path", error.message)
            }
        }
    }

    /// The path argument, taken from the script's folder when relative (`~` is home).
    static func resolvedPath(_ r: ArgumentReader, _ context: any CallContext) throws(ScriptError) -> String {
        let raw = try r.string("path")
        guard !raw.trimmed().isEmpty else { throw r.error("path", "path must name a file, got an empty string") }
        let expanded = (raw as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return expanded }
        return URL(fileURLWithPath: context.directory).appendingPathComponent(expanded).path
    }
}
