import Language
import NeuralEngine

/// Reductions (`sum`, `mean`, `min`, `max`, `argmax`), tensor makers
/// (`zeros`, `ones`, `rand`, `randn`) and shapes (`reshape`, `transpose`).
extension MathBuiltins {
    // MARK: reductions

    static var reductions: [Builtin] { [
        Builtin(
            name: "sum",
            signature: Signature([.init("t"), .init("axis", default: "none", keywordOnly: true)]),
            help: Help(
                summary: "the sum of all elements; axis=0 sums each column, axis=1 each row",
                concept: "math",
                example: "sum([1, 2, 3])   # 6\nsum([[1, 2], [3, 4]], axis=0)   # [4, 6]"
            )
        ) { args, _ throws(ScriptError) in
            try reduce(args.reader("sum"), mean: false)
        },
        Builtin(
            name: "mean",
            signature: Signature([.init("t"), .init("axis", default: "none", keywordOnly: true)]),
            help: Help(
                summary: "the mean of all elements; axis=0 averages each column, axis=1 each row",
                concept: "math",
                example: "mean([1, 2, 3, 4])   # 2.5"
            )
        ) { args, _ throws(ScriptError) in
            try reduce(args.reader("mean"), mean: true)
        },
        extreme("min", smaller: true),
        extreme("max", smaller: false),
        Builtin(
            name: "argmax",
            signature: Signature(["t"]),
            help: Help(
                summary: "the index of the largest element of a vector; for a matrix, a vector of each row's index",
                concept: "math",
                example: "argmax([0.1, 0.7, 0.2])   # 1\nargmax(forward(net, d.x))   # the predicted class of each example"
            )
        ) { args, _ throws(ScriptError) in
            let r = args.reader("argmax")
            let t = try r.tensor("t")
            guard t.count > 0 else { throw r.error("t", "t is empty: there is no largest element") }
            if t.isVector { return .number(Double(t.argmax() ?? 0)) }
            return .tensor(Tensor(t.rowArgmax().map(Double.init)))
        },
    ] }

    private static func reduce(_ r: ArgumentReader, mean: Bool) throws(ScriptError) -> Value {
        let t = try r.tensor("t")
        guard let axis = try r.optionalWholeNumber("axis") else {
            return .number(mean ? t.mean() : t.sum())
        }
        guard t.isMatrix else { throw r.error("axis", "axis needs a matrix, got \(t.kindDescription)") }
        guard axis == 0 || axis == 1 else { throw r.error("axis", "axis must be 0 (columns) or 1 (rows), got \(axis)") }
        do {
            let sums = try t.sum(axis: axis)
            return .tensor(mean ? sums / Double(axis == 0 ? t.rows : t.cols) : sums)
        } catch {
            throw r.error("t", error.message)
        }
    }

    /// `max(t)` over all elements; `max(a, b, …)` the larger of numbers, or
    /// element by element when a tensor is among them (`max(0, z)` is relu).
    private static func extreme(_ name: String, smaller: Bool) -> Builtin {
        let word = smaller ? "smallest" : "largest"
        return Builtin(
            name: name,
            signature: Signature(["x"], variadic: "more"),
            help: Help(
                signature: "\(name)(t)  or  \(name)(a, b, …)",
                summary: "the \(word) element of one tensor; of several values, the \(word) (element by element for tensors)",
                concept: "math",
                example: smaller ? "min([3, 1, 2])   # 1\nmin(2, 5)   # 2" : "max([3, 1, 2])   # 3\nmax(0, [-1, 2])   # [0, 2]"
            )
        ) { args, _ throws(ScriptError) in
            let r = args.reader(name)
            let pick: (Double, Double) -> Double = { a, b in
                if a.isNaN || b.isNaN { return .nan }
                return smaller ? Swift.min(a, b) : Swift.max(a, b)
            }
            let first = try r.required("x")
            if args.rest.isEmpty {
                if case .number = first { return first }
                let t = try r.tensor("x")
                guard let value = smaller ? t.minimum() : t.maximum() else {
                    throw r.error("x", "x is empty: there is no \(word) element")
                }
                return .number(value)
            }
            var result = try operand(first, r.error("x", "x must be a number or a tensor, got \(first.shortDescription)"))
            for (i, v) in args.rest.enumerated() {
                let err = ScriptError("\(name): argument \(i + 2) must be a number or a tensor, got \(v.shortDescription)", argument: r.restOrigin(i))
                let next = try operand(v, err)
                do throws(ScriptError) {
                    result = try combine(result, next, pick)
                } catch {
                    throw ScriptError("\(name): \(error.message)", argument: r.restOrigin(i))
                }
            }
            switch result {
            case .number(let x): return .number(x)
            case .tensor(let t): return .tensor(t)
            }
        }
    }

    private enum NumberOrTensor {
        case number(Double)
        case tensor(Tensor)
    }

