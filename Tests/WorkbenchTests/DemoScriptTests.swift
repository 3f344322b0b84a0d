import Foundation
import Testing
import Language
@testable import Workbench

/// Every lecture demo runs to its end and reaches what it is there to teach
/// (issue 7). Each test is its own demo, so they run side by side.
@Suite struct DemoScriptTests {
    /// A demo on the projector must not keep the class waiting (debug build, engine optimized).
    static let secondsPerDemo = 20.0

    func finished(_ run: DemoRun, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.errors.isEmpty, "\(run.errors)", sourceLocation: sourceLocation)
        #expect(run.seconds < Self.secondsPerDemo, "took \(run.seconds) s", sourceLocation: sourceLocation)
    }

    @Test func neuronComputesTheWeightedSumByHandAndAsALayer() throws {
        let run = try DemoRun("neuron")
        finished(run)
        #expect(try run.number("z") == 0.2)
        #expect(abs(try run.number("forward(neuron, x)[0]") - 1 / (1 + exp(-0.2))) < 1e-12)
        #expect(run.output.contains("z¹ = W¹ a⁰ + b¹"))
    }

    @Test func activationsPlotEachFunctionAndDerivative() throws {
        let run = try DemoRun("activations")
        finished(run)
        #expect(run.output.contains("step and sign"))
        #expect(run.output.contains("undefined at z = 0"))
        #expect(try run.number("derivative(step)(0.5)") == 0)
        #expect(try run.number("derivative(sigmoid)(10)") < 1e-4)
    }

    @Test func perceptronLearnsAndAndOrButNotXor() throws {
        let run = try DemoRun("perceptron")
        finished(run)
        #expect(try run.number("evaluate(p_and, and_gate).accuracy") == 1)
        #expect(try run.number("evaluate(p_or, or_gate).accuracy") == 1)
        #expect(try run.numbers("forward(p_sign, and_pm.x)") == [-1, -1, -1, 1])
        #expect(try run.number("evaluate(p_xor, xor).accuracy") < 1)
        #expect(run.output.components(separatedBy: "converged at epoch").count - 1 == 3)
        // Mistakes per epoch, as the history keeps them: AND and OR end on an epoch without one, XOR never has one.
        #expect(try run.numbers("h_and.mistakes").last == 0)
        #expect(try run.numbers("h_or.mistakes").last == 0)
        let xorMistakes = try run.numbers("h_xor.mistakes")
        #expect(xorMistakes.count == 50 && xorMistakes.allSatisfy { $0 > 0 })
        #expect(run.output.contains("sign perceptron on and (labels -1/+1)"))
        #expect(run.output.contains("· region -1   ░ region +1   o -1   x +1"))
        #expect(run.output.contains("mistakes after 50 epochs: the classes may not be linearly separable"))
    }

    @Test func firstNetworkLearnsXorAndEqualWeightsStayIdentical() throws {
        let run = try DemoRun("first-network")
        finished(run)
        #expect(try run.number("evaluate(net, xor).accuracy") == 1)
        #expect(run.output.contains("a² = σ(z²)"))
        // All-zero weights after 2000 updates: W¹ still zero, every hidden neuron outputs the same, XOR unlearned.
        #expect(try run.numbers("zero.layers[1].W") == Array(repeating: 0, count: 8))
        for x in ["[1, 0]", "[0, 1]", "[1, 1]"] {
            #expect(Set(try run.numbers("tanh(zero.layers[1].W @ \(x) + zero.layers[1].b)")).count == 1)
        }
        #expect(try run.number("evaluate(zero, xor).accuracy") < 1)
        #expect(run.output.contains("a¹ = tanh(z¹)   = [ 0  0  0  0]"))
        let rows = try run.numbers("same.layers[1].W")
        #expect(rows.count == 8)
        #expect(Set(rows).count == 1, "the hidden neurons of the equal-weight network drifted apart: \(rows)")
        #expect(try run.number("evaluate(same, xor).accuracy") < 1)
    }

    @Test func learningRateTooLargeDivergesAndTheEngineSaysWhy() throws {
        let run = try DemoRun("learning-rate")
        finished(run)
        #expect(try run.number("h_good.cost[-1]") < 1e-3)
        #expect(try run.number("h_slow.cost[-1]") > 10 * (try run.number("h_good.cost[-1]")))
        #expect(try run.number("h_wild.epochs") < 200)
        let report = run.output + run.warnings.joined(separator: "\n")
        #expect(report.contains("became inf") || report.contains("became nan"))
        #expect(report.contains("learning rate 2 is probably too large"))
    }

    @Test func batchSizesCompareFromTheSameStart() throws {
        let run = try DemoRun("batch-size")
        finished(run)
        #expect(try run.numbers("h_full.updates").last == 40)
        #expect(try run.numbers("h_mini.updates").last == 400)
        #expect(try run.numbers("h_single.updates").last == 8000)
        #expect(try run.number("h_single.cost[-1]") < (try run.number("h_full.cost[-1]")))
        #expect(run.output.contains("cost per update"))
        #expect(run.output.contains("200 updates per epoch"))
        // The lecture's table: examples per update, updates per epoch, updates in all, right-aligned.
        #expect(run.output.contains("""
                        examples per update  updates per epoch  updates in 40 epochs
            batch                       200                  1                    40
            mini-batch                   20                 10                   400
            stochastic                    1                200                  8000
            """))
    }

    @Test func backpropReproducesThePublishedWorkedExample() throws {
        let run = try DemoRun("backprop")
        finished(run)
        // The published walk-through: E_total 0.298371109 before, 0.29102777 after one step of lr 0.5.
        #expect(run.output.contains("\n0.298371108"))
        #expect(run.output.contains("\n0.29102777"))
        #expect(abs(try run.number("cost(net, example, loss=\"half_mse\")") - 0.29102777) < 5e-9)
        #expect(abs(try run.number("g.layers[2].W[0][0]") - 0.082167041) < 5e-10)
        #expect(abs(try run.number("g.layers[1].W[0][0]") - 0.000438568) < 5e-10)
        #expect(abs(try run.number("net.layers[2].W[0][0]") - 0.35891648) < 5e-9)
        #expect(abs(try run.number("net.layers[1].W[0][0]") - 0.149780716) < 5e-10)
        #expect(try run.numbers("net.layers[1].b") == [0.35, 0.35])
        #expect(try run.numbers("net.layers[2].b") == [0.6, 0.6])
    }

    @Test func stoppingShowsLossesCostAndEachReasonToStop() throws {
        let run = try DemoRun("stopping")
        finished(run)
        #expect(try run.number("len(l)") == 100)
        #expect(abs(try run.number("mean(losses(net, d))") - (try run.number("cost(net, d)"))) < 1e-12)
        #expect(run.output.contains("reached target_loss 0.1"))
        #expect(run.output.contains("did not improve for 10 epochs"))
        #expect(run.output.contains("is below 0.1: stop"))
        #expect(try run.number("h2.epochs") < 1000)
        #expect(try run.number("cost(net3, train_set)") < 0.1)
    }

    @Test func ocrReaches95PercentOnTheTestImages() throws {
        let run = try DemoRun("ocr")
        finished(run)
        #expect(try run.number("evaluate(net, test_set).accuracy") >= 0.95)
        #expect(try run.number("len(wrong)") >= 3)
        #expect(run.output.contains("mistake 1"))
    }

    @Test func timeSeriesBeatsRepeatingTheLastValue() throws {
        let run = try DemoRun("time-series")
        finished(run)
        let network = try run.number("evaluate(net, test_set).cost")
        let repeatLast = try run.number("mean((transpose(test_set.x)[9] - test_set.y) ^ 2)")
        #expect(network < repeatLast)
        #expect(run.output.contains("next value: truth and prediction"))
    }

    @Test func denoisingOutputIsCloserToTheCleanImagesThanTheNoisyInput() throws {
        let run = try DemoRun("denoising")
        finished(run)
        let noisy = try run.number("noisy_error")
        let output = try run.number("output_error")
        #expect(output < noisy, "reconstruction error \(output) is not below the noisy input's \(noisy)")
        #expect(run.output.contains("reconstructed"))
    }

    @Test func deepNetworkSeparatesTheSpiral() throws {
        let run = try DemoRun("deep-network")
        finished(run)
        #expect(try run.number("evaluate(deep, spiral).accuracy") >= 0.9)
        #expect(try run.number("evaluate(deep, spiral).accuracy") >= (try run.number("evaluate(wide, spiral).accuracy")))
    }
}
