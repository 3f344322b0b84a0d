import Language
import NeuralEngine

/// Reads a built-in's arguments with one wording for every family's errors
/// (`train: epochs must be a positive whole number, got -5`), each error
/// pointing at the argument it is about.
///
///     let a = args.reader("train")
///     let epochs = try a.wholeNumber("epochs", positive: true)
///     let x = try a.tensor("x")
///     let loss = try a.choice("loss", among: ["auto", "mse", "bce"])
struct ArgumentReader {
    let args: Arguments
    /// The built-in's name, which starts every message.
    let function: String

    init(_ args: Arguments, _ function: String) {
        self.args = args
        self.function = function
    }

    /// An error about argument `name`, prefixed with the function's name.
    func error(_ name: String, _ message: String, label: String? = nil) -> ScriptError {
        ScriptError("\(function): \(message)", argument: args.origin(name), label: label)
    }

    /// The value given for `name`; nil when omitted or given as `none`.
    func value(_ name: String) -> Value? {
        guard let v = args[name], !v.isNone else { return nil }
        return v
    }

    /// A required argument (the binder already rejects missing ones; this is the safety net).
    func required(_ name: String) throws(ScriptError) -> Value {
        guard let v = args[name] else { throw error(name, "missing argument '\(name)'") }
        return v
    }

    // MARK: tensors

    /// A tensor, a list of numbers (a vector) or a rectangular list of lists (a matrix).
    func tensor(_ name: String) throws(ScriptError) -> Tensor {
        let v = try required(name)
        do {
            return try v.toTensor(name)
        } catch {
            throw self.error(name, error.message)
        }
    }

    func optionalTensor(_ name: String) throws(ScriptError) -> Tensor? {
        guard value(name) != nil else { return nil }
        return try tensor(name)
    }

    // MARK: numbers

    func number(_ name: String) throws(ScriptError) -> Double {
        let v = try required(name)
        guard case .number(let x) = v else {
            throw error(name, "\(name) must be a number, got \(v.shortDescription)")
        }
        return x
    }

    func optionalNumber(_ name: String) throws(ScriptError) -> Double? {
        guard value(name) != nil else { return nil }
        return try number(name)
    }

    func number(_ name: String, default fallback: Double) throws(ScriptError) -> Double {
        try optionalNumber(name) ?? fallback
    }

    /// A whole number (epochs, sizes, counts) no larger than 2^53 in size;
    /// `positive` demands at least 1, `nonNegative` at least 0.
    /// `shown` names the argument in the message when its parameter name
    /// would mislead (`zeros(-1)` has no rows: its size is n).
    func wholeNumber(_ name: String, positive: Bool = false, nonNegative: Bool = false, shown: String? = nil) throws(ScriptError) -> Int {
        let label = shown ?? name
        let v = try required(name)
        let kind = positive ? "a positive whole number" : nonNegative ? "a whole number >= 0" : "a whole number"
        if case .number(let x) = v, x.rounded() == x, abs(x) > 9_007_199_254_740_992 {
            // Whole, but past what a double counts exactly (LANGUAGE.md §3 limits).
            throw error(name, "\(label) must be \(kind) of at most 2^53 (9007199254740992), got \(v.shortDescription)")
        }
        guard case .number(let x) = v, let n = Value.wholeInt(x) else {
            throw error(name, "\(label) must be \(kind), got \(v.shortDescription)")
        }
        if (positive && n < 1) || (nonNegative && n < 0) {
            throw error(name, "\(label) must be \(kind), got \(v.shortDescription)")
        }
        return n
    }

    func optionalWholeNumber(_ name: String, positive: Bool = false, nonNegative: Bool = false) throws(ScriptError) -> Int? {
        guard value(name) != nil else { return nil }
        return try wholeNumber(name, positive: positive, nonNegative: nonNegative)
    }

    // MARK: strings, bools, choices

    func string(_ name: String) throws(ScriptError) -> String {
        let v = try required(name)
        guard case .string(let s) = v else {
            throw error(name, "\(name) must be a string, got \(v.shortDescription)")
        }
        return s
    }

    func optionalString(_ name: String) throws(ScriptError) -> String? {
        guard value(name) != nil else { return nil }
        return try string(name)
    }

    func bool(_ name: String) throws(ScriptError) -> Bool {
        let v = try required(name)
        guard case .bool(let b) = v else {
            throw error(name, "\(name) must be true or false, got \(v.shortDescription)")
        }
        return b
    }

    func bool(_ name: String, default fallback: Bool) throws(ScriptError) -> Bool {
        guard value(name) != nil else { return fallback }
        return try bool(name)
    }

    /// One of a closed set of strings (`loss="mse"`), suggesting the closest on a typo.
    func choice(_ name: String, among choices: [String]) throws(ScriptError) -> String {
        let v = try required(name)
        let list = choices.map { "\"\($0)\"" }.joined(separator: ", ")
        guard case .string(let s) = v else {
            throw error(name, "\(name) must be one of \(list), got \(v.shortDescription)")
        }
        guard choices.contains(s) else {
            var message = "\(name) must be one of \(list), got \"\(s)\""
            if let close = Suggestion.closest(to: s, among: choices) { message += " — did you mean \"\(close)\"?" }
            throw error(name, message)
        }
        return s
    }

    func optionalChoice(_ name: String, among choices: [String]) throws(ScriptError) -> String? {
        guard value(name) != nil else { return nil }
        return try choice(name, among: choices)
    }

    // MARK: natives

    /// A native of type `T`; `expected` names it for the error ("a network").
    func native<T: NativeValue>(_ name: String, _ type: T.Type, expected: String) throws(ScriptError) -> T {
        let v = try required(name)
        guard case .native(let n) = v, let t = n as? T else {
            throw error(name, "\(name) must be \(expected), got \(v.shortDescription)")
        }
        return t
    }

    /// Where the i-th extra positional argument (`Signature.variadic`) was given.
    func restOrigin(_ i: Int) -> ScriptError.ArgumentRef? {
        i < args.restPositions.count ? .position(args.restPositions[i]) : nil
    }
}

extension Arguments {
    /// An `ArgumentReader` for the built-in `function`.
    func reader(_ function: String) -> ArgumentReader { ArgumentReader(self, function) }
}
