import Testing
import Foundation
import Language
import NeuralEngine
@testable import Workbench

/// The lecture demos about networks and training run end to end without an
/// error and print what the lecture shows.
@Suite struct TrainingDemoTests {
    static let demos = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/Workbench/Demos")

    func run(_ name: String) throws -> (stdout: String, errors: [String], warnings: [String]) {
        let text = try String(contentsOf: Self.demos.appendingPathComponent(name), encoding: .utf8)
        return runWithData(text)
    }

    @Test func backpropDemoReproducesTheWorkedExample() throws {
        let (out, errors, _) = try run("06-backprop.nn")
        #expect(errors.isEmpty, "\(errors)")
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.contains("0.2983711087600027"))
        #expect(lines.last == "0.29102777369359933")
    }

    @Test func firstNetworkDemoLearnsXor() throws {
        let (out, errors, _) = try run("03-first-network.nn")
        #expect(errors.isEmpty, "\(errors)")
        #expect(out.contains("network 2 → 4 → 1"))
        #expect(out.contains("stopped at epoch 2000"))
        #expect(out.contains("[0, 1, 1, 0]"))
    }

    @Test func perceptronDemoConvergesOnAndAndOrButNotXor() throws {
        let (out, errors, _) = try run("02-perceptron.nn")
        #expect(errors.isEmpty, "\(errors)")
        #expect(out.components(separatedBy: "converged at epoch").count - 1 == 3)
        #expect(out.contains("the classes may not be linearly separable"))
    }

    @Test func stoppingDemoStopsOnTargetAndPatience() throws {
        let (out, errors, _) = try run("07-stopping.nn")
        #expect(errors.isEmpty, "\(errors)")
        #expect(out.contains("reached target_loss 0.1"))
        #expect(out.contains("validation cost did not improve for 10 epochs"))
    }

    @Test func learningRateDemoShowsDivergence() throws {
        let (out, errors, _) = try run("04-learning-rate.nn")
        #expect(errors.isEmpty, "\(errors)")
        #expect(out.contains("learning rate 2 is probably too large"))
    }
}