    private static func operand(_ v: Value, _ error: ScriptError) throws(ScriptError) -> NumberOrTensor {
        if case .number(let x) = v { return .number(x) }
        guard v.isListOrTensor else { throw error }
        do {
            return .tensor(try v.toTensor("the value"))
        } catch {
            throw ScriptError(error.message, argument: error.argument)
        }
    }

    private static func combine(_ a: NumberOrTensor, _ b: NumberOrTensor, _ f: (Double, Double) -> Double) throws(ScriptError) -> NumberOrTensor {
        switch (a, b) {
        case let (.number(x), .number(y)): return .number(f(x, y))
        case let (.tensor(t), .number(y)): return .tensor(t.map { f($0, y) })
        case let (.number(x), .tensor(t)): return .tensor(t.map { f(x, $0) })
        case let (.tensor(s), .tensor(t)):
            do {
                // The engine's broadcasting decides the result's shape; adding
                // each operand to zeros of that shape spreads it out.
                let zero = try Tensor.combine(s, t, .add).map { _ in 0 }
                let wideS = try Tensor.combine(zero, s, .add), wideT = try Tensor.combine(zero, t, .add)
                var out = wideS
                for i in out.storage.indices { out.storage[i] = f(wideS.storage[i], wideT.storage[i]) }
                return .tensor(out)
            } catch {
                throw ScriptError(error.message)
            }
        }
    }

    // MARK: making tensors

    static var makers: [Builtin] { [
        filled("zeros", "a vector or matrix of zeros", "zeros(3)   # [0, 0, 0]\nzeros(2, 3)") { _ in 0 },
        filled("ones", "a vector or matrix of ones", "ones(2, 2)   # [[1, 1], [1, 1]]") { _ in 1 },
        filled("rand", "random numbers, uniform in [0, 1) (seed(n) makes them reproducible)", "seed(1)\nrand(2, 3)") { $0.uniform() },
        filled("randn", "random numbers from the standard normal distribution N(0, 1)", "randn(3)\nrandn(2, 2) * 0.1") { $0.normal() },
    ] }

    private static func filled(_ name: String, _ summary: String, _ example: String, _ make: @escaping (inout SeededRandom) -> Double) -> Builtin {
        Builtin(
            name: name,
            signature: Signature([.init("rows", aliases: ["r", "n"]), .init("cols", default: "none", aliases: ["c"])]),
            help: Help(signature: "\(name)(n)  or  \(name)(rows, cols)", summary: summary, concept: "tensors", example: example)
        ) { args, _ throws(ScriptError) in
            let r = args.reader(name)
            let (rows, cols) = try shape(r)
            if rows == nil, cols > Limits.maxElements {
                throw r.error("rows", "a vector of \(cols) is too large: at most \(Limits.maxElements) elements are allowed")
            }
            do throws(ShapeError) {
                try Tensor.checkCount(rows ?? 1, cols)
            } catch {
                throw r.error(cols == 0 ? "rows" : "cols", error.message)
            }
            let count = (rows ?? 1) * cols
            let values = GlobalRandom.with { rng in (0..<count).map { _ in make(&rng) } }
            guard let rows else { return .tensor(Tensor(values)) }
            return .tensor(Tensor(rows: rows, cols: cols, values))
        }
    }

    /// `(nil, n)` for a vector, `(r, c)` for a matrix; also accepts a shape
    /// list as NumPy users write it: `zeros([2, 3])`.
    private static func shape(_ r: ArgumentReader) throws(ScriptError) -> (Int?, Int) {
        if case .list(let items) = try r.required("rows"), r.value("cols") == nil {
            let dims = items.compactMap { v -> Int? in
                if case .number(let x) = v, let n = Value.wholeInt(x), n >= 0 { return n }
                return nil
            }
            guard dims.count == items.count, dims.count == 1 || dims.count == 2 else {
                throw r.error("rows", "a shape must be [n] or [rows, cols] of whole numbers >= 0")
            }
            return dims.count == 1 ? (nil, dims[0]) : (dims[0], dims[1])
        }
        let isVector = r.value("cols") == nil
        let first = try r.wholeNumber("rows", nonNegative: true, shown: isVector ? "n" : "rows")
        guard let cols = try r.optionalWholeNumber("cols", nonNegative: true) else { return (nil, first) }
        return (first, cols)
    }

    // MARK: shapes

