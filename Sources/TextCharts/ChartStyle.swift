/// Which characters a chart draws with.
public enum ChartCharset: String, Sendable, CaseIterable {
    /// Braille dots, 2 x 4 per cell: the finest lines (default).
    case braille
    /// Pure ASCII: for logs, old terminals and non-UTF-8 locales.
    case ascii
    /// Quadrant blocks, 2 x 2 per cell: thick lines that stay visible on a projector.
    case block
}

/// How a chart is drawn: charset and whether to emit ANSI colour codes.
/// The caller decides colour (terminal, `NO_COLOR`); charts never look.
///
///     let text = try chart.render(width: 72, height: 18, style: ChartStyle(charset: .ascii))
public struct ChartStyle: Sendable, Equatable {
    public var charset: ChartCharset
    public var color: Bool

    public init(charset: ChartCharset = .braille, color: Bool = false) {
        self.charset = charset
        self.color = color
    }

    /// Braille, no colour.
    public static let plain = ChartStyle()
    public static let ascii = ChartStyle(charset: .ascii)

    var unicode: Bool { charset != .ascii }
    var frame: FrameGlyphs { unicode ? .unicode : .ascii }
}

/// The characters of axes and frames.
struct FrameGlyphs {
    var vertical: Character      // y axis between ticks
    var yTick: Character         // y axis at a tick
    var corner: Character        // where the axes meet
    var horizontal: Character    // x axis between ticks
    var xTick: Character         // x axis at a tick
    var zeroHorizontal: Character // the line y = 0 inside the plot
    var zeroVertical: Character   // the line x = 0 inside the plot
    var zeroCross: Character

    static let unicode = FrameGlyphs(vertical: "│", yTick: "┤", corner: "└", horizontal: "─", xTick: "┬",
                                     zeroHorizontal: "┄", zeroVertical: "┆", zeroCross: "┼")
    static let ascii = FrameGlyphs(vertical: "|", yTick: "+", corner: "+", horizontal: "-", xTick: "+",
                                   zeroHorizontal: "-", zeroVertical: "|", zeroCross: "+")
}
