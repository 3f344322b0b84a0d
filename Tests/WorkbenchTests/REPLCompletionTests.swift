import Foundation
import Language
import Testing
@testable import Workbench

/// Tab completion candidates.
@Suite struct REPLCompletionTests {
    let session = Session(output: BufferSink())

    func complete(_ line: String, pending: String = "", directory: String = ".") -> [String] {
        let completer = Completer(session: session, directory: directory)
        completer.pending = pending
        return completer.complete(line).candidates
    }

    @Test func builtinsKeywordsAndVariables() {
        session.interpreter.run(SourceFile(name: "t", text: "prize = 1", directory: "."))
        #expect(complete("pri") == ["print", "prize"])
        #expect(complete("x = rang") == ["range"])
        #expect(complete("tra") == ["train"])
        #expect(complete("tran") == ["transpose"])
        #expect(complete("whi").contains("while"))
        #expect(complete("print(le").contains("len"))
    }

    @Test func theStudentsOwnNameIsNotSkippedForABuiltin() {
        session.interpreter.run(SourceFile(name: "t", text: "net = 1", directory: "."))
        // Both stay offered: readline completes to the shared `net` and lists the two.
        #expect(complete("ne") == ["net", "network"])
        #expect(complete("netw") == ["network"])
    }

    @Test func keywordArgumentsOfTheBuiltinBeingCalled() {
        #expect(complete("layer = dense(4, acti") == ["activation="])
        #expect(complete("layer = dense(4, relu, i") == ["init=", "input"])
        #expect(!complete("dense(4, activation=relu, ").contains("activation="))
    }

    @Test func keywordArgumentsInCommandSyntax() {
        #expect(complete("dense 4, acti") == ["activation="])
    }

    @Test func keywordArgumentsOnAContinuedLine() {
        #expect(complete("  acti", pending: "layer = dense(4,\n") == ["activation="])
    }

    @Test func fieldsOfAGlobal() {
        session.interpreter.defineGlobal("thing", .native(Fielded()))
        #expect(complete("thing.we") == ["weights"])
        #expect(complete("thing.") == ["bias", "weights"])
    }

    @Test func fileNamesInsideAString() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "".write(toFile: folder + "/iris-small.csv", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: folder + "/inputs", withIntermediateDirectories: true)
        try "".write(toFile: folder + "/inputs/a.csv", atomically: true, encoding: .utf8)
        #expect(complete("d = load(\"ir", directory: folder) == ["iris-small.csv\""])
        #expect(complete("d = load(\"in", directory: folder) == ["inputs/"])
        #expect(complete("d = load(\"inputs/", directory: folder) == ["inputs/a.csv\""])
        #expect(complete(":load in", directory: folder) == ["inputs/"])
    }

    @Test func stringsSomeArgumentsAccept() {
        #expect(complete("d = dataset(\"ci") == ["circles\""])
        #expect(complete("d = dataset( \"") .contains("xor\""))
        #expect(complete("train(net, d, loss=\"cr") == ["cross_entropy\""])
        #expect(complete("train net, d, optimizer = \"a") == ["adam\""])
        #expect(complete("charset(\"as") == ["ascii\""])
    }

    @Test func replCommands() {
        #expect(complete(":sa") == [":save", ":save!"])
        #expect(complete(":q") == [":quit"])
    }

    @Test func wordBreaksFollowTheContext() {
        let completer = Completer(session: session)
        #expect(completer.wordBreakCharacters(before: "x = load(\"da") == "\"")
        #expect(completer.wordBreakCharacters(before: ":load da") == " ")
        #expect(completer.wordBreakCharacters(before: "train(n").contains("("))
    }
}

/// A native with fields, for `x.<TAB>`.
private struct Fielded: NativeValue {
    var typeName: String { "thing" }
    func render(_ options: RenderOptions) -> String { "thing" }
    var fieldNames: [String] { ["weights", "bias"] }
}
