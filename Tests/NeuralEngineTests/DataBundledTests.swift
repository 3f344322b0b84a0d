import Foundation
import Testing
@testable import NeuralEngine

@Suite struct DataBundledTests {
    @Test func logicGates() throws {
        let inputs = Tensor(rows: 4, cols: 2, [0, 0, 0, 1, 1, 0, 1, 1])
        for (name, y) in [("xor", [0.0, 1, 1, 0]), ("and", [0, 0, 0, 1]), ("or", [0, 1, 1, 1])] {
            let d = try Dataset.named(name)
            #expect(d.name == name)
            #expect(d.x == inputs)
            #expect(d.y == Tensor(y))
            #expect(d.classes == ["0", "1"])
        }
    }

    @Test func iris() throws {
        let d = try Dataset.named("iris")
        #expect(d.count == 150)
        #expect(d.features == 4)
        #expect(d.featureNames == ["sepal_length", "sepal_width", "petal_length", "petal_width"])
        #expect(d.classes == ["setosa", "versicolor", "virginica"])
        #expect(d.classCounts == [50, 50, 50])
        let first = try d.example(0)
        #expect(first.x == [5.1, 3.5, 1.4, 0.2])
        #expect(first.y == [0])
    }

    @Test func digits() throws {
        let d = try Dataset.named("digits")
        #expect(d.count == 1797)
        #expect(d.features == 64)
        #expect(d.classes == (0...9).map(String.init))
        #expect(d.classCounts == [178, 182, 177, 183, 181, 182, 181, 179, 174, 180])
        let pixels = d.x.storage.allSatisfy { $0 >= 0 && $0 <= 16 && $0 == $0.rounded() }
        #expect(pixels)
        #expect(try d.example(0).x.prefix(8) == [0, 0, 5, 13, 9, 1, 0, 0])
    }

    @Test func fixedSetsRefuseGeneratorOptions() throws {
        let error = try #require(throwing(DataError.self) { _ = try Dataset.named("iris", n: 10) })
        #expect(error.parameter == "n")
        #expect(error.message == "\"iris\" is a fixed data set of 150 examples: n= applies only to generated sets (circles, moons, spiral, gauss, sine)")
    }

    @Test func unknownNames() throws {
        let typo = try #require(throwing(DataError.self) { _ = try Dataset.named("irsi") })
        #expect(typo.message == "no data set named \"irsi\"; the names are xor, and, or, iris, digits, circles, moons, spiral, gauss, sine (did you mean \"iris\"?)")
        let file = try #require(throwing(DataError.self) { _ = try Dataset.named("data.csv") })
        #expect(file.message == "\"data.csv\" is a file name: read a CSV file with load(\"data.csv\")")
    }
}
