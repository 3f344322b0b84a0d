import Language
import NeuralEngine

/// The training built-ins (LANGUAGE.md §6): `train`, and the passes by hand
/// — `forward`, `backward`, `update` — with `cost`, `losses`, `predict`,
/// `evaluate` and `gradcheck`. The numbers all come from the engine; these
/// read arguments, word errors, and print traces and progress.
enum TrainingBuiltins {
    static func all(_ session: Session) -> [Builtin] {
        var trainBuiltin = train(session)
        // A bare `train net, xor` shows progress and the stop line, not the history.
        trainBuiltin.echoesResult = false
        return [trainBuiltin, forward, backward, update, cost, losses, predict, evaluate, gradcheck]
    }

    // MARK: shared argument readers

    /// A data set argument.
    static func dataset(_ reader: ArgumentReader, _ name: String) throws(ScriptError) -> Dataset {
        let v = try reader.required(name)
        if let d = v.datasetNative { return d }
        throw reader.error(name, "\(name) must be a dataset (dataset(\"xor\"), dataset(x=…, y=…) or load(…)), got \(v.shortDescription)")
    }

    /// Inputs: a tensor (one example as a vector, a batch as a matrix) or a data set's x.
    static func inputs(_ reader: ArgumentReader, _ name: String) throws(ScriptError) -> Tensor {
        let v = try reader.required(name)
        if let d = v.datasetNative { return d.x }
        if case .number(let x) = v { return Tensor([x]) }
        return try reader.tensor(name)
    }

    static func network(_ reader: ArgumentReader) throws(ScriptError) -> Network {
        try reader.native("net", NetworkValue.self, expected: "a network").network
    }

    /// `loss="auto"` is nil (the engine applies the auto rule).
    static func loss(_ reader: ArgumentReader) throws(ScriptError) -> Loss? {
        guard let name = try reader.optionalChoice("loss", among: Loss.names), name != "auto" else { return nil }
        return Loss(name: name)
    }

    /// An engine error, worded for the built-in and pointing at `argument` when given.
    static func engineError(_ reader: ArgumentReader, _ message: String, at argument: String? = nil) -> ScriptError {
        if let argument { return reader.error(argument, message) }
        return ScriptError("\(reader.function): \(message)")
    }
}
