import Language
import NeuralEngine
import TextCharts

extension ChartBuiltins {
    static func plot(_ session: Session) -> Builtin { Builtin(
        name: "plot",
        signature: Signature([
            .init("what"),
            .init("labels", default: "none", keywordOnly: true),
            .init("x", default: "\"epochs\"", keywordOnly: true),
            .init("from", default: "-5", keywordOnly: true),
            .init("to", default: "5", keywordOnly: true),
            .init("log", default: "false", keywordOnly: true),
            .init("xlabel", default: "none", keywordOnly: true),
            .init("ylabel", default: "none", keywordOnly: true),
        ] + sizeParameters, variadic: "more"),
        help: Help(
            signature: "plot(h, …, labels=[…], x=\"updates\")  plot(f, …, from=-5, to=5)  plot(ys)  plot(xs, ys, log=true)",
            summary: "draw cost curves of histories, functions and activations, or lists of numbers",
            concept: "charts",
            example: """
            plot(h)                                          # cost per epoch (and validation cost)
            plot(h1, h2, h3, labels=["batch", "mini-batch", "sgd"], x="updates")
            plot(sigmoid, tanh, from=-4, to=4)
            plot(derivative(sigmoid))
            plot([1, 4, 9, 16], log=true)
            plot([[1, 2, 4, 8], [1, 3, 4, 7]], labels=["truth", "prediction"])
            """,
            details: """
            histories: the cost per epoch of each (validation cost dashed), several overlaid — given \
            one by one or as a list; x="updates" puts updates, not epochs, on the x axis.
            functions: activations, derivative(f) and your own fn of one number, sampled over \
            from..to (default -5 to 5); jumps (step, sign) are not joined, and points where a \
            function is undefined are marked.
            numbers: plot(ys) against 0, 1, 2, …, or plot(xs, ys) with two lists of the same length; \
            several series: a list of lists (plot([ys1, ys2]), plot(xs, [ys1, ys2])) or a matrix, \
            one line per row (at most 10). nan and inf values are skipped and counted under the \
            chart. log=true: a log y axis (values <= 0 left off and counted).
            labels= names the series in the legend; xlabel= and ylabel= name the axes.
            """ + "\n" + sizeDetails
        )
    ) { args, context throws(ScriptError) in
        let r = args.reader("plot")
        let setup = try canvas(r, session)
        let items = [try r.required("what")] + args.rest
        // plot([h1, h2, h3]) overlays the histories of the list.
        if items.count == 1, case .list(let list) = items[0], !list.isEmpty, list.allSatisfy({ $0.historyNative != nil }) {
            return try plotHistories(list.compactMap(\.historyNative), r, context, setup)
        }
        if items.allSatisfy({ $0.historyNative != nil }) {
            return try plotHistories(items.compactMap(\.historyNative), r, context, setup)
        }
        if items.count == 1, case .list(let list) = items[0], !list.isEmpty, list.allSatisfy(\.isPlottableFunction) {
            return try plotFunctions(list, r, context, setup)
        }
        if items.allSatisfy(\.isPlottableFunction) {
            return try plotFunctions(items, r, context, setup)
        }
        if items.count <= 2, items.allSatisfy(\.isPlottableNumbers) {
            return try plotNumbers(items, r, context, setup)
        }
        let kinds = items.map(\.shortDescription).joined(separator: ", ")
        throw r.error("what", "expected histories, functions or lists of numbers (one kind at a time), got \(kinds)")
    }}

