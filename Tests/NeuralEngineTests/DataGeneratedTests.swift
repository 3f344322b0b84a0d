import Foundation
import Testing
@testable import NeuralEngine

/// Reproducibility is checked with private generators: other suites may
/// reseed `GlobalRandom` at any moment while tests run in parallel.
@Suite struct DataGeneratedTests {
    @Test(arguments: ["circles", "moons", "spiral", "gauss"])
    func classificationSizes(name: String) throws {
        let d = try Dataset.named(name, n: 201)
        #expect(d.count == 201)
        #expect(d.features == 2)
        #expect(d.classes == ["0", "1"])
        #expect(d.classCounts == [101, 100])
        let finite = d.x.storage.allSatisfy { $0.isFinite }
        #expect(finite)
    }

    @Test func defaultsAndSpiralClasses() throws {
        #expect(try Dataset.named("moons").count == 200)
        let spiral = try Dataset.named("spiral", n: 100, classes: 3)
        #expect(spiral.classes == ["0", "1", "2"])
        #expect(spiral.classCounts == [34, 33, 33])
    }

    @Test(arguments: ["circles", "moons", "spiral", "gauss", "sine"])
    func reproducibleForASeed(name: String) throws {
        var rng = SeededRandom(seed: 42)
        let a = try Dataset.named(name, n: 50, noise: 0.2, using: &rng)
        var same = SeededRandom(seed: 42)
        let b = try Dataset.named(name, n: 50, noise: 0.2, using: &same)
        #expect(a.x == b.x)
        #expect(a.y == b.y)
        // The generator moved on: the next draw differs.
        let c = try Dataset.named(name, n: 50, noise: 0.2, using: &rng)
        #expect(c.y != a.y || c.x != a.x)
    }

    @Test func zeroNoiseShapes() throws {
        let circles = try Dataset.named("circles", n: 40, noise: 0)
        for i in 0..<40 {
            let e = try circles.example(i)
            let r = (e.x[0] * e.x[0] + e.x[1] * e.x[1]).squareRoot()
            #expect(abs(r - (e.y[0] == 0 ? 1 : 0.5)) < 1e-12)
        }
        let sine = try Dataset.named("sine", n: 5, noise: 0)
        #expect(sine.features == 1)
        #expect(sine.classes.isEmpty)
        #expect(sine.x.storage == [0, Double.pi / 2, Double.pi, 3 * Double.pi / 2, 2 * Double.pi])
        for (t, y) in zip(sine.x.storage, sine.y.storage) { #expect(abs(sin(t) - y) < 1e-15) }
    }

    @Test func badOptions() throws {
        let n = try #require(throwing(DataError.self) { _ = try Dataset.named("moons", n: 1) })
        #expect(n.parameter == "n")
        #expect(n.message == "n must be a whole number from 2 to 50000000, got 1")
        let noise = try #require(throwing(DataError.self) { _ = try Dataset.named("moons", noise: -1) })
        #expect(noise.message == "noise must be a number >= 0, got -1")
        let nan = try #require(throwing(DataError.self) { _ = try Dataset.named("moons", noise: -.nan) })
        #expect(nan.message == "noise must be a number >= 0, got nan")
        let classes = try #require(throwing(DataError.self) { _ = try Dataset.named("moons", classes: 3) })
        #expect(classes.message == "classes= applies only to \"spiral\"; \"moons\" has 2 classes")
        let few = try #require(throwing(DataError.self) { _ = try Dataset.named("spiral", n: 3, classes: 4) })
        #expect(few.message == "n must be a whole number from 4 to 50000000, got 3")
    }
}
