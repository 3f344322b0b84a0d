import Language
import NeuralEngine
import TextCharts

extension ChartBuiltins {
    static func scatter(_ session: Session) -> Builtin { Builtin(
        name: "scatter",
        signature: Signature([
            .init("d"),
            .init("features", default: "[0, 1]", keywordOnly: true),
            .init("labels", default: "none", keywordOnly: true),
        ] + sizeParameters),
        help: Help(
            signature: "scatter(d, features=[0, 1], labels=[…], title=…)",
            summary: "draw a 2-feature dataset, one marker per class",
            concept: "charts",
            example: """
            scatter(dataset("moons", n=200))
            scatter(xor, labels=["false", "true"])
            scatter(dataset("iris"), features=[2, 3])
            """,
            details: """
            feature 0 goes across, feature 1 up; each class has its own marker (o x + * …) named \
            in the legend (the dataset's class names, or labels=). With more than two features, \
            the first two are drawn, or the two features=[i, j] picks; a dataset of one feature (\"sine\") is drawn as \
            its feature across and its target up.
            """ + "\n" + sizeDetails
        )
    ) { args, context throws(ScriptError) in
        let r = args.reader("scatter")
        let setup = try canvas(r, session)
        var d = try DataBuiltins.data(r, "d")
        if let chosen = r.value("features") {
            d = try pickFeatures(d, chosen, r)
        } else if d.features == 1, d.y.count == d.count, r.value("labels") == nil {
            // One feature and one target each (regression, "sine"): the target goes up.
            let points = (0..<d.count).map { ClassPoint(x: d.x.storage[$0], y: d.y.storage[$0]) }
            let chart = ScatterChart(title: setup.title ?? d.name, xLabel: featureName(d, 0) ?? "x", yLabel: "y",
                                     classNames: ["examples"], points: points)
            return try draw(r, context) { try chart.render(width: setup.width, height: setup.height, style: setup.style) }
        }
        // More than two features: the first two, saying so (features=[i, j] picks others).
        var note: String?
        if d.features > 2 {
            note = "features 0 and 1 of \(d.features) drawn: features=[i, j] picks two others"
            d = try pickFeatures(d, .list([.number(0), .number(1)]), r)
        } else if d.features != 2 {
            throw r.error("d", "expected a dataset with 2 features (or features=[i, j] to pick two), got \(d.features) feature\(d.features == 1 ? "" : "s")")
        }
        let (points, names) = try planePoints(d, r, "d")
        let classCount = max(names.count, (points.map(\.group).max() ?? -1) + 1)
        var chart = ScatterChart(title: setup.title ?? d.name, xLabel: featureName(d, 0), yLabel: featureName(d, 1),
                                 classNames: try labels(r, count: classCount, of: "classes") ?? names, points: points)
        chart.notes = note.map { [$0] } ?? []
        return try draw(r, context) { try chart.render(width: setup.width, height: setup.height, style: setup.style) }
    }}

    static func boundary(_ session: Session) -> Builtin { Builtin(
        name: "boundary",
        signature: Signature([
            .init("net"), .init("d"),
            .init("shade", default: "\"class\"", keywordOnly: true),
            .init("labels", default: "none", keywordOnly: true),
        ] + sizeParameters),
        help: Help(
            signature: "boundary(net, d, shade=\"class\" | \"probability\")",
            summary: "draw the decision regions of a 2-input network with the data on top",
            concept: "charts",
            example: """
            net = network(input(2), dense(4, tanh), dense(1, sigmoid))
            h = train(net, xor, epochs=2000, lr=0.5)
            boundary(net, xor)
            boundary(net, xor, shade="probability")
            """,
            details: """
            every character of the plane is shaded by the class the network predicts there, and the \
            examples of d are drawn over it with their class's marker: a marker standing on another \
            class's shade is misclassified; such points are drawn in capitals (O, X), and their \
            number is given under the chart.
            shade="probability" (one sigmoid output) shades by the output instead, from 0 to 1, so \
            you see how sure the network is; the boundary is where it crosses 0.5.
            """ + "\n" + sizeDetails
        )
    ) { args, context throws(ScriptError) in
        let r = args.reader("boundary")
        let setup = try canvas(r, session)
        let net = try r.native("net", NetworkValue.self, expected: "a network").network
        let d = try DataBuiltins.data(r, "d")
        guard net.inputCount == 2 else {
            throw r.error("net", "expected a network with 2 inputs (one per axis of the plane), got a network with \(net.inputCount)")
        }
        guard d.features == 2 else {
            throw r.error("d", "the dataset must have 2 features like the network's inputs, got \(d.features)")
        }
        let kind = OutputKind(net)
        guard kind.isClassification else {
            throw r.error("net", "expected a classifier (a sigmoid, step or sign output unit, or softmax), got a \(net.outputActivation.name) output with \(net.outputCount) unit\(net.outputCount == 1 ? "" : "s")")
        }
        let byProbability = try r.optionalChoice("shade", among: ["class", "probability"]) == "probability"
        if byProbability, !(net.outputCount == 1 && net.outputActivation == .sigmoid) {
            throw r.error("shade", "shade=\"probability\" needs one sigmoid output unit, got \(net.outputCount) \(net.outputActivation.name) unit\(net.outputCount == 1 ? "" : "s")")
        }
        let (points, names) = try planePoints(d, r, "d")
        let classCount = max(kind.classCount, names.count)
        let classNames = try labels(r, count: classCount, of: "classes") ?? names

        func inputs(_ ps: [ClassPoint]) -> Tensor {
            Tensor(rows: ps.count, cols: 2, ps.flatMap { [$0.x, $0.y] })
        }
        let shading: RegionChart.Shading = byProbability
            ? .probability { ps in try net.forward(inputs(ps)).storage }
            : .classes { ps in try net.predict(inputs(ps)).storage.map { Value.wholeInt($0) ?? 0 } }
        let chart = RegionChart(shading: shading, points: points, classNames: classNames,
                                title: setup.title ?? "net on \(d.name): shade = \(byProbability ? "p(\(classNames[safe: 1] ?? "class 1"))" : "predicted class")",
                                xLabel: featureName(d, 0), yLabel: featureName(d, 1))
        return try draw(r, context) { try chart.render(width: setup.width, height: setup.height, style: setup.style) }
    }}

