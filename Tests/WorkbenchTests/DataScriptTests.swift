import Foundation
import Testing
import Language
import NeuralEngine
@testable import Workbench

/// The data built-ins as a script uses them (LANGUAGE.md §5).
@Suite struct DataScriptTests {
    @Test func fieldsAndDestructuring() {
        let (out, diagnostics) = runScript("""
        d = dataset("iris")
        print(d.size, d.m, d.features, d.n, d.name, type(d), len(d))
        print(d.classes)
        x, y = d[0]
        print(x, y)
        print(d.x.shape, d.y.shape)
        for e in batches(dataset("xor"), 3) { print(e.m) }
        """)
        #expect(errorMessages(diagnostics) == [])
        #expect(out == """
        150 150 4 4 iris dataset 150
        ["setosa", "versicolor", "virginica"]
        [5.1, 3.5, 1.4, 0.2] 0
        [150, 4] [150]
        3
        1

        """)
    }

    @Test func literalsAndSplitUnpack() {
        let (out, diagnostics) = runScript("""
        d = dataset(x=[[0, 0], [0, 1], [1, 0], [1, 1]], y=[0, 1, 1, 0])
        seed(3)
        train_set, test_set = split(d, 0.5)
        print(train_set.m, test_set.m, d.y)
        """)
        #expect(errorMessages(diagnostics) == [])
        #expect(out == "2 2 [0, 1, 1, 0]\n")
    }

    @Test func generatedSetsFollowTheSeed() {
        let script = """
        seed(5)
        print(dataset("spiral", n=30, classes=3).x[0])
        """
        let first = runScript(script).stdout
        #expect(!first.isEmpty)
        #expect(runScript(script).stdout == first)
    }

    @Test func loadResolvesFromTheScriptFolderAndPointsAtErrors() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nn-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("a,b,kind\n1,2,cat\n3,x,dog\n".utf8).write(to: folder.appendingPathComponent("bad.csv"))
        let (_, diagnostics) = runScript("d = load(\"bad.csv\")", directory: folder.path)
        let error = try #require(diagnostics.first)
        #expect(error.message == "load: bad.csv, line 3, column \"b\": \"x\" is not a number")
        #expect(error.range?.start.column == 10)
    }

    @Test func badOptionsPointAtTheArgument() throws {
        let (_, diagnostics) = runScript("d = dataset(\"moons\", n=-3)")
        let error = try #require(diagnostics.first)
        #expect(error.message == "dataset: n must be a whole number from 2 to 50000000, got -3")
        #expect(error.range?.start.column == 22)
    }
}
