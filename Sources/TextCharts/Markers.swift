/// The characters that tell series and classes apart without colour.
enum Markers {
    /// Point markers for classes: the same in every charset.
    static let classes: [Character] = ["o", "x", "+", "*", "#", "@", "%", "&", "=", "~"]
    /// ASCII line markers per series.
    static let series: [Character] = ["*", "o", "+", "x", "#", "@", "%", "&", "=", "~"]

    static func forClass(_ k: Int) -> Character { classes[((k % classes.count) + classes.count) % classes.count] }
    static func forSeries(_ k: Int) -> Character { series[((k % series.count) + series.count) % series.count] }

    /// The mark of a lone point or an undefined value.
    static func point(_ style: ChartStyle) -> Character { style.unicode ? "•" : "*" }
    static func open(_ style: ChartStyle) -> Character { style.unicode ? "○" : "o" }
}
