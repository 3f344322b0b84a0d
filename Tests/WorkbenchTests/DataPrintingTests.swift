import Testing
import Language
import NeuralEngine
@testable import Workbench

/// What a student sees when a data set is echoed.
@Suite struct DataPrintingTests {
    func text(_ d: Dataset, width: Int = 72, unicode: Bool = true) -> String {
        DatasetValue(d).render(RenderOptions(width: width, unicode: unicode))
    }

    @Test func iris() throws {
        let shown = text(try Dataset.named("iris"))
        #expect(shown == """
        dataset iris: 150 examples × 4 features, 3 classes   (x 150×4, y 150)
        classes: setosa (50), versicolor (50), virginica (50)
          #  sepal_length  sepal_width  petal_length  petal_width  y
          0           5.1          3.5           1.4          0.2  0 setosa
          1           4.9          3             1.4          0.2  0 setosa
          2           4.7          3.2           1.3          0.2  0 setosa
          3           4.6          3.1           1.5          0.2  0 setosa
          4           5            3.6           1.4          0.2  0 setosa
          … 145 more examples
        """)
    }

    @Test func xorPrintsWhole() throws {
        let shown = text(try Dataset.named("xor"), unicode: false)
        #expect(shown == """
        dataset xor: 4 examples x 2 features, 2 classes   (x 4x2, y 4)
        classes: 0 (2), 1 (2)
          #  x0  x1  y
          0   0   0  0
          1   0   1  1
          2   1   0  1
          3   1   1  0
        """)
    }

    @Test func wideSetsElideColumns() throws {
        let shown = text(try Dataset.named("digits"))
        let lines = shown.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 72 })
        #expect(lines[0] == "dataset digits: 1797 examples × 64 features, 10 classes")
        #expect(lines[1] == "classes: 0 (178), 1 (182), 2 (177), 3 (183), 4 (181), 5 (182), 6 (181),")
        #expect(lines[3].contains("p63"))
        #expect(lines[3].contains("…"))
    }

    @Test func regressionAndNormalized() throws {
        var rng = SeededRandom(seed: 1)
        let sine = try Dataset.named("sine", n: 20, using: &rng)
        let shown = text(sine.normalized())
        let lines = shown.split(separator: "\n")
        #expect(lines[0] == "dataset sine: 20 examples × 1 feature   (x 20×1, y 20)")
        #expect(lines[1].hasPrefix("targets: from "))
        #expect(lines[2] == "normalized: each feature x was scaled as (x - d.mean) / d.std")
    }

    @Test func longNamesAndLabelsAreCutToTheWidth() throws {
        let names = (0..<6).map { "a_very_long_feature_name_\($0)" }
        let labels = ["an extremely long class label number one", "short"]
        let d = Dataset(name: "wide", x: Tensor(rows: 2, cols: 6, (0..<12).map { Double($0) * 123.25 }),
                        y: Tensor([0, 1]), classes: labels, featureNames: names)
        let lines = text(d).split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 72 }, "\(lines)")
        #expect(lines[1] == "classes: an extremely long class label number one (1), short (1)")
        #expect(lines[2] == "  #  a_very_long_fea…  …  a_very_long_fea…  y")
        #expect(lines[3] == "  0               0    …            616.25  0 an extremely lo…")
    }

    @Test func labelsWithLineBreaksStayOnOneLine() throws {
        let d = Dataset(name: "notes", x: Tensor(rows: 2, cols: 1, [1, 2]), y: Tensor([0, 1]),
                        classes: ["two\nlines", "tab\there"], featureNames: ["a"])
        #expect(text(d) == """
        dataset notes: 2 examples × 1 feature, 2 classes   (x 2×1, y 2)
        classes: two\\nlines (1), tab\\there (1)
          #  a  y
          0  1  0 two\\nlines
          1  2  1 tab\\there
        """)
    }

    @Test func narrowTerminals() throws {
        let lines = text(try Dataset.named("digits"), width: 40).split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 40 }, "\(lines)")
        #expect(lines[0] == "dataset digits: 1797 × 64, 10 classes")
        let iris = text(try Dataset.named("iris"), width: 40).split(separator: "\n")
        #expect(iris.allSatisfy { $0.count <= 40 }, "\(iris)")
        #expect(iris[3] == "  #  sepal_len…  …  petal_wid…  y")
        #expect(iris[4] == "  0         5.1  …         0.2  0 setosa")
    }

    @Test func manyClassesStopAfterFourLines() throws {
        let k = 500
        let d = Dataset(name: "ids", x: Tensor(rows: k, cols: 1, (0..<k).map(Double.init)),
                        y: Tensor((0..<k).map(Double.init)), classes: (0..<k).map { "id\($0)" }, featureNames: ["a"])
        let lines = text(d).split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 72 })
        let classLines = lines[1...4]
        #expect(classLines.first?.hasPrefix("classes: id0 (1), id1 (1),") == true)
        let last = try #require(classLines.last)
        #expect(last.hasSuffix(" more"))
        // Shown and left over add up to every class.
        let shown = classLines.joined().components(separatedBy: " (1)").count - 1
        let left = Int(last.split(separator: " ").dropLast().last ?? "") ?? -1
        #expect(shown + left == k)
        #expect(lines[5].hasPrefix("  #"))
    }
}
