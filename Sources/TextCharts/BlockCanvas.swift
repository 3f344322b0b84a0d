/// A canvas of quadrant blocks: 2 x 2 dots per cell. Coarser than braille,
/// but its thick strokes stay visible on a projector.
///
///     var c = BlockCanvas(columns: 1, rows: 1); c.set(x: 0, y: 1, ink: Ink())   // "▖"
public struct BlockCanvas: Canvas {
    public let columns: Int
    public let rows: Int
    public var dotsAcross: Int { 2 }
    public var dotsDown: Int { 2 }
    private var bits: [UInt8]
    private var colors: [ChartColor?]

    public init(columns: Int, rows: Int) {
        self.columns = max(columns, 0)
        self.rows = max(rows, 0)
        bits = Array(repeating: 0, count: self.columns * self.rows)
        colors = Array(repeating: nil, count: self.columns * self.rows)
    }

    // Index: bit 0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right.
    private static let glyphs: [Character] = [" ", "▘", "▝", "▀", "▖", "▌", "▞", "▛", "▗", "▚", "▐", "▜", "▄", "▙", "▟", "█"]

    public mutating func set(x: Int, y: Int, ink: Ink) {
        guard contains(x: x, y: y) else { return }
        let index = (y / 2) * columns + x / 2
        bits[index] |= UInt8(1 << ((y % 2) * 2 + x % 2))
        if let color = ink.color { colors[index] = color }
    }

    public func cell(column: Int, row: Int) -> Cell? {
        guard column >= 0, row >= 0, column < columns, row < rows else { return nil }
        let index = row * columns + column
        guard bits[index] != 0 else { return nil }
        return Cell(Self.glyphs[Int(bits[index])], color: colors[index])
    }
}
