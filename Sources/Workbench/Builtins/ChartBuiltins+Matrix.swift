import Language
import NeuralEngine
import TextCharts

extension ChartBuiltins {
    static func hist(_ session: Session) -> Builtin { Builtin(
        name: "hist",
        signature: Signature([.init("values"), .init("bins", default: "20")] + sizeParameters),
        help: Help(
            signature: "hist(values, bins=20, title=…)",
            summary: "draw a histogram: how many values fall in each of equal bins",
            concept: "charts",
            example: """
            hist(net.layers[1].W, bins=30, title="weights of layer 1")
            hist([1, 2, 2, 3, 3, 3])
            """,
            details: """
            values is a list or a tensor (a matrix counts all its entries). The bins split the range \
            from the smallest to the largest value into equal parts; the x axis shows bin edges, the \
            line under the chart the bin width. nan and inf values are skipped and counted.
            """ + "\n" + sizeDetails
        )
    ) { args, context throws(ScriptError) in
        let r = args.reader("hist")
        let setup = try canvas(r, session)
        let values = try numbers(try r.required("values"), r, "values", vector: false)
        // The limit first, so bins=1e300 and bins=inf say it too.
        if case .number(let x)? = r.value("bins"), x > 1000 { throw r.error("bins", "bins must be at most 1000, got \(formatNumber(x))") }
        let bins = try r.optionalWholeNumber("bins", positive: true) ?? 20
        let chart = Histogram(values: values, bins: bins, title: setup.title)
        return try draw(r, context) { try chart.render(width: setup.width, height: setup.height, style: setup.style) }
    }}

    static func heatmap(_ session: Session) -> Builtin { Builtin(
        name: "heatmap",
        signature: Signature([.init("m", aliases: ["matrix"]), .init("titles", default: "none", keywordOnly: true)] + sizeParameters, variadic: "more"),
        help: Help(
            signature: "heatmap(m, …, titles=[…])",
            summary: "draw matrices as shades: weights, or an 8x8 digit; several side by side",
            concept: "charts",
            example: """
            heatmap(net.layers[1].W)
            heatmap(reshape(digits.x[0], 8, 8))
            heatmap(noisy, clean, out, titles=["noisy", "clean", "reconstructed"])
            """,
            details: """
            each entry is a shade from light (smallest) to dark (largest), two characters wide so a \
            square matrix looks square; the line under the chart gives the values of the lightest \
            and darkest shades. On a colour terminal a matrix with values of both signs is shaded by \
            size instead, blue below 0 and yellow above, so a weight of 0 is blank. Big matrices are \
            averaged down to fit. Several matrices are drawn \
            side by side, each with its title, and share one scale so their shades compare.
            """ + "\n" + sizeDetails
        )
    ) { args, context throws(ScriptError) in
        let r = args.reader("heatmap")
        let setup = try canvas(r, session)
        let given = [try r.required("m")] + args.rest
        var maps: [Heatmap] = []
        for (i, v) in given.enumerated() {
            let t: Tensor
            do throws(ScriptError) { t = try v.toTensor("m") } catch {
                throw ScriptError("heatmap: \(error.message)", argument: i == 0 ? args.origin("m") : r.restOrigin(i - 1))
            }
            let rows = t.isMatrix ? t.rows : 1
            let cols = t.isMatrix ? t.cols : t.count
            maps.append(Heatmap((0..<rows).map { r in Array(t.storage[(r * cols)..<((r + 1) * cols)]) }))
        }
        if let titles = r.value("titles") {
            guard case .list(let items) = titles else { throw r.error("titles", "titles must be a list of strings, got \(titles.shortDescription)") }
            guard items.count == maps.count else {
                throw r.error("titles", "titles has \(items.count) name\(items.count == 1 ? "" : "s") for \(maps.count) matri\(maps.count == 1 ? "x" : "ces")")
            }
            for (i, item) in items.enumerated() {
                guard case .string(let s) = item else { throw r.error("titles", "titles must be a list of strings, got \(item.shortDescription) in it") }
                maps[i].title = s
            }
        } else if maps.count == 1 {
            maps[0].title = setup.title
        }
        if maps.count > 1 {
            // One scale for all, so a shade means the same value in each.
            let all = maps.flatMap { $0.matrix.joined() }.filter(\.isFinite)
            if let lo = all.min(), let hi = all.max() { for i in maps.indices { maps[i].range = (lo, hi) } }
        }
        return try draw(r, context) {
            try Heatmap.sideBySide(maps, title: maps.count > 1 ? setup.title : nil, width: setup.width, height: setup.height, style: setup.style)
        }
    }}
}
