import Testing
@testable import TextCharts

@Suite struct CanvasTests {
    @Test func brailleDotsMapToUnicodeBits() {
        var c = BrailleCanvas(columns: 2, rows: 1)
        c.set(x: 0, y: 0, ink: Ink())
        c.set(x: 3, y: 3, ink: Ink())
        #expect(c.cell(column: 0, row: 0)?.character == "⠁")
        #expect(c.cell(column: 1, row: 0)?.character == "⢀")
        c.set(x: 99, y: -1, ink: Ink())   // outside: ignored, no crash
        #expect(c.cell(column: 5, row: 0) == nil)
    }

    @Test func blockQuadrants() {
        var c = BlockCanvas(columns: 1, rows: 1)
        c.set(x: 0, y: 1, ink: Ink())
        #expect(c.cell(column: 0, row: 0)?.character == "▖")
        c.set(x: 1, y: 0, ink: Ink())
        #expect(c.cell(column: 0, row: 0)?.character == "▞")
    }

    @Test func asciiKeepsTheMarker() {
        var c = AsciiCanvas(columns: 3, rows: 1)
        c.set(x: 1, y: 0, ink: Ink(marker: "o"))
        #expect(c.cell(column: 1, row: 0)?.character == "o")
        #expect(c.cell(column: 0, row: 0) == nil)
    }

    @Test func colourOnlyWhenAsked() throws {
        let chart = LineChart(series: [Series("a", y: [1, 2, 3]), Series("b", y: [3, 2, 1])])
        let plain = try chart.render(width: 40, height: 10, style: .plain)
        let coloured = try chart.render(width: 40, height: 10, style: ChartStyle(charset: .braille, color: true))
        #expect(!plain.contains("\u{1B}"))
        #expect(coloured.contains("\u{1B}[34m") && coloured.contains("\u{1B}[33m"))
    }
}
