import Language
import NeuralEngine
import TextCharts

/// The chart built-ins (LANGUAGE.md §7): `plot`, `scatter`, `boundary`,
/// `hist`, `heatmap` draw text charts sized to the terminal (72 x 18 when
/// output is not one); `charset` picks braille, ASCII or block characters.
/// Every chart returns none.
///
///     plot(h)
///     plot(sigmoid, tanh, from=-4, to=4)
///     boundary(net, xor)
enum ChartBuiltins {
    static func all(_ session: Session) -> [Builtin] {
        [plot(session), scatter(session), boundary(session), hist(session), heatmap(session), charset(session)]
    }

    /// The keyword options every chart takes.
    static let sizeParameters: [Signature.Parameter] = [
        .init("title", default: "none", keywordOnly: true),
        .init("width", default: "terminal width", keywordOnly: true),
        .init("height", default: "terminal rows - 8", keywordOnly: true),
    ]

    static let sizeDetails = """
    width= and height= give the whole chart's size in characters, labels included (default: the \
    terminal's width and its height minus 8 rows, or 72 x 18 when output is not a terminal);
    title= puts a title above the chart. charset("ascii") draws with plain ASCII characters.
    """

    static let maxWidth = 500
    static let maxHeight = 200

    /// Size and style of a chart from `width=`, `height=` and the session.
    struct ChartSetup {
        var width: Int
        var height: Int
        var style: ChartStyle
        var title: String?
    }

    static func canvas(_ r: ArgumentReader, _ session: Session) throws(ScriptError) -> ChartSetup {
        let options = session.options
        // Rows - 8 leaves the command above the chart on screen; a terminal
        // too small for any chart says so (the error suggests width= and height=).
        let terminal = options.isTerminal && options.columns > 0 && options.rows > 0
        let defaultHeight = terminal ? min(max(options.rows - 8, 1), maxHeight) : 18
        let defaultWidth = terminal ? min(options.columns, maxWidth) : 72
        // A chart wider or taller than any screen is a typo, not a wish
        // (checked before reading the whole number, so 1e300 and inf say so too).
        for (name, limit, unit) in [("width", maxWidth, "characters"), ("height", maxHeight, "lines")] {
            guard case .number(let x)? = r.value(name) else { continue }
            if x > Double(limit) {
                throw r.error(name, "\(name) must be at most \(limit) \(unit), got \(formatNumber(x))")
            }
            if x.isInfinite {
                throw r.error(name, "\(name) must be a positive whole number, got \(formatNumber(x))")
            }
        }
        let width = try r.optionalWholeNumber("width", positive: true) ?? defaultWidth
        let height = try r.optionalWholeNumber("height", positive: true) ?? defaultHeight
        let charset: ChartCharset = switch session.charset {
        case .braille: .braille
        case .ascii: .ascii
        case .block: .block
        }
        return ChartSetup(width: width, height: height, style: ChartStyle(charset: charset, color: options.color),
                      title: try r.optionalString("title"))
    }

    /// Renders a chart and writes it; a chart error (too small, from >= to)
    /// becomes the built-in's error, pointing at the size when it is about size.
    static func draw(_ r: ArgumentReader, _ context: any CallContext, _ render: () throws -> String) throws(ScriptError) -> Value {
        do {
            context.write(try render() + "\n")
            return .none
        } catch let error as ScriptError {
            throw error
        } catch let error as ChartError {
            switch error {
            case let .tooSmall(_, width, height, minWidth, minHeight):
                // The caret goes under the size that falls short, when it was given.
                let short = [("width", width < minWidth), ("height", height < minHeight)]
                let about = short.first { $0.1 && r.value($0.0) != nil }?.0
                    ?? (r.value("width") != nil ? "width" : r.value("height") != nil ? "height" : "")
                var message = error.description
                if about.isEmpty { message += " (the terminal is too small: pass width= and height=)" }
                throw r.error(about, message)
            case .invalid(let message):
                throw r.error("", message)
            }
        } catch {
            throw r.error("", "\(error)")
        }
    }

    /// Names for `count` things from `labels=` (a list of strings), or nil when not given.
    static func labels(_ r: ArgumentReader, count: Int, of what: String) throws(ScriptError) -> [String]? {
        guard let v = r.value("labels") else { return nil }
        guard case .list(let items) = v else {
            throw r.error("labels", "labels must be a list of strings, got \(v.shortDescription)")
        }
        var names: [String] = []
        for item in items {
            switch item {
            case .string(let s): names.append(s)
            case .number(let x): names.append(formatNumber(x))
            default: throw r.error("labels", "labels must be a list of strings, got \(item.shortDescription) in it")
            }
        }
        guard names.count == count else {
            throw r.error("labels", "labels has \(names.count) name\(names.count == 1 ? "" : "s") for \(count) \(what)")
        }
        return names
    }

    /// The numbers of a list or a tensor (a matrix is read row by row).
    static func numbers(_ v: Value, _ r: ArgumentReader, _ name: String, vector: Bool) throws(ScriptError) -> [Double] {
        if case .list(let items) = v, items.isEmpty { return [] }
        let t: Tensor
        do { t = try v.toTensor(name) } catch { throw r.error(name, error.message) }
        if vector, t.isMatrix, t.rows > 1, t.cols > 1 {
            throw r.error(name, "\(name) must be a list of numbers (a vector), got a \(t.shapeDescription) matrix")
        }
        return t.storage
    }

    static func charset(_ session: Session) -> Builtin { Builtin(
        name: "charset",
        signature: Signature([.init("name", default: "none")]),
        help: Help(
            signature: "charset(\"braille\" | \"ascii\" | \"block\")",
            summary: "choose the characters charts are drawn with",
            concept: "charts",
            example: """
            charset("ascii")     # plain ASCII: logs, old terminals
            charset("block")     # thick lines for a projector
            charset("braille")   # the default: fine dots, 2 x 4 per character
            """,
            details: """
            braille draws lines with braille dots (2 x 4 per character, the finest); ascii uses only \
            plain ASCII characters (also chosen by --ascii or a non-UTF-8 locale); block draws with \
            quadrant blocks (2 x 2 per character) whose thick lines stay visible on a projector.
            charset() with no name returns the current one.
            """
        )
    ) { args, _ throws(ScriptError) in
        let r = args.reader("charset")
        guard r.value("name") != nil else { return .string(session.charset.rawValue) }
        let name = try r.choice("name", among: Charset.allCases.map(\.rawValue))
        guard let chosen = Charset(rawValue: name) else { return .none }
        session.charset = chosen
        // Echoes of values follow: ASCII arrows and symbols with the ascii charset.
        session.options.unicode = chosen != .ascii
        session.interpreter.renderOptions.unicode = chosen != .ascii
        return .none
    }}
}
