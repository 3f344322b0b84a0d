import Foundation

/// The REPL's history file: capped, duplicates collapsed (an input typed
/// again moves to the end, so Up brings back each past input once), each
/// entry written as soon as it is typed (a crash loses nothing).
///
///     let history = HistoryStore(path: HistoryStore.defaultPath() ?? "/dev/null")
///     history.add("net = network(input(2), dense(1, sigmoid))")
///
/// One entry per line; an entry typed over several lines is stored with a
/// backslash ending each line but its last (nn itself never continues a
/// line with a backslash, so reading it back is unambiguous in practice).
public final class HistoryStore {
    public let path: String
    public let limit: Int
    public private(set) var entries: [String] = []

    public init(path: String, limit: Int = 1000) {
        self.path = path
        self.limit = max(limit, 1)
        load()
    }

    /// `NN_HISTORY` if set, else `~/.nn_history`; nil when there is no home folder.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let path = environment["NN_HISTORY"], !path.isEmpty { return path }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return (home.hasSuffix("/") ? home : home + "/") + ".nn_history"
    }

    /// Records an entry unless it is blank or repeats the last one; an
    /// earlier copy of it is dropped. Returns whether the entries changed.
    @discardableResult
    public func add(_ entry: String) -> Bool {
        guard !entry.allSatisfy(\.isWhitespace), entry != entries.last else { return false }
        let repeated = entries.contains(entry)
        entries.removeAll { $0 == entry }
        entries.append(entry)
        if entries.count > limit {
            entries.removeFirst(entries.count - limit)
        }
        if repeated { rewrite() } else { append(Self.encode(entry) + "\n") }
        return true
    }

    /// The latest copy of each entry, in the order last typed.
    static func collapsed(_ entries: [String]) -> [String] {
        var seen = Set<String>()
        var kept: [String] = []
        for entry in entries.reversed() where !entry.allSatisfy(\.isWhitespace) && seen.insert(entry).inserted {
            kept.append(entry)
        }
        return kept.reversed()
    }

    static func encode(_ entry: String) -> String {
        entry.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\\\n")
    }

    static func decode(_ text: String) -> [String] {
        var entries: [String] = []
        var pending: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasSuffix("\\") {
                pending.append(line.dropLast())
            } else {
                pending.append(line)
                entries.append(pending.joined(separator: "\n"))
                pending.removeAll()
            }
        }
        if !pending.isEmpty { entries.append(pending.joined(separator: "\n")) }
        return entries
    }

    private func load() {
        guard let data = FileManager.default.contents(atPath: path) else { return }
        // One bad byte (a file edited elsewhere) must not hide every other entry.
        let text = String(decoding: data, as: UTF8.self)
        let decoded = Self.decode(text)
        entries = Array(Self.collapsed(decoded).suffix(limit))
        // Appending lets the file pass the cap during a session (or another
        // nn at the same time add a copy); the next start trims it.
        if decoded.filter({ !$0.allSatisfy(\.isWhitespace) }).count != entries.count { rewrite() }
    }

    private func rewrite() {
        let text = entries.map { Self.encode($0) + "\n" }.joined()
        let temporary = path + ".tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else { return }
        if rename(temporary, path) != 0 { unlink(temporary) }
    }

    private func append(_ text: String) {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o600)
        guard descriptor >= 0 else { return }  // an unwritable history is not worth an error
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }
}
