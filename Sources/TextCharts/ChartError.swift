/// Why a chart cannot be drawn. Its `description` is the message a student
/// reads, lower-case and without a final period.
///
///     do { _ = try chart.render(width: 20, height: 4, style: .plain) }
///     catch let error as ChartError { print(error) }
public enum ChartError: Error, Equatable, CustomStringConvertible, Sendable {
    /// `width` x `height` leaves no room to draw; at least `minWidth` x `minHeight` is needed.
    case tooSmall(chart: String, width: Int, height: Int, minWidth: Int, minHeight: Int)
    /// A caller-supplied argument that cannot be drawn (`from` not below `to`, no bins…).
    case invalid(String)

    public var description: String {
        switch self {
        case let .tooSmall(chart, width, height, minWidth, minHeight):
            return "\(chart) needs at least \(minWidth) x \(minHeight) characters (labels included), got \(width) x \(height)"
        case let .invalid(message):
            return message
        }
    }
}
