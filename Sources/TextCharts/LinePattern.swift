/// How a line is stroked on dot canvases: solid, or with gaps so series
/// stay apart without colour (validation cost is dashed).
public enum LinePattern: Sendable, Equatable, CaseIterable {
    case solid, dashed, dotted, dashDot, sparse

    /// Whether the dot at `step` along the line is drawn.
    func draws(_ step: Int) -> Bool {
        switch self {
        case .solid: true
        case .dashed: step % 6 < 4
        case .dotted: step % 2 == 0
        case .dashDot: step % 8 < 4 || step % 8 == 6
        case .sparse: step % 4 == 0
        }
    }

    /// A short sample for the legend.
    func sample(_ style: ChartStyle) -> String {
        if !style.unicode { return "" }
        switch self {
        case .solid: return "──"
        case .dashed: return "╌╌"
        case .dotted: return "┈┈"
        case .dashDot: return "─·"
        case .sparse: return "··"
        }
    }
}
