import Testing
import Language
@testable import Workbench

/// The chart built-ins as a script sees them (LANGUAGE.md §7).
@Suite struct ChartScriptTests {
    func output(_ source: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let (out, diagnostics) = runScript(source)
        #expect(diagnostics.isEmpty, "unexpected: \(diagnostics.map(\.message))", sourceLocation: sourceLocation)
        return out
    }

    func failure(_ source: String) -> String? {
        runScript(source).diagnostics.first { $0.severity == .error }?.message
    }

    /// Lines of a chart, checked against the size it was given.
    func chartLines(_ text: String, width: Int = 72, height: Int = 18, sourceLocation: SourceLocation = #_sourceLocation) -> [Substring] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count <= height, "\(lines.count) lines:\n\(text)", sourceLocation: sourceLocation)
        #expect(lines.allSatisfy { $0.count <= width }, "too wide:\n\(text)", sourceLocation: sourceLocation)
        return Array(lines)
    }

    @Test func activationsAtTheDefaultSize() {
        let text = output("plot(sigmoid)")
        let lines = chartLines(text)
        #expect(lines.count == 18)
        #expect(lines[0].contains("sigmoid"))
        #expect(text.contains("1.0 ┤") && text.contains("0.0 ┤"))
        #expect(lines.last?.contains("z") == true)
    }

    @Test func severalFunctionsHaveALegend() {
        let text = output("plot(sigmoid, tanh, derivative(relu), from=-4, to=4, width=60, height=15)")
        _ = chartLines(text, width: 60, height: 15)
        #expect(text.contains("── sigmoid") && text.contains("╌╌ tanh") && text.contains("relu′"))
        #expect(text.contains("-4") && text.contains("4"))
    }

    @Test func undefinedPointsAreMarked() {
        let text = output("plot(derivative(step))")
        #expect(text.contains("○"))
        #expect(text.contains("undefined at z = 0"))
    }

    @Test func userFunctions() {
        let text = output("fn f(x) { return x ^ 2 }\nplot(f, from=-2, to=2, height=12)")
        _ = chartLines(text, height: 12)
        #expect(text.contains("f"))
        let wrong = failure("fn g(x) { return [x, x] }\nplot(g)")
        #expect(wrong?.contains("must return a number") == true)
    }

    @Test func numbers() {
        let ys = output("plot([1, 4, 9, 16, 25], title=\"squares\")")
        #expect(ys.contains("squares"))
        _ = chartLines(ys)
        let xy = output("plot([0, 0.5, 1], [1, 0, 1])")
        _ = chartLines(xy)
        let log = output("plot([0.001, 0.01, 1, 100], log=true)")
        #expect(log.contains("0.001") && log.contains("100"))
        let skipped = output("plot([1, 0 / 0, 2])")
        #expect(skipped.contains("1 value skipped (nan or inf)"))
    }

    @Test func severalSeriesOfNumbers() {
        let list = output("plot([[1, 2, 3, 4], [4, 3, 2, 1]], labels=[\"truth\", \"prediction\"], title=\"both\")")
        _ = chartLines(list)
        #expect(list.contains("── truth") && list.contains("╌╌ prediction") && list.contains("both"))
        let xy = output("plot([0, 10, 20], [[1, 2, 3], [3, 2, 1]])")
        #expect(xy.contains("series 1") && xy.contains("series 2") && xy.contains("20"))
        let matrix = output("m = [[1, 2, 3], [3, 2, 1], [2, 2, 2]]\nplot(m, labels=[\"a\", \"b\", \"c\"])")
        #expect(matrix.contains("── a") && matrix.contains("┈┈ c"))
        // A vector and an n x 1 column (what predict returns) overlay too.
        let mixed = output("plot([[1, 2, 3], reshape([3, 2, 1], 3, 1)])")
        #expect(mixed.contains("series 2"))
        #expect(failure("plot([[1, 2], [1, 2]], labels=[\"one\"])") == "plot: labels has 1 name for 2 series")
        #expect(failure("plot([1, 2], [[1, 2], [1, 2, 3]])") == "plot: xs and ys must have the same length, got 2 and 3")
        #expect(failure("plot(zeros(11, 3))")?.hasPrefix("plot: plot draws at most 10 series") == true)
        #expect(output("plot([sigmoid, tanh], labels=[\"s\", \"t\"])").contains("╌╌ t"))
        // One series stays as it was: no legend.
        #expect(!output("plot([1, 2, 3])").contains("series 1"))
    }

