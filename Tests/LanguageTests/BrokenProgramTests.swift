import Foundation
import Synchronization
import Testing
@testable import Language

/// A corpus of broken programs: each must end in diagnostics (or run
/// cleanly), never crash or hang. Mutants of the valid scripts are made
/// deterministically; hand-written nasties follow.
@Suite struct BrokenProgramTests {
    /// The valid scripts (those expecting no error) as UTF-8 bytes, outside the slow limits/ folder.
    static var validScripts: [(name: String, bytes: [UInt8])] {
        ScriptCase.all.compactMap { testCase in
            guard !testCase.path.hasPrefix("limits/"), let url = testCase.url,
                  let data = try? Data(contentsOf: url) else { return nil }
            let text = String(decoding: data, as: UTF8.self)
            if text.contains("# expect error") { return nil }
            return (testCase.path, Array(data))
        }
    }

    /// Truncations, deletions, duplications and swaps of tokens.
    static var mutants: [(name: String, bytes: [UInt8])] {
        var generator = LCG(seed: 20_251_129)
        var out: [(String, [UInt8])] = []
        for (name, bytes) in validScripts {
            let text = String(decoding: bytes, as: UTF8.self)
            var lexer = Lexer(SourceFile(name: name, text: text, directory: "."))
            let tokens = lexer.tokenize().tokens.filter { $0.kind != .newline && $0.kind != .end }
            guard tokens.count > 2 else { continue }
            for kind in 0..<4 {
                let k = generator.next(below: tokens.count - 1)
                let a = tokens[k].range, b = tokens[k + 1].range
                let piece = Array(bytes[a.start.offset..<a.end.offset])
                var mutated = bytes
                switch kind {
                case 0: mutated = Array(bytes[..<a.start.offset])
                case 1: mutated.removeSubrange(a.start.offset..<a.end.offset)
                case 2: mutated.insert(contentsOf: piece + [32], at: a.start.offset)
                default:
                    let second = Array(bytes[b.start.offset..<b.end.offset])
                    mutated.replaceSubrange(b.start.offset..<b.end.offset, with: piece)
                    mutated.replaceSubrange(a.start.offset..<a.end.offset, with: second)
                }
                out.append(("\(name) [\(["truncated", "deleted", "duplicated", "swapped"][kind]) token \(k)]", mutated))
            }
        }
        return out
    }

