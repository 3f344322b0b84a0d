import Foundation
import Synchronization

/// The one random generator behind every random choice (initial weights,
/// shuffling, splits, generated data): xoshiro256** seeded through
/// SplitMix64, so the same seed gives the same numbers on every platform.
///
///     var rng = SeededRandom(seed: 42)
///     rng.uniform(-1, 1)
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var s: (UInt64, UInt64, UInt64, UInt64)

    public init(seed: UInt64) {
        var x = seed
        func splitMix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s = (splitMix(), splitMix(), splitMix(), splitMix())
    }

    public mutating func next() -> UInt64 {
        let result = rotl(s.1 &* 5, 7) &* 9
        let t = s.1 << 17
        s.2 ^= s.0
        s.3 ^= s.1
        s.1 ^= s.2
        s.0 ^= s.3
        s.2 ^= t
        s.3 = rotl(s.3, 45)
        return result
    }

    private func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// Uniform in [0, 1) with 53 random bits.
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Uniform in [lo, hi).
    public mutating func uniform(_ lo: Double, _ hi: Double) -> Double {
        lo + (hi - lo) * uniform()
    }

    /// Standard normal (Box–Muller; one value per call so the stream does
    /// not depend on whether a cached second value was used).
    public mutating func normal() -> Double {
        var u1 = uniform()
        while u1 <= 0 { u1 = uniform() }
        let u2 = uniform()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// An integer in 0..<n, unbiased.
    public mutating func index(below n: Int) -> Int {
        precondition(n > 0)
        return Int(next(upperBound: UInt64(n)))
    }

    /// Fisher–Yates shuffle, using only this generator.
    public mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            let j = index(below: i + 1)
            items.swapAt(i, j)
        }
    }
}

/// The process-wide generator that `seed(n)` resets. Shared mutable state,
/// so it lives behind a lock.
public enum GlobalRandom {
    private static let state = Mutex(SeededRandom(seed: 0x6E6E_5EED))

    /// Restarts the stream: everything random after this is reproducible.
    public static func seed(_ seed: UInt64) {
        state.withLock { $0 = SeededRandom(seed: seed) }
    }

    /// Runs `body` with the shared generator.
    public static func with<R>(_ body: (inout SeededRandom) throws -> R) rethrows -> R {
        try state.withLock { try body(&$0) }
    }
}
