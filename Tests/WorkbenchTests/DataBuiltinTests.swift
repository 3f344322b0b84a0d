import Foundation
import Testing
import Language
import NeuralEngine
@testable import Workbench

/// The data built-ins called directly, and how a data set prints.
@Suite struct DataBuiltinTests {
    let builtins: [String: Builtin] = {
        let session = Session(output: BufferSink())
        return Dictionary(DataBuiltins.all(session).map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    }()

    func call(_ name: String, _ args: Value..., keywords: [String: Value] = [:], directory: String = ".") throws -> Value {
        let b = try #require(builtins[name])
        return try callBuiltin(b, args, keywords, context: TestCallContext(directory: directory))
    }

    func failure(_ name: String, _ args: Value..., keywords: [String: Value] = [:], directory: String = ".") -> ScriptError? {
        guard let b = builtins[name] else { return nil }
        do {
            _ = try callBuiltin(b, args, keywords, context: TestCallContext(directory: directory))
            return nil
        } catch {
            return error
        }
    }

    func dataset(_ v: Value, sourceLocation: SourceLocation = #_sourceLocation) throws -> DatasetValue {
        guard case .native(let n) = v, let d = n as? DatasetValue else {
            Issue.record("expected a dataset, got \(v.typeName)", sourceLocation: sourceLocation)
            throw ScriptError("not a dataset")
        }
        return d
    }

    @Test func everyBuiltinHasHelp() {
        for name in ["dataset", "load", "split", "normalize", "batches", "windows"] {
            let help = builtins[name]?.help
            #expect(help?.concept == "data", "\(name)")
            #expect(help?.summary.isEmpty == false, "\(name)")
            #expect(help?.example.isEmpty == false, "\(name)")
        }
    }

    @Test func fieldsOfABundledSet() throws {
        let iris = try dataset(try call("dataset", .string("iris")))
        #expect(iris.typeName == "dataset")
        #expect(try iris.field("size").shown == "150")
        #expect(try iris.field("m").shown == "150")
        #expect(try iris.field("features").shown == "4")
        #expect(try iris.field("n").shown == "4")
        #expect(try iris.field("classes").shown == "[\"setosa\", \"versicolor\", \"virginica\"]")
        #expect(try iris.field("name").shown == "iris")
        #expect(try iris.field("x").typeName == "tensor")
        #expect(try iris.field("mean").isNone)
        #expect(throws: ScriptError.self) { try iris.field("sise") }
    }

    @Test func indexingGivesXAndY() throws {
        let xor = try dataset(try call("dataset", .string("xor")))
        #expect(try xor.element(at: .number(1)).shown == "[[0, 1], 1]")
        #expect(try xor.element(at: .number(-1)).shown == "[[1, 1], 0]")
        let error = try #require(scriptFailure { () throws(ScriptError) in _ = try xor.element(at: .number(4)) })
        #expect(error.message == "index 4 is out of range for a dataset of 4 examples: valid indices are 0 to 3, or -4 to -1")
        #expect(xor.elements()?.count == 4)
        let oneHot = try dataset(try call("dataset", keywords: ["x": .rows([0, 0], [1, 1]), "y": .rows([1, 0], [0, 1])]))
        #expect(try oneHot.element(at: .number(0)).shown == "[[0, 0], [1, 0]]")
    }

    @Test func literalsKeepY() throws {
        let d = try dataset(try call("dataset", keywords: ["x": .rows([0, 0], [0, 1], [1, 0]), "y": .numbers(3, 7, 3)]))
        #expect(try d.field("y").shown == "[3, 7, 3]")
        let bad = try #require(failure("dataset", keywords: ["x": .rows([0, 0], [0, 1]), "y": .numbers(1, 2, 3)]))
        #expect(bad.message == "dataset: x has 2 examples but y has 3 targets (shape 3): expected one per example")
        #expect(bad.argument == .keyword("y"))
        let both = try #require(failure("dataset", .string("xor"), keywords: ["x": .rows([0, 0]), "y": .numbers(1)]))
        #expect(both.argument == .position(0))
        let half = try #require(failure("dataset", keywords: ["x": .rows([0, 0])]))
        #expect(half.message == "dataset: x= needs y= too: dataset(x=…, y=…)")
        let text = try #require(failure("dataset", keywords: ["x": .rows([0], [1]), "y": .list([.string("cat"), .string("dog")])]))
        #expect(text.argument == .keyword("y"))
        #expect(text.message == "dataset: y holds numbers (class indices 0…k-1 or values), got the text \"cat\": number the classes, or put the data in a CSV file and load() it")
    }

    @Test func generatedOptionsPointAtTheirArgument() throws {
        let moons = try dataset(try call("dataset", .string("moons"), keywords: ["n": .number(50), "noise": .number(0.2)]))
        #expect(moons.dataset.count == 50)
        let n = try #require(failure("dataset", .string("moons"), keywords: ["n": .number(1)]))
        #expect(n.argument == .keyword("n"))
        #expect(n.message == "dataset: n must be a whole number from 2 to 50000000, got 1")
        let whole = try #require(failure("dataset", .string("moons"), keywords: ["n": .number(2.5)]))
        #expect(whole.argument == .keyword("n"))
        let name = try #require(failure("dataset", .string("moon")))
        #expect(name.argument == .position(0))
        #expect(name.message.hasSuffix("(did you mean \"moons\"?)"))
        let fixed = try #require(failure("dataset", .string("xor"), keywords: ["noise": .number(0.5)]))
        #expect(fixed.argument == .keyword("noise"))
    }

    @Test func loadResolvesFromTheScriptFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nn-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("a,b,kind\n1,2,cat\n3,4,dog\n5,6,cat\n".utf8).write(to: folder.appendingPathComponent("pets.csv"))
        let d = try dataset(try call("load", .string("pets.csv"), directory: folder.path))
        #expect(d.dataset.classes == ["cat", "dog"])
        #expect(try d.field("name").shown == "pets")
        let normalized = try dataset(try call("load", .string("pets.csv"), keywords: ["target": .number(-1), "normalize": .bool(true)], directory: folder.path))
        #expect(try normalized.field("mean").shown == "[3, 4]")
        let byName = try #require(failure("load", .string("pets.csv"), keywords: ["target": .string("a")], directory: folder.path))
        #expect(byName.message == "load: pets.csv, line 2, column \"kind\": \"cat\" is not a number; the column holds text in every row, and only the target may: remove the column, or choose it with target=\"kind\"")
        let missing = try #require(failure("load", .string("nope.csv"), directory: folder.path))
        #expect(missing.argument == .position(0))
        #expect(missing.message.hasPrefix("load: nope.csv: no such file (looked for "))
        let target = try #require(failure("load", .string("pets.csv"), keywords: ["target": .string("kinds")], directory: folder.path))
        #expect(target.argument == .keyword("target"))
        #expect(target.message == "load: pets.csv: no column named \"kinds\"; the columns are \"a\", \"b\", \"kind\"")
        let index = try #require(failure("load", .string("pets.csv"), keywords: ["target": .number(0.5)], directory: folder.path))
        #expect(index.message == "load: target must be a column name or a whole-number index, got 0.5")
    }

