import Language
import NeuralEngine

/// The data built-ins (LANGUAGE.md §5): bundled, generated and literal data
/// sets, CSV files, and cutting a data set into parts.
///
///     d = dataset("moons", n=300, noise=0.2)
///     train_set, test_set = split(d, 0.8)
enum DataBuiltins {
    static func all(_ session: Session) -> [Builtin] {
        [dataset, load, split, normalize, batches, windows]
    }

    /// A data error as a script error: prefixed with the built-in's name,
    /// pointing at the argument it is about (the engine names it), else at `fallback`.
    static func scriptError(_ error: DataError, _ r: ArgumentReader, parameter fallback: String? = nil) -> ScriptError {
        let parameter = error.parameter.flatMap { r.args.origin($0) != nil ? $0 : nil } ?? fallback
        return r.error(parameter ?? "", error.description)
    }

    /// The data set given as `name`.
    static func data(_ r: ArgumentReader, _ name: String) throws(ScriptError) -> Dataset {
        try r.native(name, DatasetValue.self, expected: "a dataset (from dataset(...) or load(...))").dataset
    }

    static var dataset: Builtin { Builtin(
        name: "dataset",
        signature: Signature([
            .init("name", default: "none"),
            .init("n", default: "200", keywordOnly: true),
            .init("noise", default: "0.1", keywordOnly: true),
            .init("classes", default: "2", keywordOnly: true),
            .init("x", default: "none", keywordOnly: true),
            .init("y", default: "none", keywordOnly: true),
        ]),
        help: Help(
            signature: "dataset(name, n=200, noise=0.1, classes=2)  or  dataset(x=…, y=…)",
            summary: "a bundled, generated or hand-written data set of examples (x) and targets (y)",
            concept: "data",
            example: """
            xor = dataset("xor")
            moons = dataset("moons", n=300, noise=0.2)
            d = dataset(x=[[0, 0], [0, 1], [1, 0], [1, 1]], y=[0, 1, 1, 0])
            """,
            details: """
            bundled: "xor", "and", "or" (4 examples each), "iris" (150 flowers, 4 measurements, 3 species),
            "digits" (1797 handwritten 8x8 digits, 64 pixels, classes "0"…"9").
            generated (seeded by seed(n)): "circles", "moons", "spiral" (classes=), "gauss" (two blobs),
            "sine" (regression: x = t, y = sin t + noise). n is the total number of examples, shared
            as evenly as possible between the classes; noise is the standard deviation of the
            Gaussian noise added to each coordinate (to y for "sine").
            dataset(x=…, y=…): x has one row per example; y holds one target per example (a class
            index, a 0/1 label or a value), or one row of targets per example. y is kept as given.
            d[i] is [x, y] for example i, so `x, y = d[0]` unpacks it.
            """
        )
    ) { args, _ throws(ScriptError) in
        let r = args.reader("dataset")
        if r.value("x") != nil || r.value("y") != nil {
            if r.value("name") != nil {
                throw r.error("name", "give either a name or x= and y=, not both")
            }
            for option in ["n", "noise", "classes"] where r.value(option) != nil {
                throw r.error(option, "\(option)= applies to generated sets, not to dataset(x=…, y=…)")
            }
            guard r.value("x") != nil else { throw r.error("y", "y= needs x= too: dataset(x=…, y=…)") }
            guard r.value("y") != nil else { throw r.error("x", "x= needs y= too: dataset(x=…, y=…)") }
            if case .list(let items)? = r.value("y"), let label = items.first(where: { if case .string = $0 { true } else { false } }) {
                // y is kept as given, so text labels cannot be numbered silently here.
                throw r.error("y", "y holds numbers (class indices 0…k-1 or values), got the text \(label.shortDescription): number the classes, or put the data in a CSV file and load() it")
            }
            let x = try r.tensor("x"), y = try r.tensor("y")
            do throws(DataError) {
                return .dataset(try Dataset.fromLiterals(x: x, y: y))
            } catch {
                throw scriptError(error, r)
            }
        }
        guard r.value("name") != nil else {
            throw ScriptError("dataset: give a name (\(Dataset.knownNames.map { "\"\($0)\"" }.joined(separator: ", "))) or x= and y=")
        }
        let name = try r.string("name")
        let n = try r.optionalWholeNumber("n")
        let noise = try r.optionalNumber("noise")
        let classes = try r.optionalWholeNumber("classes")
        do throws(DataError) {
            return .dataset(try Dataset.named(name, n: n, noise: noise, classes: classes))
        } catch {
            throw scriptError(error, r, parameter: "name")
        }
    } }

    static var load: Builtin { Builtin(
        name: "load",
        signature: Signature([
            .init("path"),
            .init("target", default: "-1"),
            .init("normalize", default: "false"),
        ]),
        help: Help(
            summary: "reads a CSV file (with a header row) as a data set; target is the column to predict",
            concept: "data",
            example: """
            d = load("flowers.csv", target="species")
            d = load("houses.csv", normalize=true)
            """,
            details: """
            target is the target column's name or index (0 is the first column, -1 the last: the default).
            A target column of numbers stays numeric (regression, or class indices); any other target
            becomes class labels 0…k-1 in order of first appearance, named in d.classes.
            Every other value must be a number (1e-3, -0.5 and .5 are fine; 3,5 and nan are not).
            A relative path is taken from the script's folder (the working folder in the REPL).
            Any problem — a missing file, a row with the wrong number of fields, a value that is not a
            number, an unclosed quote, invalid UTF-8 — is an error naming the line and column.
            normalize=true standardizes each feature (see normalize).
            """
        )
    ) { args, context throws(ScriptError) in
        let r = args.reader("load")
        let path = try r.string("path")
        var target = DatasetTarget.last
        if let given = r.value("target") {
            switch given {
            case .string(let name): target = .name(name)
            case .number(let x):
                guard let i = Value.wholeInt(x) else {
                    throw r.error("target", "target must be a column name or a whole-number index, got \(given.shortDescription)")
                }
                target = .index(i)
            default:
                throw r.error("target", "target must be a column name or a whole-number index, got \(given.shortDescription)")
            }
        }
        let normalize = try r.bool("normalize", default: false)
        do throws(DataError) {
            return .dataset(try Dataset.load(path: path, target: target, normalize: normalize, relativeTo: context.directory))
        } catch {
            throw scriptError(error, r, parameter: "path")
        }
    } }

    static var split: Builtin { Builtin(
        name: "split",
        signature: Signature([.init("data", aliases: ["d"]), .init("fraction", aliases: ["f"])]),
        help: Help(
            signature: "split(d, fraction)",
            summary: "shuffles a data set and cuts it in two: [train, test], the first round(m × fraction) examples training",
            concept: "data",
            example: "train_set, test_set = split(dataset(\"iris\"), 0.8)   # 120 and 30 examples",
            details: "fraction must be strictly between 0 and 1, and both parts must get examples. The shuffle follows seed(n)."
        )
    ) { args, _ throws(ScriptError) in
        let r = args.reader("split")
        let d = try data(r, "data")
        let fraction = try r.number("fraction")
        do throws(DataError) {
            let (train, test) = try d.split(fraction)
            return .list([.dataset(train), .dataset(test)])
        } catch {
            throw scriptError(error, r, parameter: "fraction")
        }
    } }

    static var normalize: Builtin { Builtin(
        name: "normalize",
        signature: Signature(["data"]),
        help: Help(
            signature: "normalize(d)",
            summary: "a new data set whose features each have mean 0 and standard deviation 1",
            concept: "data",
            example: "d = normalize(dataset(\"iris\"))\nd.mean   # what was subtracted from each feature",
            details: """
            Each feature x becomes (x - mean) / std, with the population standard deviation (divided by m).
            A constant feature is only centred. d.mean and d.std keep what was used, so a new input
            is scaled the same way: (x - d.mean) / d.std. The targets are left as they are.
            """
        )
    ) { args, _ throws(ScriptError) in
        let r = args.reader("normalize")
        return .dataset(try data(r, "data").normalized())
    } }

    static var batches: Builtin { Builtin(
        name: "batches",
        signature: Signature(["data", "k"]),
        help: Help(
            signature: "batches(d, k)",
            summary: "the list of mini-batches of k examples, in order (the last may be smaller)",
            concept: "data",
            example: "for b in batches(dataset(\"iris\"), 32) { print(b.m) }   # 32 32 32 32 22"
        )
    ) { args, _ throws(ScriptError) in
        let r = args.reader("batches")
        let d = try data(r, "data")
        let k = try r.wholeNumber("k", positive: true)
        do throws(DataError) {
            return .list(try d.batches(k).map { .dataset($0) })
        } catch {
            throw scriptError(error, r, parameter: "k")
        }
    } }

    static var windows: Builtin { Builtin(
        name: "windows",
        signature: Signature(["values", "k"]),
        help: Help(
            summary: "a time-series data set: each row holds k consecutive values, its target the value after them",
            concept: "data",
            example: "w = windows([1, 2, 3, 4, 5], 2)   # x [[1, 2], [2, 3], [3, 4]], y [3, 4, 5]\nw = windows(dataset(\"sine\").y, 10)"
        )
    ) { args, _ throws(ScriptError) in
        let r = args.reader("windows")
        if r.value("values")?.datasetNative != nil {
            throw r.error("values", "values must be a series of numbers, got a dataset: for its targets write windows(d.y, k)")
        }
        let values = try r.tensor("values")
        // A one-column (or one-row) matrix is a series too.
        guard values.isVector || values.rows == 1 || values.cols == 1 else {
            throw r.error("values", "values must be a vector (a list of numbers), got \(Value.tensor(values).shortDescription)")
        }
        let k = try r.wholeNumber("k", positive: true)
        do throws(DataError) {
            return .dataset(try Dataset.windows(values.storage, k))
        } catch {
            throw scriptError(error, r, parameter: "values")
        }
    } }
}
