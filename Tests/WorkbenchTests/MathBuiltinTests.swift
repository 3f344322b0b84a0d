import Testing
import Language
import NeuralEngine
@testable import Workbench

/// Every math and tensor built-in, called directly with bound arguments.
@Suite(.serialized) struct MathBuiltinTests {
    let builtins: [String: Builtin] = {
        let session = Session(output: BufferSink())
        return Dictionary(MathBuiltins.all(session).map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    }()

    func call(_ name: String, _ args: Value..., keywords: [String: Value] = [:]) throws -> String {
        let b = try #require(builtins[name])
        return try callBuiltin(b, args, keywords).shown
    }

    func failure(_ name: String, _ args: Value..., keywords: [String: Value] = [:]) -> ScriptError? {
        guard let b = builtins[name] else { return nil }
        do {
            _ = try callBuiltin(b, args, keywords)
            return nil
        } catch {
            return error
        }
    }

    @Test func sessionInstallsTheOperatorHost() {
        let session = Session(output: BufferSink())
        #expect(session.interpreter.operators is TensorOperators)
    }

    @Test func reductionsOverAllElements() throws {
        #expect(try call("sum", .numbers(1, 2, 3)) == "6")
        #expect(try call("sum", .rows([1, 2], [3, 4])) == "10")
        #expect(try call("sum", .rows([1, 2], [3, 4]), keywords: ["axis": .number(0)]) == "[4, 6]")
        #expect(try call("mean", .rows([1, 2], [3, 4]), keywords: ["axis": .number(1)]) == "[1.5, 3.5]")
        #expect(try call("mean", .numbers(1, 2, 3, 4)) == "2.5")
        #expect(try call("min", .rows([3, -1], [2, 5])) == "-1")
        #expect(try call("max", .numbers(3, 1, 2)) == "3")
        #expect(failure("max", .list([]))?.message == "max: x is empty: there is no largest element")
    }

    @Test func minAndMaxOfSeveralValues() throws {
        #expect(try call("max", .number(2), .number(5)) == "5")
        #expect(try call("min", .number(2), .number(5)) == "2")
        #expect(try call("max", .number(0), .numbers(-1, 2)) == "[0, 2]")
        #expect(try call("min", .rows([1, 5], [7, 0]), .numbers(3, 3)) == "[[1, 3], [3, 0]]")
        #expect(failure("max", .number(1), .string("a"))?.argument == .position(1))
    }

    @Test func elementwiseFunctions() throws {
        #expect(try call("abs", .numbers(-2, 3)) == "[2, 3]")
        #expect(try call("abs", .number(-2)) == "2")
        #expect(try call("exp", .number(0)) == "1")
        #expect(try call("log", .numbers(1, 0)) == "[0, -inf]")
        #expect(try call("sqrt", .numbers(1, 4, 9)) == "[1, 2, 3]")
        #expect(try call("floor", .numbers(-2.5, 2.5)) == "[-3, 2]")
        #expect(try call("ceil", .rows([2.1], [-2.1])) == "[[3], [-2]]")
        #expect(try call("clip", .numbers(-2, 0.5, 3), .number(0), .number(1)) == "[0, 0.5, 1]")
        #expect(failure("clip", .number(1), .number(2), .number(1))?.message == "clip: lo must be at most hi, got lo 2 and hi 1")
        #expect(failure("exp", .string("a"))?.message == "exp: x must be a number or a tensor, got \"a\"")
    }

    @Test func roundGoesHalfToEvenLikePython() throws {
        // Python: round(-0.5) is the integer 0, not -0.
        #expect(try call("round", .numbers(0.5, 1.5, 2.5, -0.5, 2.6)) == "[0, 2, 2, 0, 3]")
        #expect(try call("round", .number(2.675), .number(2)) == "2.67")
        #expect(try call("round", .number(3.14159), .number(2)) == "3.14")
        #expect(try call("round", .number(1250), .number(-2)) == "1200")
    }

    @Test func makingTensors() throws {
        #expect(try call("zeros", .number(3)) == "[0, 0, 0]")
        #expect(try call("zeros", .number(2), .number(3)) == "[[0, 0, 0], [0, 0, 0]]")
        #expect(try call("ones", .number(2), .number(2)) == "[[1, 1], [1, 1]]")
        #expect(try call("ones", .numbers(1, 2)) == "[[1, 1]]")
        #expect(failure("zeros", .number(-5))?.message == "zeros: n must be a whole number >= 0, got -5")
        #expect(failure("zeros", .number(2.5))?.message == "zeros: n must be a whole number >= 0, got 2.5")
        #expect(failure("zeros", .number(1e300)) != nil)
        #expect(failure("ones", .number(100_000), .number(100_000))?.message.contains("100000000") == true)
    }

    @Test func randomTensorsFollowTheSeed() throws {
        // Its own stream, so tests running beside it cannot draw in between.
        try GlobalRandom.using(RandomSource(seed: 0)) {
            GlobalRandom.seed(7)
            let a = try call("rand", .number(2), .number(3))
            GlobalRandom.seed(7)
            let b = try call("rand", .number(2), .number(3))
            #expect(a == b)
        }
        let rand = try #require(builtins["rand"]), randn = try #require(builtins["randn"])
        let r = try #require(try callBuiltin(rand, [.number(1000)]).tensorNative)
        #expect(r.storage.allSatisfy { $0 >= 0 && $0 < 1 })
        let n = try #require(try callBuiltin(randn, [.number(4000)]).tensorNative)
        #expect(Swift.abs(n.mean()) < 0.1)
        #expect(n.shape == [4000])
    }

    @Test func reshapeAndTranspose() throws {
        #expect(try call("reshape", .numbers(1, 2, 3, 4, 5, 6), .number(2), .number(3)) == "[[1, 2, 3], [4, 5, 6]]")
        #expect(try call("reshape", .numbers(1, 2, 3), .number(-1), .number(1)) == "[[1], [2], [3]]")
        #expect(try call("reshape", .rows([1, 2], [3, 4]), .number(4)) == "[1, 2, 3, 4]")
        #expect(failure("reshape", .numbers(1, 2, 3), .number(2), .number(2))?.message.contains("cannot reshape") == true)
        #expect(try call("transpose", .rows([1, 2], [3, 4])) == "[[1, 3], [2, 4]]")
        #expect(try call("transpose", .numbers(1, 2)) == "[1, 2]")
    }

    @Test func argmaxOfVectorAndMatrix() throws {
        #expect(try call("argmax", .numbers(0.1, 0.7, 0.2)) == "1")
        #expect(try call("argmax", .rows([1, 3], [5, 2])) == "[1, 0]")
        #expect(failure("argmax", .list([])) != nil)
    }

    @Test func wholeNumberErrorsNameTheArgument() {
        let args = Arguments(named: ["epochs": .number(-5)], origins: ["epochs": .keyword("epochs")])
        do {
            _ = try args.reader("train").wholeNumber("epochs", positive: true)
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "train: epochs must be a positive whole number, got -5")
            #expect(error.argument == .keyword("epochs"))
        }
    }