    static let nasties: [(name: String, bytes: [UInt8])] = {
        func t(_ name: String, _ text: String) -> (String, [UInt8]) { (name, Array(text.utf8)) }
        return [
            t("empty", ""),
            t("only comments", "# nothing\n## prose\n"),
            t("unclosed string", "x = \"abc"),
            t("unclosed string then code", "x = \"abc\ny = 2\nprint(y)"),
            t("backslash at end", "x = \"abc\\"),
            t("lone backslash", "\\"),
            t("parens 100k", String(repeating: "(", count: 100_000) + "1"),
            t("closed parens 100k", String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000)),
            t("brackets 100k", String(repeating: "[", count: 100_000)),
            t("calls 50k", String(repeating: "f(", count: 50_000)),
            t("minus 100k", String(repeating: "-", count: 100_000) + "1"),
            t("not 100k", String(repeating: "not ", count: 100_000) + "true"),
            t("power chain 100k", "x = " + String(repeating: "2 ^ ", count: 100_000) + "1"),
            t("sum chain 100k", "x = " + String(repeating: "1 + ", count: 100_000) + "1"),
            t("index chain 50k", "x = [1]" + String(repeating: "[0]", count: 50_000)),
            t("field chain 50k", "x = 1" + String(repeating: ".a", count: 50_000)),
            t("blocks 100k", String(repeating: "if true {\n", count: 100_000)),
            t("closing braces", "}}}}}}"),
            t("else alone", "else { }"),
            t("return at top", "return 1"),
            t("deep recursion", "fn f(n) { return f(n + 1) }\nf(0)"),
            t("deep expression in deep recursion",
              "fn f(n) {\n  if n == 0 { return 0 }\n  return f(n - 1)" + String(repeating: " + 1", count: 2_900) + "\n}\nf(9000)"),
            t("nested lists 100k", "x = []\nfor i in range(100000) { x = [x] }\nprint(len(x))\nx"),
            t("mutual recursion", "fn a(n) { return b(n) }\nfn b(n) { return a(n) }\na(1)"),
            t("nan index", "xs = [1, 2]\nxs[0 / 0]"),
            t("inf index", "xs = [1, 2]\nxs[1 / 0]"),
            t("huge index assign", "xs = [1, 2]\nxs[1e300] = 3"),
            t("huge number", "x = 1e999\nprint(x)\nrange(x)"),
            t("range 1e300", "range(1e300)"),
            t("range nan", "range(0 / 0)"),
            t("range negative step", "range(0, -1e12, -1)"),
            t("string repeat nan", "\"a\" * (0 / 0)"),
            t("string repeat negative", "\"a\" * -5"),
            t("empty index", "x[]"),
            t("dangling operator", "x = 1 +"),
            t("dangling comma", "print(1,"),
            t("dangling dot", "x."),
            t("number letters", "x = 12abc"),
            t("weird numbers", "x = 1e\ny = ..5\nz = 5..\nw = 1.2.3"),
            t("at at", "x = @@ 3"),
            t("duplicate params", "fn f(a, a) { return a }\nf(1, 2)"),
            t("duplicate destructure", "a, a = [1, 2]"),
            t("keyword as name", "fn = 3\nwhile = 2"),
            t("assignment chain", "a = b = 3"),
            t("call on string", "\"abc\"(1)"),
            t("fields on everything", "x = none.a\ny = true.b"),
            t("loop over function", "for x in print { }"),
            t("very long line", "x = " + String(repeating: "1+", count: 2_000) + "1\nundefined_here"),
            t("long string", "x = \"" + String(repeating: "a", count: 100_000) + "\"\nlen(x)"),
            t("bom", "\u{FEFF}print(1)"),
            t("nul bytes", "x = 1\u{0}\ny = 2"),
            t("control chars", "x = \u{7}1"),
            t("emoji names", "😀 = 1"),
            t("rtl override", "x\u{202E} = 1"),
            t("tabs and arabic", "\tس = \"ع\"\n\tس + 1"),
            t("else on next line", "if true {\n}\nelse {\n}"),
            t("if without block", "if true print(1)"),
            t("for without in", "for x range(3) { }"),
            t("fn without body", "fn f(x)"),
            t("unclosed fn params", "fn f(x, y { }"),
            t("keyword args on commands", "print x=1, 2"),
            t("interrupt me", "i = 0\nwhile true { i = i + 1; if i > 100000 { break } }"),
            t("semicolons", ";;;\n;"),
            t("string escapes", "\"\\q\\w\\e\""),
            t("single quotes", "'abc'"),
            t("and or chains", "true and 1 or \"x\""),
            t("index assign on number", "x = 3\nx[0] = 1"),
            t("operator opens the line", "y = 3\n+ 2\n* 4"),
            t("list missing commas over lines", "x = [1, 2\n 3, 4\n 5]]]\nprint(x)"),
            t("arabic keyboard", "x = ٣٫٥ ، “a” × 2 ÷ 1 − ²"),
            t("trailing dots", "x = 1. + 2..3 + 4.T + .5.6"),
            t("append to itself", "xs = [1]\nfor i in range(20) { xs = append(xs, xs) }\nlen(xs)"),
            t("append with keyword", "xs = []\nxs = append(xs, x=1)\nxs = append(list=xs, x=2)"),
            t("misspelt keywords", "fro i in range(3) { }\nwhiel true { }\nif true { } esle { }\nfunction f() { }"),
            t("field assign on list", "x = [1]\nx.T = 1"),
            t("nested assign miss", "m = [[1]]\nm[0][5] = 2"),
            t("unpack string", "a, b = \"ab\""),
            t("unpack too many", "a, b, c = [1, 2]"),
            ("invalid utf8", [0x78, 0x20, 0x3D, 0x20, 0xFF, 0xFE, 0x0A, 0x70, 0x72, 0x69, 0x6E, 0x74, 0x28, 0xC3, 0x29]),
            ("truncated utf8", [0x78, 0x20, 0x3D, 0x20, 0x22, 0xD8]),
            ("overlong utf8", [0xC0, 0xAF, 0x3D, 0x31]),
        ]
    }()

    static var corpus: [(name: String, bytes: [UInt8])] { mutants + nasties }

    @Test func corpusIsLargeEnough() {
        #expect(Self.corpus.count >= 100)
    }

    @Test func everyBrokenProgramEndsCleanly() {
        for (name, bytes) in Self.corpus {
            let text = String(decoding: bytes, as: UTF8.self)
            let polls = Atomic<Int>(0)
            let run = runScript(text, name: "broken.nn") {
                // Stop runaway loops of mutants after a bounded number of steps.
                polls.add(1, ordering: .relaxed).newValue > 200_000
            }
            if run.outcome != .success {
                #expect(!run.diagnostics.isEmpty, "\(name): \(run.outcome) without a diagnostic")
            }
            if case .syntaxErrors(let n) = run.outcome {
                #expect(n == run.errors.count && n > 0, "\(name)")
            }
            let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).count
            for diagnostic in run.diagnostics {
                #expect(!diagnostic.message.isEmpty, "\(name)")
                #expect(diagnostic.message.first?.isUppercase != true, "\(name): \(diagnostic.message)")
                #expect(!diagnostic.message.hasSuffix("."), "\(name): \(diagnostic.message)")
                if let range = diagnostic.range {
                    #expect(range.start.line >= 1 && range.start.line <= lines + 1, "\(name): line \(range.start.line)")
                    #expect(range.start.offset <= range.end.offset, "\(name)")
                }
                _ = DiagnosticRenderer(color: true).render(diagnostic)
            }
        }
    }
}

/// A small deterministic generator for picking mutations.
struct LCG {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(below n: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(max(n, 1)))
    }
}
