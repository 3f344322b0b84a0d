/// A canvas of plain ASCII: one dot per cell, drawn with the ink's marker
/// (`*`, `o`, `+`…), so each series keeps its own character without colour.
///
///     var c = AsciiCanvas(columns: 3, rows: 1); c.set(x: 1, y: 0, ink: Ink(marker: "o"))   // " o "
public struct AsciiCanvas: Canvas {
    public let columns: Int
    public let rows: Int
    public var dotsAcross: Int { 1 }
    public var dotsDown: Int { 1 }
    private var cells: [Cell?]

    public init(columns: Int, rows: Int) {
        self.columns = max(columns, 0)
        self.rows = max(rows, 0)
        cells = Array(repeating: nil, count: self.columns * self.rows)
    }

    public mutating func set(x: Int, y: Int, ink: Ink) {
        guard contains(x: x, y: y) else { return }
        cells[y * columns + x] = Cell(ink.marker, color: ink.color)
    }

    public func cell(column: Int, row: Int) -> Cell? {
        guard column >= 0, row >= 0, column < columns, row < rows else { return nil }
        return cells[row * columns + column]
    }
}
