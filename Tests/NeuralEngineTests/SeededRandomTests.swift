import Testing
@testable import NeuralEngine

/// The generator is xoshiro256** seeded through SplitMix64 (Vigna's reference
/// algorithms), so a seed gives the same numbers on every platform and in
/// every version: these values come from an independent implementation of the
/// reference code (whose SplitMix64 gives the published 6457827717110365317,
/// 3203168211198807973, 9817491932198370423 for seed 1234567).
@Suite struct SeededRandomTests {
    @Test func streamMatchesTheReferenceAlgorithm() {
        var rng = SeededRandom(seed: 42)
        #expect([rng.next(), rng.next(), rng.next()] == [1546998764402558742, 6990951692964543102, 12544586762248559009])
    }

    @Test func uniformUsesTheTop53Bits() {
        var rng = SeededRandom(seed: 42)
        let u = [rng.uniform(), rng.uniform(), rng.uniform()]
        #expect(u.map(\.bitPattern) == [0.08386297105988216, 0.3789802506626686, 0.6800434110281394].map(\.bitPattern))
    }

    @Test func sameSeedSameInitialWeightsBitForBit() throws {
        func weights() throws -> [UInt64] {
            try withOwnRandom {
                GlobalRandom.seed(42)
                let net = try Network(inputs: 3, [LayerSpec(4, .relu), LayerSpec(2, .softmax, initializer: .normal)])
                return net.layers.flatMap { $0.weights.storage.map(\.bitPattern) }
            }
        }
        let a = try weights(), b = try weights()
        #expect(a == b && a.count == 20)
        // he for relu: U(±sqrt(6/3)); the first weight is the first uniform of seed 42, scaled.
        let bound = (6.0 / 3).squareRoot()
        #expect(Double(bitPattern: a[0]) == -bound + 2 * bound * 0.08386297105988216)
    }
}