    @Test func loadErrorsNameTheLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nn-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("a,b,kind\n1,2,cat\n3,x,dog\n".utf8).write(to: folder.appendingPathComponent("bad.csv"))
        let error = try #require(failure("load", .string("bad.csv"), directory: folder.path))
        #expect(error.message == "load: bad.csv, line 3, column \"b\": \"x\" is not a number")
        #expect(error.argument == .position(0))
    }

    @Test func splitNormalizeBatchesWindows() throws {
        let iris = try call("dataset", .string("iris"))
        guard case .list(let parts) = try call("split", iris, .number(0.8)) else {
            Issue.record("split should return a list")
            return
        }
        #expect(try parts.map { try dataset($0).dataset.count } == [120, 30])
        let fraction = try #require(failure("split", iris, .number(1.5)))
        #expect(fraction.argument == .position(1))
        #expect(fraction.message == "split: the fraction must be strictly between 0 and 1, got 1.5")
        let notData = try #require(failure("split", .numbers(1, 2), .number(0.5)))
        #expect(notData.message == "split: data must be a dataset (from dataset(...) or load(...)), got a list of 2 items")

        let normalized = try dataset(try call("normalize", iris))
        #expect(try normalized.field("mean").typeName == "tensor")

        guard case .list(let chunks) = try call("batches", iris, .number(32)) else {
            Issue.record("batches should return a list")
            return
        }
        #expect(try chunks.map { try dataset($0).dataset.count } == [32, 32, 32, 32, 22])
        #expect(failure("batches", iris, .number(0))?.message == "batches: k must be a positive whole number, got 0")

        let w = try dataset(try call("windows", .numbers(1, 2, 3, 4, 5), .number(2)))
        #expect(try w.field("x").shown == "[[1, 2], [2, 3], [3, 4]]")
        #expect(try w.field("y").shown == "[3, 4, 5]")
        let short = try #require(failure("windows", .numbers(1, 2), .number(2)))
        #expect(short.argument == .position(0))
        let sine = try call("dataset", .string("sine"))
        let whole = try #require(failure("windows", sine, .number(3)))
        #expect(whole.argument == .position(0))
        #expect(whole.message == "windows: values must be a series of numbers, got a dataset: for its targets write windows(d.y, k)")
    }
}

/// The script error `body` throws, or nil.
func scriptFailure(_ body: () throws(ScriptError) -> Void) -> ScriptError? {
    do {
        try body()
        return nil
    } catch {
        return error
    }
}