    /// The dataset with only the two features `features=[i, j]` names.
    static func pickFeatures(_ d: Dataset, _ v: Value, _ r: ArgumentReader) throws(ScriptError) -> Dataset {
        guard case .list(let items) = v, items.count == 2 else {
            throw r.error("features", "features must be a list of two feature indices, got \(v.shortDescription)")
        }
        var picked: [Int] = []
        for item in items {
            do throws(ScriptError) {
                picked.append(try item.index(into: d.features, of: "a dataset of \(d.features) features"))
            } catch {
                throw r.error("features", error.message)
            }
        }
        var out = d
        out.x = Tensor(rows: d.count, cols: 2, (0..<d.count).flatMap { i in picked.map { d.x.storage[i * d.features + $0] } })
        let names = d.featureNames.count == d.features ? d.featureNames : (0..<d.features).map { "x\($0)" }
        out.featureNames = picked.map { names[$0] }
        return out
    }

    /// The examples of a 2-feature dataset as points with their class, and the class names.
    static func planePoints(_ d: Dataset, _ r: ArgumentReader, _ name: String) throws(ScriptError) -> ([ClassPoint], [String]) {
        guard d.features == 2 else {
            throw r.error(name, "the dataset must have 2 features to draw on a plane, got \(d.features)")
        }
        let signLabelled = isSignLabelled(d)
        let groups = signLabelled ? d.y.storage.map { $0 == 1 ? 1 : 0 } : classIndices(d)
        let points = (0..<d.count).map { i in
            ClassPoint(x: d.x.storage[2 * i], y: d.x.storage[2 * i + 1], group: groups?[i] ?? 0)
        }
        let names = groups == nil ? ["examples"] : (signLabelled ? ["-1", "+1"] : d.classes)
        return (points, names)
    }

    /// Labels that are all -1 or +1 (the lecture's sign perceptron): two
    /// classes, -1 drawn as class 0, as `predict` reports a sign output.
    static func isSignLabelled(_ d: Dataset) -> Bool {
        !(d.y.isMatrix && d.y.cols > 1) && d.y.storage.contains(-1)
            && d.y.storage.allSatisfy { $0 == -1 || $0 == 1 }
    }

    /// The class of each example: y's whole numbers, or the argmax of a
    /// one-hot row; nil when y holds values (regression).
    static func classIndices(_ d: Dataset) -> [Int]? {
        let y = d.y
        if y.isMatrix, y.cols > 1 {
            return (0..<y.rows).map { r in
                let row = y.storage[(r * y.cols)..<((r + 1) * y.cols)]
                return (row.indices.max { row[$0] < row[$1] } ?? r * y.cols) - r * y.cols
            }
        }
        var classes: [Int] = []
        for v in y.storage {
            guard v.isFinite, v >= 0, v < 1000, v == v.rounded() else { return nil }
            classes.append(Int(v))
        }
        return classes
    }

    static func featureName(_ d: Dataset, _ i: Int) -> String? {
        d.featureNames.count == d.features ? d.featureNames[i] : nil
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { index >= 0 && index < count ? self[index] : nil }
}
