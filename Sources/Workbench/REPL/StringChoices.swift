/// The strings some arguments accept (LANGUAGE.md §4–§7), so Tab inside
/// `dataset("` or `loss="` offers them instead of file names.
///
///     StringChoices.choices(before: "d = dataset(\"ci")   // ["and", "circles", …]
enum StringChoices {
    /// By keyword argument name, whatever the function.
    static let keywords: [String: [String]] = [
        "loss": ["auto", "mse", "half_mse", "bce", "cross_entropy"],
        "optimizer": ["sgd", "momentum", "adam"],
        "init": ["auto", "xavier", "he", "uniform", "normal", "zeros"],
        "batch": ["all"],
        "x": ["epochs", "updates"],
    ]

    /// By function, for its first positional argument.
    static let firstArguments: [String: [String]] = [
        "dataset": ["xor", "and", "or", "iris", "digits", "circles", "moons", "spiral", "gauss", "sine"],
        "charset": ["braille", "ascii", "block"],
    ]

    /// The choices for the string being typed at the end of `text`, or nil
    /// when it is not one of those arguments (then file names are offered).
    static func choices(before text: String) -> [String]? {
        let scan = InputScanner.scan(text)
        guard scan.inString else { return nil }
        // Read backwards from the opening quote: `name =` or `callee (`.
        let beforeQuote = text.dropLast(scan.stringSoFar.count + 1).reversed().drop { $0 == " " || $0 == "\t" }
        guard let mark = beforeQuote.first, mark == "=" || mark == "(" else { return nil }
        let name = String(beforeQuote.dropFirst().drop { $0 == " " }.prefix { $0.isLetter || $0.isNumber || $0 == "_" }.reversed())
        return mark == "=" ? keywords[name] : firstArguments[name]
    }
}