    @Test func titlesOnEveryChart() {
        #expect(output("scatter(dataset(\"xor\"), title=\"corners\")").contains("corners"))
        #expect(output("hist([1, 2, 2, 3], title=\"counts\")").contains("counts"))
        #expect(output("heatmap([[1, 2], [3, 4]], title=\"weights\")").contains("weights"))
        #expect(output("net = network(input(2), dense(2, tanh), dense(1, sigmoid))\nboundary(net, dataset(\"xor\"), title=\"wide\")").contains("wide"))
        #expect(output("plot(sigmoid, title=\"squash\")").contains("squash"))
    }

    @Test func logAxisOverAHugeRange() {
        let text = output("plot([1e-6, 1, 1e10, 1e100, 5e304, 1 / 0, 0], log=true, height=16)")
        _ = chartLines(text, height: 16)
        #expect(text.contains("1e300") && text.contains("1e100") && !text.contains("1e-100"))
        #expect(text.contains("1 value skipped (nan or inf)") && text.contains("1 value <= 0 left off the log axis"))
    }

    @Test func sizesOutOfReach() {
        #expect(failure("plot([1, 2, 3], width=10000)") == "plot: width must be at most 500 characters, got 10000")
        #expect(failure("hist([1, 2, 3], height=1000)") == "hist: height must be at most 200 lines, got 1000")
        #expect(failure("plot(sigmoid, width=1 / 0)") == "plot: width must be at most 500 characters, got inf")
        #expect(failure("plot(sigmoid, height=-1 / 0)") == "plot: height must be a positive whole number, got -inf")
        #expect(failure("plot(sigmoid, width=1e300)") == "plot: width must be at most 500 characters, got 1e+300")
        #expect(failure("plot(sigmoid, width=0 / 0)") == "plot: width must be a positive whole number, got nan")
        #expect(failure("scatter(dataset(\"xor\"), height=-3)") == "scatter: height must be a positive whole number, got -3")
        #expect(failure("heatmap([[1, 2]], width=3, height=2)")?.hasPrefix("heatmap: a heatmap needs at least") == true)
        #expect(failure("a = [[1, 2], [3, 4]]\nheatmap(a, a, a, a, a, a, a, a, width=30)") == "heatmap: 8 heatmaps side by side needs at least 61 x 4 characters (labels included), got 30 x 18")
        #expect(failure("plot([1, 2, 3], width=15, height=4)")?.hasPrefix("plot: a line chart needs at least") == true)
    }

    @Test func functionPlotsLabelTheirEnds() {
        let text = output("plot(sigmoid, width=60, height=15)")
        let ticks = chartLines(text, width: 60, height: 15).first { $0.contains("-5") && $0.contains("0") }
        #expect(ticks?.split(separator: " ").map(String.init) == ["-5", "-4", "-3", "-2", "-1", "0", "1", "2", "3", "4", "5"])
    }

    @Test func histories() {
        let setup = """
        seed(3)
        xor = dataset("xor")
        net = network(input(2), dense(3, tanh), dense(1, sigmoid))
        h1 = train(net, xor, epochs=30, lr=0.5, validation=xor, verbose=false)
        h2 = train(copy(net), xor, epochs=30, lr=0.1, batch=1, verbose=false)

        """
        let one = output(setup + "plot(h1)")
        _ = chartLines(one)
        #expect(one.contains("cost per epoch"))
        #expect(one.contains("╌╌ validation cost"))
        #expect(one.contains("epoch"))

        let both = output(setup + "plot(h1, h2, labels=[\"mini-batch\", \"batch\"], x=\"updates\")")
        _ = chartLines(both)
        #expect(both.contains("cost per update"))
        #expect(both.contains("mini-batch (validation)") && both.contains("batch"))
        #expect(both.contains("updates"))

        let list = output(setup + "plot([h1, h2], labels=[\"a\", \"b\"], log=true)")
        #expect(list.contains("a (validation)"))

        let wrong = runScript(setup + "plot(h1, h2, labels=[\"only one\"])").diagnostics.first?.message
        #expect(wrong == "plot: labels has 1 name for 2 histories")
    }

