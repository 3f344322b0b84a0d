/// A canvas of braille characters: 2 x 4 dots per cell, the finest lines a
/// terminal can show.
///
///     var c = BrailleCanvas(columns: 2, rows: 1); c.set(x: 0, y: 0, ink: Ink())   // "⠁ "
public struct BrailleCanvas: Canvas {
    public let columns: Int
    public let rows: Int
    public var dotsAcross: Int { 2 }
    public var dotsDown: Int { 4 }
    private var bits: [UInt8]
    private var colors: [ChartColor?]

    public init(columns: Int, rows: Int) {
        self.columns = max(columns, 0)
        self.rows = max(rows, 0)
        bits = Array(repeating: 0, count: self.columns * self.rows)
        colors = Array(repeating: nil, count: self.columns * self.rows)
    }

    // Unicode numbers braille dots down the left column, then the right,
    // with the bottom row (dots 7 and 8) added last.
    private static let dotBit: [[UInt8]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]

    public mutating func set(x: Int, y: Int, ink: Ink) {
        guard contains(x: x, y: y) else { return }
        let index = (y / 4) * columns + x / 2
        bits[index] |= Self.dotBit[y % 4][x % 2]
        if let color = ink.color { colors[index] = color }
    }

    public func cell(column: Int, row: Int) -> Cell? {
        guard column >= 0, row >= 0, column < columns, row < rows else { return nil }
        let index = row * columns + column
        guard bits[index] != 0, let scalar = Unicode.Scalar(0x2800 + UInt32(bits[index])) else { return nil }
        return Cell(Character(scalar), color: colors[index])
    }
}
