/// The characters that tell series and classes apart without colour.
enum Markers {
    /// Point markers for classes: the same in every charset.
    static let classes: [Character] = ["o", "x", "+", "*", "#", "@", "%", "&", "=", "~"]
    /// ASCII line markers per series.
    static let series: [Character] = ["*", "o", "+", "x", "#", "@", "%", "&", "=", "~"]

    static func forClass(_ k: Int) -> Character { classes[((k % classes.count) + classes.count) % classes.count] }
    static func forSeries(_ k: Int) -> Character { series[((k % series.count) + series.count) % series.count] }

    /// A class marker standing out without colour (a misclassified point):
    /// letters in capitals, `o` as `O` and `x` as `X`.
    static func emphasised(_ marker: Character) -> Character {
        marker.isLetter ? Character(marker.uppercased()) : marker
    }

    /// The mark of a lone point or an undefined value.
    static func point(_ style: ChartStyle) -> Character { style.unicode ? "•" : "*" }
    static func open(_ style: ChartStyle) -> Character { style.unicode ? "○" : "o" }
}
