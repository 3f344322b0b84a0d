import Foundation

/// Networks as versioned JSON: architecture and every weight, each number
/// written as the shortest decimal that reads back to the same double.
///
///     try ModelFile.save(net, to: "net.json")
///     let back = try ModelFile.load(from: "net.json")
///
/// The file looks like:
///
///     {"format": "nn-model", "version": 1, "input": 2,
///      "layers": [{"units": 4, "activation": "tanh", "W": [[...], ...], "b": [...]}, ...]}
public enum ModelFile {
    public static let formatName = "nn-model"
    /// The version this engine writes and the newest it reads.
    public static let version = 1

    /// The JSON text of a network. Refuses nan and infinite weights, which JSON cannot hold.
    public static func encode(_ network: Network) throws(EngineError) -> String {
        var out = "{\n  \"format\": \"\(formatName)\",\n  \"version\": \(version),\n  \"input\": \(network.inputCount),\n  \"layers\": ["
        for (i, layer) in network.layers.enumerated() {
            let l = i + 1
            for (name, values) in [("W", layer.weights.storage), ("b", layer.bias.storage)] {
                if let bad = values.firstIndex(where: { !$0.isFinite }) {
                    throw EngineError("cannot save: \(name)^\(l) holds \(formatNumber(values[bad])) (JSON has no nan or inf)")
                }
            }
            let rows = layer.weights.rowArrays.map { "[" + $0.map(number).joined(separator: ", ") + "]" }
            out += i == 0 ? "\n" : ",\n"
            out += "    {\"units\": \(layer.units), \"activation\": \"\(layer.activation.name)\",\n"
            out += "     \"W\": [" + rows.joined(separator: ",\n           ") + "],\n"
            out += "     \"b\": [" + layer.bias.storage.map(number).joined(separator: ", ") + "]}"
        }
        out += "\n  ]\n}\n"
        return out
    }

    /// Shortest round-trip text; Swift's description already is, but "1.0" is written "1".
    static func number(_ v: Double) -> String {
        if v == v.rounded(), Swift.abs(v) < 1e15 { return v == 0 && v.sign == .minus ? "-0.0" : String(Int64(v)) }
        return "\(v)"
    }

    /// Writes atomically (a temporary file, then a rename), refusing to
    /// replace an existing file that is not an nn model.
    public static func save(_ network: Network, to path: String) throws(EngineError) {
        let text = try encode(network)
        let url = URL(fileURLWithPath: path)
        let name = url.lastPathComponent
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw EngineError("cannot save to \(name): it is a folder") }
            guard looksLikeModel(at: url) else {
                throw EngineError("refusing to overwrite \(name): it exists and is not an nn model")
            }
        }
        let folder = url.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw EngineError("cannot write \(name): the folder \(folder.path) does not exist")
        }
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw EngineError("cannot write \(name): \(reason(error))")
        }
    }

    /// True when the file starts like a model this engine wrote (so even a damaged model may be replaced).
    static func looksLikeModel(at url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 256)) ?? Data()
        let text = String(decoding: head, as: UTF8.self).replacingOccurrences(of: " ", with: "")
        return text.contains("\"format\":\"\(formatName)\"")
    }

    /// Reads a model; a missing, damaged or foreign file is an error saying which.
    public static func load(from path: String) throws(EngineError) -> Network {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw EngineError("cannot read \(url.lastPathComponent.isEmpty ? path : url.lastPathComponent): it is a folder, not a model file")
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw EngineError("cannot read \(url.lastPathComponent): \(reason(error))")
        }
        return try decode(data, name: url.lastPathComponent)
    }

    /// Decodes the JSON text of a model; `name` is used in messages.
    public static func decode(_ data: Data, name: String = "the model") throws(EngineError) -> Network {
        // An editor may save the model back with a UTF-8 byte order mark; JSON allows ignoring it.
        let data = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data
        guard data.contains(where: { !" \t\r\n".utf8.contains($0) }) else {
            throw EngineError("\(name) is not an nn model: it is empty")
        }
        let root: JSONValue
        do { root = try JSONValue.parse(Array(data)) } catch {
            if looksLike(data) { throw EngineError("\(name) is a damaged nn model: it is not valid JSON (\(error.message))") }
            throw EngineError("\(name) is not an nn model: it is not JSON")
        }
        guard root["format"]?.string == formatName else {
            throw EngineError("\(name) is not an nn model: expected \"format\": \"\(formatName)\"")
        }
        guard let raw = root["version"] else { throw EngineError("\(name) is a damaged nn model: it has no version") }
        guard let v = int(raw) else {
            throw EngineError("\(name) is a damaged nn model: \"version\" must be a whole number, got \(describe(raw))")
        }
        guard v <= version, v >= 1 else {
            throw EngineError("\(name) is an nn model of version \(v); this nn reads versions up to \(version)")
        }
        return try ModelDecoder(name: name).network(root)
    }

    static func looksLike(_ data: Data) -> Bool {
        String(decoding: data.prefix(256), as: UTF8.self).replacingOccurrences(of: " ", with: "").contains("\"format\":\"\(formatName)\"")
    }

    /// A JSON value in a message: a number as the language prints it, else its kind.
    static func describe(_ v: JSONValue?) -> String {
        switch v {
        case .number(let n)?: return formatNumber(n)
        case .string(let s)?: return "the text \"\(s.prefix(40))\""
        case .array?: return "a list"
        case .object?: return "an object"
        case .bool(let b)?: return b ? "true" : "false"
        case .null?: return "null"
        case nil: return "nothing"
        }
    }

    /// Sizes above this are refused: no real model has a layer of a billion units.
    static let largestSize = 1_000_000_000

    static func int(_ v: JSONValue?) -> Int? {
        guard let d = v?.number else { return nil }
        guard d == d.rounded(), d >= 0, d <= Double(largestSize) else { return nil }
        return Int(d)
    }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if ns.domain == NSCocoaErrorDomain {
            switch ns.code {
            case NSFileReadNoSuchFileError, NSFileNoSuchFileError: return "no such file"
            case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return "permission denied"
            default: break
            }
        }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code))).lowercased()
        }
        return ns.localizedDescription.lowercased()
    }
}
