/// Help pages that are not one built-in: the language itself, its keywords,
/// the activations and the kinds of values. `help("syntax")`, `help("for")`,
/// `help(relu)`, `help("tensor")`.
enum HelpTopics {
    /// Topics listed at the end of the overview, with what each covers.
    static let guides: [(name: String, about: String)] = [
        ("syntax", "the language on one page: names, blocks, functions"),
        ("operators", "arithmetic on tensors, broadcasting, @"),
        ("tensors", "vectors and matrices: indexing, shapes"),
        ("activations", "step, relu, sigmoid, tanh, softmax, …"),
        ("keywords", "if, for, while, fn, return, …; help(\"for\") for one"),
        ("glossary", "the course's terms in English, nn and Arabic"),
    ]

    static func page(_ name: String) -> String? {
        pages[name] ?? keywordPages[name].map { "keyword \(name)\n  \($0)" } ?? activationPage(name) ?? typePages[name]
    }

    static var names: [String] {
        Array(pages.keys) + Array(keywordPages.keys) + activationPages.map(\.name) + Array(typePages.keys)
    }

    static let pages: [String: String] = [
        "syntax": """
        the nn language on one page
          x = 3                      assignment (numbers, strings, lists and tensors are copied)
          a, b = split(d, 0.8)       destructuring a list into names
          # comment    ## prose     a '##' line is notebook text
          if c { … } else if d { … } else { … }
          for x in [1, 2, 3] { … }   also a vector's numbers, a matrix's rows, a string's characters
          for i in range(3) { … }    0, 1, 2
          while c { … }              with break and continue
          fn square(x) { return x * x }   functions are values; inner functions see outer variables
          f(a, b, key=value)         built-ins take keyword arguments
          train net, xor, epochs=10  command syntax: a name then arguments, no parentheses
          xs[0]  m[1][2]  xs[-1]     indexing from 0; negative counts from the end
          xs[1:3]  xs[:2]  d[0:10]   slices, as in Python: from the first bound up to (not with) the second
          net.layers[1].W            fields
        a bare expression at the top level prints its value; see help("operators"), help("keywords")
        """,
        "operators": """
        operators, from lowest to highest precedence
          or   and   not   == != < <= > >=   + -   * / % @   unary -   ^
          -2 ^ 2 is -4 and 2 ^ -1 is 0.5 (^ groups to the right); -7 % 3 is 2 (floored, as in Python)
          1 / 0 is inf, 0 / 0 is nan
        on lists and tensors, element by element, with broadcasting:
          [1, 2, 3] * 2              [2, 4, 6]        a number with anything
          [[1, 2], [3, 4]] + [10, 20]   [[11, 22], [13, 24]]   a vector of n with each row of an m x n matrix
          m + [[1], [2]]             an m x 1 matrix with each column of an m x n matrix
          a vector of m and an m x 1 matrix do not combine: use .T or reshape
          [1, 5] > 2                 [0, 1]           comparisons give 1 or 0 per element
        the matrix product @:
          W @ x                      matrix @ vector is a vector (x taken as a column)
          A @ B                      matrix @ matrix; u @ v of two vectors is the dot product
          m.T                        the transpose
        """,
        "tensors": """
        tensors: vectors and matrices of numbers
          v = [1, 2.5, 3]            a vector (a list of numbers)
          m = [[1, 2], [3, 4]]       a matrix (a list of equal-length lists)
          m[1]  m[1][0]  v[-1]       a row is a vector; indices start at 0
          v[1:3]  m[0:2]  m[-1:]     slices: a vector's numbers, a matrix's rows
          m.shape  m.rows  m.cols    [2, 2], 2, 2
          m.T  transpose(m)          rows become columns
          zeros(2, 3) ones(3) rand(2, 2) randn(4)   made to size
          reshape(v, 3, 1)           the same numbers in a new shape
          sum(m) mean(m) max(m) argmax(v)   reductions; sum(m, axis=0) per column
          exp(v) log(v) sqrt(v) abs(v) round(v) clip(v, 0, 1)   element by element
          dot(u, v) outer(u, v) norm(v)   u·v, u vᵀ (a gradient δ aᵀ), the length of v
        small tensors print every digit; big ones print 6 significant digits and
        their corners: index an element (m[0][1]) to see it exactly
        see help("operators") for + - * / ^ @ and broadcasting
        """,
        "activations": """
        activations: a^l = f(z^l), each a value you can call, plot and differentiate
          step        1 where z >= 0, else 0            (perceptron)
          sign        1 where z >= 0, else -1
          relu        max(0, z)
          leaky_relu  z where z > 0, else 0.01 z
          sigmoid     1 / (1 + e^-z), in (0, 1)
          tanh        in (-1, 1)
          linear      z
          softmax     e^z_i / sum e^z_j: probabilities over classes
        relu(-2)   sigmoid([0, 1])   derivative(tanh)(0)   plot(sigmoid, tanh, from=-4, to=4)
        """,
        "keywords": """
        keywords
          if else   for in   while   break continue   fn return
          and or not   true false none
        help("for") (any keyword) explains one
        """,
    ]

    static let keywordPages: [String: String] = [
        "if": "if cond { … } else if other { … } else { … }: the condition must be a bool (t > 0 on a tensor gives 1s and 0s, not a bool)",
        "else": "else must stand on the same line as the } before it: } else {",
        "for": "for x in xs { … }: visits a list's items, a vector's numbers, a matrix's rows or a string's characters; for i in range(n) counts 0 … n-1",
        "in": "for x in xs { … }: see help(\"for\")",
        "while": "while cond { … }: repeats while cond is true; break leaves, continue skips to the next round",
        "break": "break leaves the innermost for or while loop",
        "continue": "continue skips to the next round of the innermost for or while loop",
        "fn": "fn name(a, b) { … return a + b }: defines a function (a value); it sees the variables of the function it is defined in",
        "return": "return x ends the function and gives x; without return a function gives none",
        "and": "a and b: true when both are; b is not evaluated when a is false",
        "or": "a or b: true when either is; b is not evaluated when a is true",
        "not": "not a: true when a is false",
        "true": "true and false are the two bools",
        "false": "true and false are the two bools",
        "none": "none: no value; functions without return give it, and it does not echo",
    ]

