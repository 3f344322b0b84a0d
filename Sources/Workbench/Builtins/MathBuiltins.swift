import Foundation
import Language
import NeuralEngine

/// The math and tensor built-ins (LANGUAGE.md §3): element-wise functions,
/// reductions, and making and reshaping tensors. Element-wise functions take
/// a number (and give a number) or a tensor / list (and give a tensor).
///
///     sqrt([1, 4, 9])     # [1, 2, 3]
enum MathBuiltins {
    static func all(_ session: Session) -> [Builtin] {
        // Tensor arithmetic comes with this family; the interpreter keeps the host alive.
        session.interpreter.operators = TensorOperators()
        return elementwise + reductions + makers + shapes + products
    }

    // MARK: element-wise

    static var elementwise: [Builtin] { [
        unary("abs", "the absolute value |x|, element by element", "abs([-2, 3])   # [2, 3]") { Swift.abs($0) },
        unary("exp", "e to the power x, element by element", "exp(0)   # 1", Foundation.exp),
        unary("log", "the natural logarithm ln x (log(0) is -inf), element by element", "log(exp(2))   # 2", Foundation.log),
        unary("sqrt", "the square root, element by element (nan below 0)", "sqrt([1, 4, 9])   # [1, 2, 3]") { $0.squareRoot() },
        // `+ 0` turns -0 into 0: Python's floor, ceil and round give the whole number 0, never -0.
        unary("floor", "the largest whole number at or below x", "floor(-2.5)   # -3") { Foundation.floor($0) + 0 },
        unary("ceil", "the smallest whole number at or above x", "ceil(2.1)   # 3") { Foundation.ceil($0) + 0 },
        round,
        clip,
    ] }

    static var round: Builtin { Builtin(
        name: "round",
        signature: Signature([.init("x"), .init("digits", default: "0")]),
        help: Help(
            summary: "rounds to the nearest whole number (or to `digits` decimals); halves go to the even neighbour, as in Python",
            concept: "math",
            example: "round(2.5)   # 2\nround(3.14159, 2)   # 3.14"
        )
    ) { args, _ throws(ScriptError) in
        let r = args.reader("round")
        let digits = try r.optionalWholeNumber("digits") ?? 0
        guard Swift.abs(digits) <= 400 else { throw r.error("digits", "digits must be between -400 and 400, got \(digits)") }
        return try map(r, "x") { roundHalfEven($0, digits: digits) }
    } }

    static var clip: Builtin { Builtin(
        name: "clip",
        signature: Signature([.init("x", aliases: ["t"]), .init("lo"), .init("hi")]),
        help: Help(
            summary: "limits every element to the range [lo, hi]",
            concept: "math",
            example: "clip([-2, 0.5, 3], 0, 1)   # [0, 0.5, 1]"
        )
    ) { args, _ throws(ScriptError) in
        let r = args.reader("clip")
        let lo = try r.number("lo"), hi = try r.number("hi")
        guard lo <= hi else { throw r.error("hi", "lo must be at most hi, got lo \(numberText(lo)) and hi \(numberText(hi))") }
        return try map(r, "x") { $0.isNaN ? $0 : Swift.min(Swift.max($0, lo), hi) }
    } }

    /// Python's `round(x, digits)`: the decimal nearest to the double's exact
    /// value, ties to even.
    static func roundHalfEven(_ x: Double, digits: Int) -> Double {
        guard x.isFinite else { return x }
        if digits == 0 { return x.rounded(.toNearestOrEven) + 0 }
        if digits > 0 {
            // printf rounds the exact binary value correctly, as CPython does.
            return Double(String(format: "%.\(Swift.min(digits, 340))f", x)) ?? x
        }
        let scale = Foundation.pow(10.0, Double(-digits))
        // Beyond 1e308 every finite number rounds to zero (as in Python).
        guard scale.isFinite else { return x.sign == .minus ? -0.0 : 0 }
        return (x / scale).rounded(.toNearestOrEven) * scale
    }

    private static func unary(_ name: String, _ summary: String, _ example: String, _ f: @escaping @Sendable (Double) -> Double) -> Builtin {
        Builtin(
            name: name,
            signature: Signature(["x"]),
            help: Help(summary: summary, concept: "math", example: example)
        ) { args, _ throws(ScriptError) in
            try map(args.reader(name), "x", f)
        }
    }

    /// `f` on a number, or on each element of a tensor or list of numbers.
    static func map(_ r: ArgumentReader, _ name: String, _ f: (Double) -> Double) throws(ScriptError) -> Value {
        let v = try r.required(name)
        if case .number(let x) = v { return .number(f(x)) }
        guard v.asTensor != nil || v.isListOrTensor else {
            throw r.error(name, "\(name) must be a number or a tensor, got \(v.shortDescription)")
        }
        return .tensor(try r.tensor(name).map(f))
    }
}

extension Value {
    /// A list or a tensor (whether or not the list spells a valid tensor).
    var isListOrTensor: Bool {
        if case .list = self { return true }
        return tensorNative != nil
    }
}
