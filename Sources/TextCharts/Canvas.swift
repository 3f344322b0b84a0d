/// One character cell of a drawn chart.
public struct Cell: Sendable, Equatable {
    public var character: Character
    public var color: ChartColor?
    /// Drawn in reverse video when colour is on (misclassified points).
    public var emphasis: Bool
    /// Drawn dim when colour is on (region shading under the markers).
    public var faint: Bool

    public init(_ character: Character, color: ChartColor? = nil, emphasis: Bool = false, faint: Bool = false) {
        self.character = character
        self.color = color
        self.emphasis = emphasis
        self.faint = faint
    }
}

/// What a dot is drawn with: a colour, and the marker that canvases without
/// sub-cell dots (ASCII) print instead, so series stay apart without colour.
public struct Ink: Sendable, Equatable {
    public var marker: Character
    public var color: ChartColor?

    public init(marker: Character = "*", color: ChartColor? = nil) {
        self.marker = marker
        self.color = color
    }
}

/// A grid of cells, each holding `dotsAcross` x `dotsDown` dots.
/// Dot coordinates start at the top-left corner.
///
///     var canvas = BrailleCanvas(columns: 40, rows: 10)
///     canvas.set(x: 3, y: 7, ink: Ink())
public protocol Canvas {
    var columns: Int { get }
    var rows: Int { get }
    var dotsAcross: Int { get }
    var dotsDown: Int { get }
    mutating func set(x: Int, y: Int, ink: Ink)
    /// The cell's character, or nil when nothing was drawn there.
    func cell(column: Int, row: Int) -> Cell?
}

extension Canvas {
    public var dotWidth: Int { columns * dotsAcross }
    public var dotHeight: Int { rows * dotsDown }

    func contains(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < dotWidth && y < dotHeight
    }
}

/// The canvas a charset draws lines and points on.
func makeCanvas(_ charset: ChartCharset, columns: Int, rows: Int) -> any Canvas {
    switch charset {
    case .braille: BrailleCanvas(columns: columns, rows: rows)
    case .block: BlockCanvas(columns: columns, rows: rows)
    case .ascii: AsciiCanvas(columns: columns, rows: rows)
    }
}
