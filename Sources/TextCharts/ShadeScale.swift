/// Characters of increasing darkness, for heatmaps, probability regions and
/// class regions.
enum ShadeScale {
    static func levels(_ style: ChartStyle) -> [Character] {
        style.unicode ? [" ", "░", "▒", "▓", "█"] : [" ", ".", ":", "-", "=", "+", "*", "#", "%", "@"]
    }

    /// Probability shades: an even count, so p = 0.5 falls between two.
    static func probability(_ style: ChartStyle) -> [Character] {
        style.unicode ? [" ", "·", "░", "▒", "▓", "█"] : [" ", ".", ":", "=", "%", "@"]
    }

    /// One fill per class, light enough for markers to stand out on it.
    static func classes(_ style: ChartStyle) -> [Character] {
        style.unicode ? ["·", "░", "▒", "▓", ":", "=", "╱", "╲"] : [".", ":", "=", "-", "~", "'", "^", "\""]
    }

    /// The level of `value` in [lo, hi] among `count` levels.
    static func level(_ value: Double, lo: Double, hi: Double, count: Int) -> Int {
        guard value.isFinite, hi > lo else { return value.isFinite ? count / 2 : 0 }
        // Halving first keeps hi - lo finite for values near the double limits.
        let f = (value / 2 - lo / 2) / (hi / 2 - lo / 2)
        guard let k = ChartMath.int((f * Double(count)).rounded(.down)) else { return f > 0.5 ? count - 1 : 0 }
        return max(0, min(count - 1, k))
    }
}