    private static func plotHistories(_ histories: [HistoryValue], _ r: ArgumentReader, _ context: any CallContext, _ setup: ChartSetup) throws(ScriptError) -> Value {
        try refuse(["from", "to"], r, for: "histories", appliesTo: "functions")
        let perUpdate = try r.optionalChoice("x", among: ["epochs", "updates"]) == "updates"
        let names = try labels(r, count: histories.count, of: histories.count == 1 ? "history" : "histories")
        // The perceptron rule counts mistakes rather than a cost.
        let mistakesOnly = histories.allSatisfy { $0.cost.isEmpty && !$0.mistakes.isEmpty }
        var series: [Series] = []
        for (i, h) in histories.enumerated() {
            let ys = mistakesOnly ? h.mistakes.map(Double.init) : h.cost
            let xs = perUpdate && h.updates.count == ys.count ? h.updates.map(Double.init) : (0..<ys.count).map { Double($0 + 1) }
            let name = names?[i] ?? (histories.count == 1 ? (mistakesOnly ? "mistakes" : "cost") : "history \(i + 1)")
            let hasValidation = !h.validationCost.isEmpty
            series.append(Series(histories.count == 1 && !hasValidation && names == nil ? "" : name, x: xs, y: ys, pattern: .solid))
            if hasValidation {
                let vx = Array(xs.prefix(h.validationCost.count))
                series.append(Series(histories.count == 1 && names == nil ? "validation cost" : "\(name) (validation)",
                                     x: vx, y: Array(h.validationCost.prefix(vx.count)), pattern: .dashed))
            }
        }
        // Several histories: every line its own pattern, so they stay apart
        // without colour; validation lines take the broken ones (dashed first).
        if histories.count > 1 {
            let anyValidation = histories.contains { !$0.validationCost.isEmpty }
            let training: [LinePattern] = anyValidation ? [.solid, .dotted, .sparse] : [.solid, .dashed, .dotted, .dashDot, .sparse]
            let validation: [LinePattern] = [.dashed, .dashDot]
            var k = 0, v = 0
            for i in series.indices {
                if series[i].label.hasSuffix("(validation)") {
                    series[i].pattern = validation[v % validation.count]
                    v += 1
                } else {
                    series[i].pattern = training[k % training.count]
                    k += 1
                }
            }
        }
        let unit = perUpdate ? "update" : "epoch"
        var chart = LineChart(title: setup.title ?? "\(mistakesOnly ? "mistakes" : "cost") per \(unit)", xLabel: try r.optionalString("xlabel") ?? (perUpdate ? "updates" : "epoch"),
                              yLabel: try r.optionalString("ylabel"), logY: try r.bool("log", default: false), series: series)
        chart.showLegend = series.count > 1
        chart.includeZero = true
        return try draw(r, context) { try chart.render(width: setup.width, height: setup.height, style: setup.style) }
    }

    private static func plotFunctions(_ items: [Value], _ r: ArgumentReader, _ context: any CallContext, _ setup: ChartSetup) throws(ScriptError) -> Value {
        try refuse(["x"], r, for: "functions", appliesTo: "histories")
        let from = try r.number("from", default: -5)
        let to = try r.number("to", default: 5)
        for (name, v) in [("from", from), ("to", to)] where !v.isFinite {
            throw r.error(name, "\(name) must be a finite number, got \(formatNumber(v))")
        }
        guard from < to else {
            throw r.error(r.value("to") != nil ? "to" : "from", "from must be below to, got from=\(formatNumber(from)) and to=\(formatNumber(to))")
        }
        if try r.bool("log", default: false) { throw r.error("log", "log=true applies to numbers and histories, not to functions") }
        let names = try labels(r, count: items.count, of: items.count == 1 ? "function" : "functions")
        let unicode = setup.style.charset != .ascii
        var functions: [FunctionPlot.Function] = []
        var allActivations = true
        for (i, item) in items.enumerated() {
            if let a = item.activationNative {
                functions.append(.init(names?[i] ?? a.label(unicode: unicode), undefinedAt: a.undefinedPoints) { z in
                    a.values(at: [z]).first ?? .nan
                })
            } else if case .function(let f) = item {
                allActivations = false
                functions.append(.init(names?[i] ?? f.name) { x in
                    let y = try context.call(item, [.number(x)])
                    guard case .number(let v) = y else {
                        throw r.error(i == 0 ? "what" : "", "\(f.name)(\(formatNumber(x))) must return a number to be plotted, got \(y.shortDescription)")
                    }
                    return v
                })
            }
        }
        let single = functions.count == 1
        let variable = allActivations ? "z" : "x"
        var plot = FunctionPlot(from: from, to: to, title: setup.title ?? Self.joinedTitle(functions.map(\.label)),
                                xLabel: try r.optionalString("xlabel") ?? variable, yLabel: try r.optionalString("ylabel"), functions: functions)
        plot.showLegend = !single
        return try draw(r, context) { try plot.render(width: setup.width, height: setup.height, style: setup.style) }
    }

