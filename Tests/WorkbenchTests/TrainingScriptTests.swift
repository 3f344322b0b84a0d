import Testing
import Language
import NeuralEngine
@testable import Workbench

/// `train` through the language (LANGUAGE.md §4, §6): the settings line,
/// progress, stop lines, the perceptron rule, errors.
@Suite struct TrainingScriptTests {
    static let xorNet = "seed(42)\nnet = network(input(2), dense(4, tanh), dense(1, sigmoid))\n"

    @Test func xorLearnsWithFullBatchGradientDescent() throws {
        let script = Self.xorNet + """
        h = train(net, xor, epochs=2000, lr=0.5, batch="all")
        print(h.epochs, h.updates[-1], len(h.cost), len(h.accuracy), len(h.val_loss))
        print(h.cost[-1] < 0.01, h.accuracy[-1])
        print(predict(net, xor))
        """
        let (out, errors, _) = runWithData(script, ["xor": TrainingData.xor])
        #expect(errors.isEmpty, "\(errors)")
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.first == "train: m = 4, batch gradient descent (batch 4, 1 update per epoch), lr 0.5, sgd, loss bce (one sigmoid output → bce)")
        // Not a terminal: a few plain lines, then why it stopped.
        let progress = lines.filter { $0.hasPrefix("epoch ") }
        #expect(progress.map { String($0.prefix(15)) } == ["epoch    1/2000", "epoch  500/2000", "epoch 1000/2000", "epoch 1500/2000", "epoch 2000/2000"])
        #expect(progress.allSatisfy { $0.contains("  cost 0.") && $0.contains("  accuracy ") })
        #expect(lines.contains { $0.hasPrefix("stopped at epoch 2000: all 2000 epochs done, cost 0.00") && $0.contains(", accuracy 1.0000 (2000 updates, ") }, "\(out)")
        #expect(lines.suffix(3) == ["2000 2000 2000 2000 0", "true 1", "[0, 1, 1, 0]"])
    }

    @Test func targetLossStopsEarlyAndSaysSo() throws {
        let script = Self.xorNet + "h = train(net, xor, epochs=5000, lr=0.5, batch=\"all\", target_cost=0.05)\nprint(h.epochs < 5000, h.cost[-1] <= 0.05)"
        let (out, errors, _) = runWithData(script, ["xor": TrainingData.xor])
        #expect(errors.isEmpty, "\(errors)")
        let stop = try #require(out.split(separator: "\n").first { $0.hasPrefix("stopped at epoch") })
        #expect(stop.contains("reached target_loss 0.05 ("), "\(stop)")
        #expect(out.hasSuffix("true true\n"))
    }

    @Test func sameSeedSameHistory() {
        let script = Self.xorNet + "h = train(net, xor, epochs=50, batch=2, verbose=false)\nprint(h.cost[-1])"
        let a = runWithData(script, ["xor": TrainingData.xor]).stdout
        let b = runWithData(script, ["xor": TrainingData.xor]).stdout
        #expect(a == b)
        #expect(!a.isEmpty)
    }

    @Test func verboseFalsePrintsNothing() {
        let (out, errors, warnings) = runWithData(Self.xorNet + "h = train(net, xor, epochs=10, verbose=false)", ["xor": TrainingData.xor])
        #expect(out.isEmpty && errors.isEmpty && warnings.isEmpty)
    }

    @Test func perceptronLearnsAndAndOr() {
        for (name, data) in [("and_gate", TrainingData.and), ("or_gate", TrainingData.or)] {
            let script = "seed(1)\np = perceptron(2)\nh = train(p, \(name), epochs=50, lr=0.1)\nprint(predict(p, \(name)))"
            let (out, errors, _) = runWithData(script, [name: data])
            #expect(errors.isEmpty, "\(errors)")
            let lines = out.split(separator: "\n").map(String.init)
            #expect(lines.first?.contains("the perceptron rule (one example at a time") == true, "\(out)")
            #expect(lines.contains { $0.hasPrefix("epoch ") && $0.contains("mistakes ") })
            #expect(lines.contains { $0.hasPrefix("converged at epoch ") }, "\(out)")
            #expect(lines.last == (name == "and_gate" ? "[0, 0, 0, 1]" : "[0, 1, 1, 1]"))
        }
    }

    @Test func perceptronFailsOnXor() {
        let (out, errors, _) = runWithData("seed(1)\np = perceptron(2)\nh = train(p, xor, epochs=50, lr=0.1)", ["xor": TrainingData.xor])
        #expect(errors.isEmpty, "\(errors)")
        let stop = out.split(separator: "\n").last.map(String.init) ?? ""
        #expect(stop.hasPrefix("still ") && stop.contains("mistakes after 50 epochs: the classes may not be linearly separable"), "\(out)")
    }

    @Test func signPerceptronReadsLabelsAsPlusMinusOne() {
        let script = "seed(1)\np = perceptron(2, activation=sign)\nh = train(p, and_gate, epochs=50, lr=0.1, verbose=false)\nprint(forward(p, [1, 1]), forward(p, [0, 1]), predict(p, and_gate))"
        let (out, errors, _) = runWithData(script, ["and_gate": TrainingData.and])
        #expect(errors.isEmpty, "\(errors)")
        #expect(out == "[1] [-1] [0, 0, 0, 1]\n")
    }

    @Test func gradientDescentThroughStepWarns() {
        let (_, errors, warnings) = runWithData("net = network(input(2), dense(3, step), dense(1, sigmoid))\nh = train(net, xor, epochs=2)", ["xor": TrainingData.xor])
        #expect(errors.isEmpty)
        #expect(warnings.first?.hasPrefix("gradient descent cannot train through step: its derivative is 0 everywhere, so layer 1 never changes") == true, "\(warnings)")
    }

    @Test func divergenceStopsWithTheCauseAndKeepsFiniteWeights() {
        let script = "net = network(input(2), dense(1))\nh = train(net, xor, epochs=200, lr=50, batch=\"all\")\nprint(h.epochs < 200, net.layers[1].W[0][0] == net.layers[1].W[0][0])"
        let (out, errors, _) = runWithData(script, ["xor": TrainingData.xor])
        #expect(errors.isEmpty, "\(errors)")
        #expect(out.contains("the cost became inf (learning rate 50 is probably too large); the network keeps the weights of epoch"), "\(out)")
        #expect(out.hasSuffix("true true\n"))
    }

    @Test func settingsAreCheckedWithTheirWording() {
        let cases: [(String, String)] = [
            ("epochs=-5", "train: epochs must be a positive whole number, got -5"),
            ("epochs=2.5", "train: epochs must be a positive whole number, got 2.5"),
            ("lr=0", "train: lr must be a number above 0, got 0"),
            ("batch=0", "train: batch must be a positive whole number or \"all\", got 0"),
            ("batch=\"some\"", "train: batch must be a positive whole number or \"all\", got \"some\""),
            ("optimizer=\"adma\"", "train: optimizer must be one of \"sgd\", \"momentum\", \"adam\", got \"adma\" — did you mean \"adam\"?"),
            ("momentum=1", "train: momentum must be at least 0 and below 1, got 1"),
            ("l2=-1", "train: l2 must be a number >= 0, got -1"),
            ("patience=0", "train: patience must be a positive whole number, got 0"),
            ("validation=[1, 2]", "train: validation must be a dataset (e.g. from split(d, 0.8)), got a list of 2 items"),
        ]
        for (setting, message) in cases {
            let (_, errors, _) = runWithData("net = network(input(2), dense(1, sigmoid))\ntrain(net, xor, \(setting))", ["xor": TrainingData.xor])
            #expect(errors == [message], "\(setting)")
        }
        let (_, errors, _) = runWithData("net = network(input(3), dense(1, sigmoid))\ntrain(net, xor)", ["xor": TrainingData.xor])
        #expect(errors == ["train: dense layer 1 expects 3 inputs, got 2"])
    }

    @Test func theErrorPointsAtTheArgument() throws {
        let sink = BufferSink()
        let session = Session(output: sink)
        session.interpreter.defineGlobal("xor", .native(DatasetValue(TrainingData.xor)))
        session.interpreter.run(SourceFile(name: "lesson.nn", text: "net = network(input(2), dense(1))\nh = train(net, xor, epochs=-5)", directory: "."))
        let d = try #require(sink.diagnostics.first)
        #expect(d.range?.start.line == 2)
        #expect(d.range?.start.column == 21)
    }

    @Test func interruptedTrainingKeepsTheHistorySoFar() throws {
        let context = TestCallContext()
        context.isInterrupted = true
        let session = Session(output: BufferSink())
        let net = Value.network(try Network(inputs: 2, [LayerSpec(1, .sigmoid)]))
        let h = try callBuiltin(TrainingBuiltins.train(session), [net, .native(DatasetValue(TrainingData.xor))], ["epochs": .number(10000)], context: context)
        #expect(h.typeName == "history")
        #expect(context.written.contains("interrupted at epoch 1/10000 (0 epochs done, 0 updates): the network keeps its weights"), "\(context.written)")
    }

    @Test func onATerminalOneLineIsRedrawnWithABar() {
        let options = SessionOptions(isTerminal: true, columns: 120)
        let (out, errors, _) = runWithData(Self.xorNet + "h = train(net, xor, epochs=300, lr=0.5, batch=\"all\")", ["xor": TrainingData.xor], options: options)
        #expect(errors.isEmpty)
        #expect(out.contains("\repoch 300/300 ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ "), "\(out)")
        #expect(out.contains("  updates 300  cost 0."))
        #expect(!out.contains("epoch   1/300  cost"))
        #expect(out.split(separator: "\n").last?.hasPrefix("stopped at epoch 300") == true)
    }

    @Test func theRedrawnLineNeverWraps() {
        let options = SessionOptions(isTerminal: true, columns: 80)
        let (out, _, _) = runWithData(Self.xorNet + "h = train(net, xor, epochs=300, lr=0.5, batch=\"all\")", ["xor": TrainingData.xor], options: options)
        let drawn = out.split(separator: "\r").map { $0.replacingOccurrences(of: "\u{1B}[K", with: "") }.filter { $0.hasPrefix("epoch") }
        #expect(!drawn.isEmpty)
        #expect(drawn.allSatisfy { $0.split(separator: "\n").first.map { $0.count < 80 } ?? true }, "\(drawn)")
        #expect(drawn.last?.contains("━") == true)
    }

    @Test func aBareTrainShowsNoHistory() {
        let (out, _, _) = runWithData(Self.xorNet + "train net, xor, epochs=5", ["xor": TrainingData.xor])
        #expect(!out.contains("history:"))
    }

    @Test func historyEchoIsASummary() {
        let (out, _, _) = runWithData(Self.xorNet + "h = train(net, xor, epochs=5, verbose=false)\nh", ["xor": TrainingData.xor])
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.first == "history: 5 epochs of batch gradient descent, 5 updates, loss bce")
        #expect(lines.count == 4)
    }

    @Test func evaluateReturnsARecord() {
        let script = Self.xorNet + "h = train(net, xor, epochs=2000, lr=0.5, batch=\"all\", verbose=false)\nr = evaluate(net, xor)\nprint(r.accuracy, r.loss == r.cost, r.confusion)"
        let (out, errors, _) = runWithData(script, ["xor": TrainingData.xor])
        #expect(errors.isEmpty, "\(errors)")
        #expect(out == "1 true [[2, 0], [0, 2]]\n")
    }

    @Test func gradcheckAgreesWithBackprop() throws {
        let (out, errors, _) = runWithData(Self.xorNet + "e = gradcheck(net, xor)\nprint(e < 1e-6)", ["xor": TrainingData.xor])
        #expect(errors.isEmpty, "\(errors)")
        #expect(out.contains("layer 1  W¹, b¹  "))
        #expect(out.hasSuffix("true\n"))
    }
}