    @Test func choiceSuggestsTheClosest() {
        let args = Arguments(named: ["loss": .string("mes")])
        do {
            _ = try args.reader("train").choice("loss", among: ["auto", "mse", "bce"])
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "train: loss must be one of \"auto\", \"mse\", \"bce\", got \"mes\" — did you mean \"mse\"?")
        }
    }

    /// Whatever a script passes, the math built-ins answer or throw; they never trap.
    @Test func oddArgumentsNeverCrash() throws {
        let odd: [Value] = [
            .number(.nan), .number(.infinity), .number(-1), .number(0), .number(1e300), .number(18_014_398_509_481_984),
            .number(-0.5), .string(""), .bool(true), .none, .list([]), .list([.list([])]),
            .list([.list([.number(1)]), .list([.number(1), .number(2)])]), .list([.string("a")]),
            .numbers(1, 2, 3), .rows([1, 2], [3, 4]), .numbers(.nan, -.infinity),
        ]
        var calls = 0
        for (_, b) in builtins {
            for a in odd {
                for c in [nil] + odd.prefix(8).map(Optional.some) {
                    let args = c.map { [a, $0] } ?? [a]
                    _ = try? callBuiltin(b, args)
                    _ = try? callBuiltin(b, args + [.number(2)])
                    calls += 1
                }
            }
        }
        #expect(calls > 1000)
        #expect(try call("round", .number(5), .number(-400)) == "0")
    }
}
