/// The eight basic ANSI colours. Charts use them only when the caller asks
/// (`ChartStyle.color`); every chart stays readable without them.
///
///     ChartColor.palette(count: 2)   // [.blue, .yellow]: safe for colour-blind readers
public enum ChartColor: Int, Sendable, CaseIterable {
    case black = 30, red, green, yellow, blue, magenta, cyan, white

    /// Foreground escape code, e.g. `ESC[34m`.
    var escape: String { "\u{1B}[\(rawValue)m" }
    static let reset = "\u{1B}[0m"

    /// Colours for series or classes, in order. Blue and yellow come first:
    /// the pair stays distinct under red-green colour blindness.
    public static let series: [ChartColor] = [.blue, .yellow, .magenta, .cyan, .green, .red, .white]

    public static func palette(count: Int) -> [ChartColor] {
        (0..<max(count, 0)).map { series[$0 % series.count] }
    }
}