    @Test func everyLineOfSeveralHistoriesHasItsOwnPattern() {
        let text = output("""
        seed(3)
        xor = dataset("xor")
        net = network(input(2), dense(3, tanh), dense(1, sigmoid))
        h1 = train(net, xor, epochs=20, lr=0.5, validation=xor, verbose=false)
        h2 = train(copy(net), xor, epochs=20, lr=0.1, validation=xor, verbose=false)
        plot(h1, h2, labels=["fast", "slow"])
        """)
        let samples = ["── fast", "╌╌ fast (validation)", "┈┈ slow", "─· slow (validation)"]
        #expect(samples.allSatisfy { text.contains($0) }, "\(text)")
    }

    /// Charts fill the terminal less 8 rows (the command above stays on screen).
    @Test func sizedToTheTerminal() {
        for (columns, rows) in [(80, 24), (100, 30), (60, 15)] {
            let sink = BufferSink()
            let session = Session(output: sink, options: SessionOptions(isTerminal: true, columns: columns, rows: rows))
            session.run(SourceFile(name: "t.nn", text: "plot(sigmoid)", directory: "."))
            let lines = sink.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.count == rows - 8, "\(columns)x\(rows): \(lines.count) lines")
            #expect(lines.map(\.count).max() == columns)
        }
        let sink = BufferSink()
        let tiny = Session(output: sink, options: SessionOptions(isTerminal: true, columns: 80, rows: 10))
        tiny.run(SourceFile(name: "t.nn", text: "plot(sigmoid)", directory: "."))
        #expect(sink.diagnostics.first?.message.contains("the terminal is too small: pass width= and height=") == true)
    }

    @Test func oneFeatureAgainstItsTarget() {
        let text = output("scatter(dataset(\"sine\", n=50), width=60, height=15)")
        _ = chartLines(text, width: 60, height: 15)
        #expect(text.contains("o examples") && text.contains("sine"))
    }

    @Test func misclassifiedPointsAreCapitals() {
        // An untrained perceptron on xor gets some corners wrong.
        let text = output("""
        net = network(input(2), dense(1, sigmoid))
        boundary(net, dataset("xor"), width=40, height=14)
        """)
        #expect(text.contains("of 4 points misclassified (drawn as"), "\(text)")
        #expect(text.contains("O") || text.contains("X"))
    }

    @Test func scatterAndBoundary() {
        let iris = output("scatter(dataset(\"iris\"), features=[2, 3])")
        #expect(iris.contains("o setosa"))
        // Without features=, the first two, with a note: three classes, three markers.
        let firstTwo = output("scatter(dataset(\"iris\"))")
        _ = chartLines(firstTwo)
        #expect(firstTwo.contains("sepal_length") && firstTwo.contains("o setosa   x versicolor   + virginica"))
        #expect(firstTwo.contains("features 0 and 1 of 4 drawn"))
        let scatter = output("scatter(dataset(\"xor\"))")
        _ = chartLines(scatter)
        #expect(scatter.contains("o 0") && scatter.contains("x 1"))
        let regions = output("""
        seed(1)
        net = network(input(2), dense(4, tanh), dense(1, sigmoid))
        boundary(net, dataset("xor"))
        boundary(net, dataset("xor"), shade="probability", width=50, height=14)
        """)
        #expect(regions.contains("region 0") && regions.contains("p(1) from 0 to 1"))
        #expect(regions.contains("of 4 points misclassified") || regions.contains("all 4 points classified correctly"))
        let multi = output("""
        net = network(input(2), dense(8, relu), dense(3, softmax))
        boundary(net, dataset("spiral", classes=3, n=60))
        """)
        #expect(multi.contains("region 2"))
    }

    @Test func histogramsAndHeatmaps() {
        let hist = output("hist([1, 2, 2, 3, 3, 3, 4, 4, 5], bins=5)")
        _ = chartLines(hist)
        #expect(hist.contains("5 bins of width 0.8 from 1 to 5"))
        let digit = output("d = dataset(\"digits\")\nheatmap(reshape(d.x[0], 8, 8), title=\"digit\")")
        #expect(digit.contains("digit") && digit.contains("█"))
        let side = output("a = [[1, 2], [3, 4]]\nheatmap(a, a * 2, a * 3, titles=[\"one\", \"two\", \"three\"])")
        _ = chartLines(side)
        #expect(side.contains("one") && side.contains("three"))
        #expect(side.contains("1 to 12"))
    }

    @Test func charsetSwitchesToAscii() {
        let text = output("charset(\"ascii\")\nplot(tanh)\nscatter(dataset(\"xor\"))\nhist([1, 2, 3])")
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII }, "\(text)")
        #expect(output("charset(\"block\")\ncharset()") == "block\n")
        #expect(failure("charset(\"fancy\")")?.hasPrefix("charset: name must be one of") == true)
    }

    @Test func clearErrors() {
        #expect(failure("plot(sigmoid, from=3, to=1)") == "plot: from must be below to, got from=3 and to=1")
        #expect(failure("plot(sigmoid, to=1 / 0)") == "plot: to must be a finite number, got inf")
        #expect(failure("plot(sigmoid, from=0 / 0)") == "plot: from must be a finite number, got nan")
        #expect(failure("plot([1, 2, 3], [1, 2])") == "plot: xs and ys must have the same length, got 3 and 2")
        #expect(failure("plot(\"hello\")") == "plot: expected histories, functions or lists of numbers (one kind at a time), got \"hello\"")
        #expect(failure("plot(sigmoid, width=12, height=4)")?.hasPrefix("plot: a function plot needs at least") == true)
        #expect(failure("plot([1, 2], from=1)") == "plot: from= applies to functions, not to numbers")
        #expect(failure("plot(sigmoid, x=\"updates\")") == "plot: x= applies to histories, not to functions")
        #expect(failure("plot(sigmoid, width=0)") == "plot: width must be a positive whole number, got 0")
        #expect(failure("hist([1, 2], bins=0)") == "hist: bins must be a positive whole number, got 0")
        #expect(failure("hist([1, 2], bins=1 / 0)") == "hist: bins must be at most 1000, got inf")
        #expect(failure("hist([1, 2], bins=5000)") == "hist: bins must be at most 1000, got 5000")
        #expect(failure("heatmap([[1]], [[2]], titles=[\"a\"])") == "heatmap: titles has 1 name for 2 matrices")
        #expect(failure("scatter(dataset(x=[[1], [2]], y=[[0, 1], [1, 0]]))") == "scatter: expected a dataset with 2 features (or features=[i, j] to pick two), got 1 feature")
        #expect(failure("scatter(dataset(\"iris\"), features=[0, 9])")?.hasPrefix("scatter: index 9 is out of range") == true)
        #expect(failure("boundary(network(input(3), dense(1, sigmoid)), dataset(\"xor\"))") == "boundary: expected a network with 2 inputs (one per axis of the plane), got a network with 3")
        #expect(failure("boundary(network(input(2), dense(1, linear)), dataset(\"xor\"))")?.contains("expected a classifier") == true)
    }

    @Test func everyChartBuiltinHasHelp() {
        let session = Session(output: BufferSink())
        let names = ChartBuiltins.all(session).map(\.name)
        #expect(names == ["plot", "scatter", "boundary", "hist", "heatmap", "charset"])
        for b in ChartBuiltins.all(session) {
            #expect(b.help.concept == "charts", "\(b.name)")
            #expect(!b.help.example.isEmpty && !b.help.summary.isEmpty, "\(b.name)")
        }
    }
}
