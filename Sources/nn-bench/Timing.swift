import Foundation

/// Seconds taken by `body`, on the monotonic clock.
func time(_ body: () -> Void) -> Double {
    let clock = ContinuousClock()
    let elapsed = clock.measure(body)
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
}

/// The median of `runs` timings of `body` (the benchmark's rule: median of 5).
func medianTime(runs: Int = 5, _ body: () -> Void) -> Double {
    let times = (0..<runs).map { _ in time(body) }.sorted()
    return times[times.count / 2]
}
