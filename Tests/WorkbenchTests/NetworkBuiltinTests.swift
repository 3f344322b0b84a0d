import Testing
import Language
import NeuralEngine
@testable import Workbench

/// LANGUAGE.md §4: networks, layers, activations, derivative, summary, seed, copy.
@Suite struct NetworkBuiltinTests {
    func xorNet() throws -> Value {
        let input = try callBuiltin(NetworkBuiltins.input, [.number(2)])
        let hidden = try callBuiltin(NetworkBuiltins.dense, [.number(4), .native(ActivationValue(.tanh))])
        let output = try callBuiltin(NetworkBuiltins.dense, [.number(1), .native(ActivationValue(.sigmoid))])
        return try callBuiltin(NetworkBuiltins.network, [input, hidden, output])
    }

    func layer(_ net: Value, _ l: Int) throws -> LayerValue {
        guard case .native(let n) = net, let value = n as? NetworkValue,
              case .list(let layers) = try value.field("layers"),
              case .native(let layer) = layers[l], let result = layer as? LayerValue
        else { throw ScriptError("not a network") }
        return result
    }

    func message(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch { return (error as? ScriptError)?.message ?? "\(error)" }
    }

    @Test func summaryShowsEveryLayerWithShapesAndTotal() throws {
        let net = try xorNet()
        let text = net.shown
        #expect(text.hasPrefix("network 2 → 4 → 1"))
        #expect(text.contains("aˡ = f(Wˡ aˡ⁻¹ + bˡ)"))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == 6)
        #expect(lines[2].contains("input") && lines[2].hasSuffix(" 0"))
        #expect(lines[3].contains("tanh") && lines[3].contains("4×2") && lines[3].hasSuffix("12"))
        #expect(lines[4].contains("sigmoid") && lines[4].contains("1×4") && lines[4].hasSuffix(" 5"))
        #expect(lines[5].hasSuffix("total  17"))
    }

    @Test func summaryInAsciiUsesArrowsAndCarets() throws {
        let net = try xorNet()
        guard case .native(let n) = net else { return }
        let text = n.render(RenderOptions(unicode: false))
        #expect(text.hasPrefix("network 2 -> 4 -> 1"))
        #expect(text.contains("a^l = f(W^l a^(l-1) + b^l)"))
        #expect(text.contains("4x2"))
        #expect(!text.contains("×"))
    }

    @Test func weightsAreReadAndWrittenInPlaceWithShapeChecks() throws {
        let net = try xorNet()
        let l1 = try layer(net, 1)
        #expect(try l1.settingField("W", to: .rows([1, 2], [3, 4], [5, 6], [7, 8])) == nil)
        #expect(try layer(net, 1).field("W").shown == "[[1, 2], [3, 4], [5, 6], [7, 8]]")
        let wrong = message { _ = try l1.settingField("W", to: .rows([1, 2], [3, 4], [5, 6])) }
        #expect(wrong == "W of layer 1 must be 4×2 (units × inputs of layer 0), got a 3×2 matrix")
        let bias = message { _ = try l1.settingField("b", to: .numbers(1, 2)) }
        #expect(bias == "b of layer 1 must be a vector of 4, got a vector of 2")
    }

    @Test func theInputLayerHasNoWeights() throws {
        let net = try xorNet()
        let l0 = try layer(net, 0)
        let read = message { _ = try l0.field("W") }
        #expect(read?.hasPrefix("layer 0 is the input layer: it has no weights") == true)
        let write = message { _ = try l0.settingField("b", to: .numbers(1, 2)) }
        #expect(write?.hasPrefix("layer 0 is the input layer") == true)
        #expect(try l0.field("units").shown == "2")
    }

    @Test func activationsAreCallableValues() throws {
        let context = TestCallContext()
        let relu = ActivationValue(.relu)
        #expect(try relu.call(Arguments(rest: [.number(-2)]), context).shown == "0")
        let sigmoid = ActivationValue(.sigmoid)
        let s = try sigmoid.call(Arguments(rest: [.numbers(0, 0)]), context)
        #expect(s.typeName == "tensor")
        #expect(s.shown == "[0.5, 0.5]")
        #expect(relu.typeName == "activation")
        #expect(try ActivationValue(.sign).call(Arguments(rest: [.numbers(-2, 0, 3)]), context).shown == "[-1, 1, 1]")
    }

    @Test func derivativeIsAFunctionOfZ() throws {
        let context = TestCallContext()
        let d = try callBuiltin(NetworkBuiltins.derivative, [.native(ActivationValue(.step))])
        guard case .native(let step) = d else { Issue.record("not native"); return }
        #expect(step.isCallable)
        #expect(try step.call(Arguments(rest: [.number(0.5)]), context).shown == "0")
        let dRelu = try callBuiltin(NetworkBuiltins.derivative, [.native(ActivationValue(.relu))])
        guard case .native(let r) = dRelu else { return }
        #expect(try r.call(Arguments(rest: [.number(0)]), context).shown == "0")
        let dSigmoid = try callBuiltin(NetworkBuiltins.derivative, [.native(ActivationValue(.sigmoid))])
        guard case .native(let sg) = dSigmoid else { return }
        #expect(try sg.call(Arguments(rest: [.number(0)]), context).shown == "0.25")
        let softmax = message { _ = try callBuiltin(NetworkBuiltins.derivative, [.native(ActivationValue(.softmax))]) }
        #expect(softmax?.hasPrefix("derivative: softmax has no element-wise derivative") == true)
    }

    @Test func networkRejectsMisplacedLayers() throws {
        let dense = try callBuiltin(NetworkBuiltins.dense, [.number(4)])
        let noInput = message { _ = try callBuiltin(NetworkBuiltins.network, [dense]) }
        #expect(noInput == "network: the first layer must be input(n), got dense(4, linear)")
        let input = try callBuiltin(NetworkBuiltins.input, [.number(2)])
        let alone = message { _ = try callBuiltin(NetworkBuiltins.network, [input]) }
        #expect(alone == "network: expected at least one dense layer after input(2)")
        let units = message { _ = try callBuiltin(NetworkBuiltins.dense, [.number(0)]) }
        #expect(units == "dense: units must be a positive whole number, got 0")
        let act = message { _ = try callBuiltin(NetworkBuiltins.dense, [.number(2), .string("rleu")]) }
        #expect(act?.contains("did you mean relu?") == true)
    }

    @Test func copyIsIndependentAndSeedIsReproducible() throws {
        // Its own random stream: other tests draw in parallel.
        try GlobalRandom.using(RandomSource(seed: 0)) { try checkCopyAndSeed() }
    }

    func checkCopyAndSeed() throws {
        _ = try callBuiltin(NetworkBuiltins.seed, [.number(42)])
        let a = try xorNet()
        _ = try callBuiltin(NetworkBuiltins.seed, [.number(42)])
        let b = try xorNet()
        #expect(try layer(a, 1).field("W").shown == layer(b, 1).field("W").shown)
        let c = try callBuiltin(NetworkBuiltins.copy, [a])
        _ = try layer(c, 2).settingField("b", to: .numbers(9))
        #expect(try layer(c, 2).field("b").shown == "[9]")
        #expect(try layer(a, 2).field("b").shown == "[0]")
    }

    @Test func summaryPrintsAndReturnsNone() throws {
        let context = TestCallContext()
        let result = try callBuiltin(NetworkBuiltins.summary, [xorNet()], context: context)
        #expect(result.isNone)
        #expect(context.written.hasPrefix("network 2 → 4 → 1"))
        #expect(context.written.hasSuffix("total  17\n"))
    }
}
