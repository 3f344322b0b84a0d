import Foundation

/// One timing: wall-clock seconds, and the CPU seconds this process used
/// meanwhile (all threads). On a shared machine the CPU time of a
/// single-threaded run is the steadier number: waiting for a core is not
/// counted.
struct Timing {
    var wall: Double
    var cpu: Double

    /// The median of each measure over `runs` runs of `body` (the benchmark's rule: median of 5).
    static func median(runs: Int = 5, _ body: () -> Void) -> Timing {
        let times = (0..<runs).map { _ in measure(body) }
        return Timing(wall: middle(times.map(\.wall)), cpu: middle(times.map(\.cpu)))
    }

    static func measure(_ body: () -> Void) -> Timing {
        let cpu0 = processCPUTime()
        let start = ContinuousClock.now
        body()
        let elapsed = ContinuousClock.now - start
        let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return Timing(wall: wall, cpu: processCPUTime() - cpu0)
    }

    static func middle(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

    static func processCPUTime() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }
}
