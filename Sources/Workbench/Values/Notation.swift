import Language

/// The lecture's symbols, in Unicode (`z¹ = W¹ a⁰ + b¹`, `δ²`, `∂J/∂W²`) or
/// their ASCII spellings (`z^1 = W^1 a^0 + b^1`, `delta^2`, `dJ/dW^2`) when
/// the session cannot draw Unicode (`--ascii`, `charset("ascii")`).
///
///     let n = Notation(unicode: true)
///     n.sup("a", 1)   // "a¹"
struct Notation {
    let unicode: Bool

    init(unicode: Bool) { self.unicode = unicode }
    init(_ options: RenderOptions) { self.unicode = options.unicode }

    private static let superscriptDigits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    /// A symbol with a layer index: `a¹` / `a^1`.
    func sup(_ symbol: String, _ layer: Int) -> String {
        symbol + superscript(layer)
    }

    /// The index alone: `¹²` / `^12`.
    func superscript(_ n: Int) -> String {
        guard unicode else { return "^\(n)" }
        let digits = String(abs(n)).compactMap { $0.wholeNumberValue }.map { Notation.superscriptDigits[$0] }
        return (n < 0 ? "⁻" : "") + String(digits)
    }

    /// The transpose of a symbol: `(a¹)ᵀ` / `(a^1)^T`.
    func transposed(_ symbol: String) -> String {
        unicode ? "(\(symbol))ᵀ" : "(\(symbol))^T"
    }

    var times: String { unicode ? "×" : "x" }
    var arrow: String { unicode ? "→" : "->" }
    var delta: String { unicode ? "δ" : "delta" }
    var bigDelta: String { unicode ? "Δ" : "Delta" }
    var partial: String { unicode ? "∂" : "d" }
    var hadamard: String { unicode ? "⊙" : "*" }
    var prime: String { unicode ? "′" : "'" }
    var minus: String { unicode ? "−" : "-" }
    var ellipsis: String { unicode ? "…" : "..." }
    var sigma: String { unicode ? "σ" : "sigmoid" }

    /// `∂J/∂W²` / `dJ/dW^2`.
    func gradient(of symbol: String, _ layer: Int) -> String {
        "\(partial)J/\(partial)\(sup(symbol, layer))"
    }

    /// `2×3` / `2x3` for a matrix, `3` for a vector.
    func shape(_ dims: [Int]) -> String {
        dims.map(String.init).joined(separator: times)
    }

    /// The rule every dense layer follows, for summaries: `a^l = f(W^l a^(l-1) + b^l)`.
    var layerRule: String {
        unicode ? "aˡ = f(Wˡ aˡ⁻¹ + bˡ)" : "a^l = f(W^l a^(l-1) + b^l)"
    }
}

/// Padding by display columns, for the aligned tables of summaries and traces.
enum TraceLayout {
    /// Display width, counting each character as one column (the symbols
    /// used in traces are all single-width).
    static func width(_ text: String) -> Int { text.count }

    static func padRight(_ text: String, _ width: Int) -> String {
        let w = self.width(text)
        return w >= width ? text : text + String(repeating: " ", count: width - w)
    }

    static func padLeft(_ text: String, _ width: Int) -> String {
        let w = self.width(text)
        return w >= width ? text : String(repeating: " ", count: width - w) + text
    }
}
