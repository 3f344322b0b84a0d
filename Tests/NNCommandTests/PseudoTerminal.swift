import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs `nn` on a pseudo-terminal, as a user at a keyboard would: keys go
/// in, the screen's bytes come out, and Ctrl-C raises SIGINT through the
/// terminal driver (the child is a session leader with the terminal as its
/// controlling terminal).
///
///     let nn = try PseudoTerminal(arguments: [], environment: ["NN_HISTORY": historyPath])
///     try nn.expect("nn> ")
///     nn.type("1 + 2\r")
///     try nn.expect("3")
final class PseudoTerminal {
    let pid: pid_t
    private let master: Int32
    /// Everything the program wrote, escape sequences included.
    private var raw: [UInt8] = []
    /// How far `expect` has matched (UTF-8 offset in `transcript`): each expectation looks past the last one.
    private var matchedUpTo = 0
    private var exited = false

    /// TIOCGPTN and TIOCSPTLCK (the same on x86_64 and arm64 Linux).
    private static let getNumber: UInt = 0x8004_5430
    private static let setLock: UInt = 0x4004_5431

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    init(arguments: [String], environment: [String: String] = [:], directory: String? = nil, columns: UInt16 = 80, rows: UInt16 = 24) throws {
        guard let binary = NNBinary.path else { throw NNBinary.Missing() }
        // posix_openpt and friends are not visible to Swift; these are what they do on Linux.
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var number: UInt32 = 0
        var unlock: Int32 = 0
        guard master >= 0,
              ioctl(master, PseudoTerminal.getNumber, &number) == 0,
              ioctl(master, PseudoTerminal.setLock, &unlock) == 0 else {
            if master >= 0 { close(master) }
            throw Failure(description: "no pseudo-terminal available")
        }
        let slavePath = "/dev/pts/\(number)"
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        var env: [String: String] = [
            "TERM": "xterm", "LANG": "C.UTF-8", "NO_COLOR": "1", "INPUTRC": "/dev/null",
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": FileManager.default.temporaryDirectory.path,
        ]
        for (key, value) in environment { env[key] = value }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // The child's new session gets the terminal as its controlling
        // terminal when it opens it (setsid runs before the file actions).
        for descriptor: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, descriptor, slavePath, O_RDWR, 0)
        }
        posix_spawn_file_actions_addclose(&actions, master)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // POSIX_SPAWN_SETSID (0x80, glibc ≥ 2.26), and default signal handling in the child.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        // Nothing blocked either: a test runner's thread may block SIGINT, and exec keeps the mask.
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(&attributes, Int16(0x80 | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        // The shell changes folder, then becomes nn (same process, same session and terminal).
        let shell = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory ?? ".", binary]
        let argv = (shell + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, "/bin/sh", &actions, &attributes, argv, envp)
        guard status == 0 else {
            close(master)
            throw Failure(description: "cannot start nn: error \(status)")
        }
        self.pid = child
        self.master = master
    }

    deinit {
        if !exited {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
    }

    /// Sends keys: `"\r"` is Enter, `"\t"` Tab, `"\u{3}"` Ctrl-C, `"\u{4}"` Ctrl-D.
    func type(_ keys: String) {
        let bytes = Array(keys.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Waits until `text` appears after the previous match; returns what came before it.
    @discardableResult
    func expect(_ text: String, timeout: Double = 30) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        let needle = Array(text.utf8)
        while true {
            let screen = Array(transcript.utf8)
            if let found = PseudoTerminal.find(needle, in: screen, from: matchedUpTo) {
                let before = String(decoding: screen[matchedUpTo..<found], as: UTF8.self)
                matchedUpTo = found + needle.count
                return before
            }
            guard Date() < deadline else {
                let shown = String(decoding: screen[min(matchedUpTo, screen.count)...], as: UTF8.self)
                throw Failure(description: "expected \(text.debugDescription) within \(timeout)s; the terminal shows after the last match:\n\(shown)")
            }
            readAvailable(wait: 0.1)
        }
    }

    /// Waits for nn to exit; its status.
    func waitForExit(timeout: Double = 30) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                readAvailable(wait: 0)
                exited = true
                return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
            }
            readAvailable(wait: 0.05)
        }
        throw Failure(description: "nn did not exit within \(timeout)s; the terminal shows:\n\(transcript)")
    }

    /// Everything shown since the start, without escape sequences and carriage returns.
    var transcript: String {
        var text = String.UnicodeScalarView()
        let scalars = Array(String(decoding: raw, as: UTF8.self).unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "\u{1B}" {
                i += 1
                guard i < scalars.count else { break }
                if scalars[i] == "[" {
                    i += 1
                    while i < scalars.count, !(("a"..."z").contains(scalars[i]) || ("A"..."Z").contains(scalars[i]) || scalars[i] == "~") { i += 1 }
                } else if scalars[i] == "]" {
                    while i < scalars.count, scalars[i] != "\u{7}" { i += 1 }
                }
                i += 1
                continue
            }
            if c != "\r" { text.append(c) }
            i += 1
        }
        return String(text)
    }

    private func readAvailable(wait: Double) {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, Int32(wait * 1000)) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = read(master, &buffer, buffer.count)
        if n > 0 { raw += buffer[0..<n] }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        for i in start...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
        }
        return nil
    }
}