    /// One activation's page, laid out like a built-in's: call, purpose, concept, details, example.
    struct ActivationPage: Sendable {
        var name: String
        var summary: String
        var details: String
        var example: String
    }

    static let activationPages: [ActivationPage] = [
        .init(name: "step", summary: "1 where z >= 0, else 0: the perceptron's all-or-nothing output",
              details: "step′ is 0 everywhere and undefined at z = 0, so no gradient passes through it: train uses the perceptron rule for a step output.",
              example: "step([-1, 0, 2])   # [0, 1, 1]\np = perceptron(2)\nplot(step)"),
        .init(name: "sign", summary: "1 where z >= 0, else -1: the perceptron with ±1 outputs",
              details: "Labels 0/1 are read as -1/+1 when a sign perceptron trains; its derivative is 0, undefined at z = 0.",
              example: "sign([-1, 0, 2])   # [-1, 1, 1]\np = perceptron(2, activation=sign)"),
        .init(name: "relu", summary: "max(0, z): keeps positive z, cuts negative z to 0",
              details: "relu′(z) is 1 for z > 0, else 0, so it does not flatten for large z. A relu layer starts with \"he\" weights.",
              example: "relu(-2)   # 0\ndense(4, relu)\nplot(relu, derivative(relu))"),
        .init(name: "leaky_relu", summary: "z where z > 0, else 0.01 z: a relu that is never completely flat",
              details: "Below zero the slope is 0.01 instead of 0, so a neuron stuck there still gets a small gradient.",
              example: "leaky_relu(-2)   # -0.02\nplot(leaky_relu, from=-3, to=3)"),
        .init(name: "sigmoid", summary: "1 / (1 + e^-z): squeezes z into (0, 1), a probability",
              details: "sigmoid′ = s (1 - s), at most 0.25 (at z = 0) and tiny far from 0. With one sigmoid output unit the loss is \"bce\".",
              example: "sigmoid(0)   # 0.5\nderivative(sigmoid)(0)   # 0.25\nplot(sigmoid, derivative(sigmoid))"),
        .init(name: "tanh", summary: "the hyperbolic tangent: squeezes z into (-1, 1), centred on 0",
              details: "tanh′ = 1 - tanh², 1 at z = 0.",
              example: "tanh(0)   # 0\ndense(4, tanh)\nplot(tanh, derivative(tanh))"),
        .init(name: "linear", summary: "z itself: no squeezing, for the output of a regression network",
              details: "linear′ is 1. dense(units) without an activation is linear; one linear output trains with \"mse\".",
              example: "linear(3)   # 3\nnet = network(input(1), dense(8, tanh), dense(1, linear))"),
        .init(name: "softmax", summary: "e^z_i / sum_j e^z_j: turns a layer's scores into probabilities that sum to 1",
              details: "The output of a classifier over several classes, trained with \"cross_entropy\". It is not element-wise, so derivative(softmax) is an error.",
              example: "softmax([1, 2, 3])   # sums to 1\ndense(10, softmax)"),
    ]

    private static func activationPage(_ name: String) -> String? {
        guard let page = activationPages.first(where: { $0.name == name }) else { return nil }
        let arabic = HelpBuiltins.conceptArabic["activations"].map { " (\($0))" } ?? ""
        var lines = ["\(name)(z)"] + HelpBuiltins.wrap(page.summary, indent: "  ", width: 72)
        lines.append("  concept: activations\(arabic)")
        lines.append("")
        lines += HelpBuiltins.wrap(page.details, indent: "  ", width: 72)
        lines.append("")
        lines.append("  example:")
        lines += page.example.split(separator: "\n").map { "    " + $0 }
        return lines.joined(separator: "\n")
    }

    /// What each kind of value is; `help(x)` on a value shows its kind's page.
    static let typePages: [String: String] = [
        "number": "a number: a 64-bit float; whole numbers print without a point (3, 0.1, -2.5e-09, inf, nan)",
        "string": "a string: \"text\" with \\n \\t \\\" \\\\ escapes",
        "bool": "a bool: true or false; if and while need one",
        "list": "a list: [1, \"a\", true]; lists of numbers act as vectors, lists of equal lists as matrices",
        "function": "a function: fn name(x) { … } or a built-in; help(name) describes a built-in",
        "tensor": "a tensor: a vector or a matrix; fields T, shape, rows, cols, size; see help(\"tensors\")",
        "network": "a network: network(input(n), dense(units, f), …); net.layers[l].W and .b are W^l and b^l; see summary(net)",
        "layer": "a layer: net.layers[l]; fields W (units x inputs), b, units, activation",
        "dataset": "a dataset: d.x (m x n), d.y, d.m, d.n, d.classes, d[i]; see help(\"dataset\")",
        "history": "a training history: h.cost, h.val_loss, h.accuracy, h.updates, h.epochs; plot(h)",
        "gradients": "gradients from backward(net, d): g.layers[l].W is dJ/dW^l, g.layers[l].b is dJ/db^l",
        "record": "a record: named fields, e.g. evaluate(net, d).accuracy",
        "activation": "an activation function; see help(\"activations\")",
    ]
}