    static var shapes: [Builtin] { [
        Builtin(
            name: "reshape",
            signature: Signature([.init("t"), .init("rows", aliases: ["r"]), .init("cols", default: "none", aliases: ["c"])]),
            help: Help(
                signature: "reshape(t, rows, cols)  or  reshape(t, n)",
                summary: "the same numbers in a new shape, row by row; one size may be -1 (worked out from the others)",
                concept: "tensors",
                example: "reshape([1, 2, 3, 4, 5, 6], 2, 3)   # [[1, 2, 3], [4, 5, 6]]\nreshape([1, 2, 3], -1, 1)            # a 3×1 column\nheatmap(reshape(digits.x[0], 8, 8))"
            )
        ) { args, _ throws(ScriptError) in
            let r = args.reader("reshape")
            let t = try r.tensor("t")
            let rows = try sizeOrInferred(r, "rows")
            guard r.value("cols") != nil else {
                let n = rows ?? t.count
                guard n == t.count else {
                    throw r.error("rows", "cannot reshape \(t.kindDescription) (\(t.count == 1 ? "1 number" : "\(t.count) numbers")) to a vector of \(n)")
                }
                return .tensor(t.flattened)
            }
            let cols = try sizeOrInferred(r, "cols")
            var (rr, cc) = (rows, cols)
            switch (rows, cols) {
            case (nil, nil): throw r.error("cols", "only one size may be -1")
            case (nil, let c?): guard c > 0, t.count % c == 0 else { throw cannotInfer(r, t, "cols", c) }; rr = t.count / c
            case (let q?, nil): guard q > 0, t.count % q == 0 else { throw cannotInfer(r, t, "rows", q) }; cc = t.count / q
            default: break
            }
            do throws(ShapeError) {
                return .tensor(try t.reshaped(rows: rr ?? 0, cols: cc ?? 0))
            } catch {
                throw r.error("t", error.message)
            }
        },
        Builtin(
            name: "transpose",
            signature: Signature(["t"]),
            help: Help(
                summary: "the transpose: rows become columns (the same as t.T; a vector is left as it is)",
                concept: "tensors",
                example: "transpose([[1, 2], [3, 4]])   # [[1, 3], [2, 4]]"
            )
        ) { args, _ throws(ScriptError) in
            .tensor(try args.reader("transpose").tensor("t").transposed)
        },
    ] }

    // MARK: products by hand

    /// `dot`, `outer` and `norm`: the pieces of backpropagation written out
    /// (dJ/dW^l = delta^l (a^(l-1))^T is `outer(delta, a)`).
    static var products: [Builtin] { [
        Builtin(
            name: "dot",
            signature: Signature(["u", "v"]),
            help: Help(
                summary: "the dot product of two vectors of equal length: the sum of u[i] v[i] (the same as u @ v)",
                concept: "tensors",
                example: "dot([1, 2, 3], [4, 5, 6])   # 32"
            )
        ) { args, _ throws(ScriptError) in
            let r = args.reader("dot")
            let u = try r.tensor("u"), v = try r.tensor("v")
            do throws(ShapeError) {
                return .number(try Tensor.dot(u, v))
            } catch {
                throw r.error(u.isVector ? "v" : "u", error.message)
            }
        },
        Builtin(
            name: "outer",
            signature: Signature(["u", "v"]),
            help: Help(
                summary: "the outer product u vᵀ: a matrix with u[i] v[j] in row i, column j",
                concept: "tensors",
                example: "outer([1, 2], [3, 4, 5])   # [[3, 4, 5], [6, 8, 10]]\n# the gradient of layer l: outer(delta, a_prev) is δˡ (aˡ⁻¹)ᵀ"
            )
        ) { args, _ throws(ScriptError) in
            let r = args.reader("outer")
            let u = try r.tensor("u"), v = try r.tensor("v")
            guard u.isVector else { throw r.error("u", "u must be a vector, got \(u.kindDescription)") }
            guard v.isVector else { throw r.error("v", "v must be a vector, got \(v.kindDescription)") }
            do throws(ShapeError) {
                try Tensor.checkCount(u.count, v.count)
                let column = try u.reshaped(rows: u.count, cols: 1), row = try v.reshaped(rows: 1, cols: v.count)
                return .tensor(try Tensor.matmul(column, row))
            } catch {
                throw r.error("v", error.message)
            }
        },
        Builtin(
            name: "norm",
            signature: Signature(["t"]),
            help: Help(
                summary: "the length of a vector, sqrt of the sum of squares (for a matrix, over all its elements)",
                concept: "tensors",
                example: "norm([3, 4])   # 5"
            )
        ) { args, _ throws(ScriptError) in
            let t = try args.reader("norm").tensor("t")
            return .number(t.map { $0 * $0 }.sum().squareRoot())
        },
    ] }

    /// A whole size >= 0, or nil for -1 ("work it out").
    private static func sizeOrInferred(_ r: ArgumentReader, _ name: String) throws(ScriptError) -> Int? {
        if case .number(-1) = try r.required(name) { return nil }
        return try r.wholeNumber(name, nonNegative: true)
    }

    private static func cannotInfer(_ r: ArgumentReader, _ t: Tensor, _ name: String, _ other: Int) -> ScriptError {
        r.error(name, "cannot reshape \(t.kindDescription) (\(t.count == 1 ? "1 number" : "\(t.count) numbers")) with a size of \(other): \(t.count) is not a multiple of \(other)")
    }
}