    /// At most this many series in one chart: each needs its own marker.
    static let maxSeries = 10

    /// An option given for another kind of plot is an error, not silently ignored.
    private static func refuse(_ options: [String], _ r: ArgumentReader, for kind: String, appliesTo other: String) throws(ScriptError) {
        for name in options where r.value(name) != nil {
            throw r.error(name, "\(name)= applies to \(other), not to \(kind)")
        }
    }

    private static func plotNumbers(_ items: [Value], _ r: ArgumentReader, _ context: any CallContext, _ setup: ChartSetup) throws(ScriptError) -> Value {
        try refuse(["from", "to"], r, for: "numbers", appliesTo: "functions")
        try refuse(["x"], r, for: "numbers", appliesTo: "histories (plot(xs, ys) takes the x values as a list)")
        let rows = try seriesRows(items[items.count - 1], r, items.count == 1 ? "what" : "")
        var xs: [Double]?
        if items.count == 2 {
            let given = try numbers(items[0], r, "what", vector: true)
            for ys in rows where given.count != ys.count {
                throw r.error("what", "xs and ys must have the same length, got \(given.count) and \(ys.count)")
            }
            xs = given
        }
        let several = rows.count > 1
        let names = try labels(r, count: rows.count, of: "series")
        let series = rows.enumerated().map { i, ys in Series(names?[i] ?? "", x: xs, y: ys) }
        // Several series get a title as well as a legend (LANGUAGE.md §7).
        let title = setup.title ?? (several ? Self.joinedTitle(series.enumerated().map { i, s in s.label.isEmpty ? "series \(i + 1)" : s.label }) : nil)
        var chart = LineChart(title: title, xLabel: try r.optionalString("xlabel"), yLabel: try r.optionalString("ylabel"),
                              logY: try r.bool("log", default: false), series: series)
        chart.showLegend = several || names != nil
        return try draw(r, context) { try chart.render(width: setup.width, height: setup.height, style: setup.style) }
    }

    /// The series in a value: one list of numbers, or several — a list of
    /// lists (or vectors), or a matrix, one series per row.
    private static func seriesRows(_ v: Value, _ r: ArgumentReader, _ name: String) throws(ScriptError) -> [[Double]] {
        var rows: [[Double]]
        if case .list(let items) = v, let first = items.first, !first.isNumber {
            rows = []
            for item in items { rows.append(try numbers(item, r, name, vector: true)) }
        } else if let t = v.asTensor, t.isMatrix, t.rows > 1, t.cols > 1 {
            rows = (0..<t.rows).map { i in Array(t.storage[(i * t.cols)..<((i + 1) * t.cols)]) }
        } else {
            rows = [try numbers(v, r, name, vector: true)]
        }
        guard rows.count <= maxSeries else {
            throw r.error(name, "plot draws at most \(maxSeries) series (one per row), got \(rows.count) rows; to plot the columns, use transpose(m)")
        }
        return rows
    }
}

extension Value {
    var historyNative: HistoryValue? {
        if case .native(let n) = self, let h = n as? HistoryValue { return h }
        return nil
    }

    /// An activation, a derivative, or a function of one number.
    var isPlottableFunction: Bool {
        if activationNative != nil { return true }
        if case .function = self { return true }
        return false
    }

    var isEmptyList: Bool {
        if case .list(let items) = self { return items.isEmpty }
        return false
    }

    var isNumber: Bool {
        if case .number = self { return true }
        return false
    }

    /// Numbers, a matrix, or a list of lists or vectors of numbers (several series).
    var isPlottableNumbers: Bool {
        if asTensor != nil || isEmptyList { return true }
        if case .list(let items) = self { return items.allSatisfy { $0.asTensor != nil || $0.isEmptyList } }
        return false
    }
}

extension ChartBuiltins {
    /// "sigmoid", "sigmoid and tanh", "relu, sigmoid and tanh".
    static func joinedTitle(_ names: [String]) -> String? {
        guard let last = names.last else { return nil }
        return names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " and " + last
    }
}
