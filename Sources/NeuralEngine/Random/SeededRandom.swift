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

/// A generator shared by everything one session draws: a reference, so the
/// session, its built-ins and the engine advance the same stream.
public final class RandomSource: @unchecked Sendable {
    // Guarded by `lock`; @unchecked because Mutex is noncopyable and this
    // class is only ever shared by reference.
    private let lock = Mutex<SeededRandom>(SeededRandom(seed: 0))

    public init(seed: UInt64) { reseed(seed) }

    public func reseed(_ seed: UInt64) { lock.withLock { $0 = SeededRandom(seed: seed) } }

    public func with<R>(_ body: (inout SeededRandom) throws -> R) rethrows -> R {
        try lock.withLock { generator in try body(&generator) }
    }
}

/// The generator that `seed(n)` resets and every random choice draws from.
///
/// Each thread may bind its own `RandomSource` (a session binds its own for
/// the duration of a run), so sessions running side by side — tests run in
/// parallel — never draw from each other's stream. Unbound threads share
/// one process-wide generator.
public enum GlobalRandom {
    /// The seed everything starts from when no `seed(n)` was given.
    public static let defaultSeed: UInt64 = 0

    private static let shared = RandomSource(seed: defaultSeed)
    private static let key = "nn.GlobalRandom.source"

    /// The source random choices on this thread draw from.
    public static var current: RandomSource {
        (Thread.current.threadDictionary[key] as? RandomSource) ?? shared
    }

    /// Restarts the current stream: everything random after this is reproducible.
    public static func seed(_ seed: UInt64) {
        current.reseed(seed)
    }

    /// Runs `body` with the current generator.
    public static func with<R>(_ body: (inout SeededRandom) throws -> R) rethrows -> R {
        try current.with(body)
    }

    /// Runs `body` with `source` bound as this thread's generator.
    public static func using<R>(_ source: RandomSource, _ body: () throws -> R) rethrows -> R {
        let dictionary = Thread.current.threadDictionary
        let previous = dictionary[key]
        dictionary[key] = source
        defer { dictionary[key] = previous }
        return try body()
    }
}
