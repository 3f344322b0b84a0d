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

    /// The examples of `cost`, `losses`, `evaluate`, `backward` and `gradcheck`:
    /// a data set, or inputs and targets as `(net, x, y)`. A string in y's
    /// place is the loss, so `cost(net, d, "mse")` reads as it looks.
    static func examples(_ reader: ArgumentReader, _ net: Network) throws(ScriptError) -> (x: Tensor, y: Tensor, loss: Loss?, count: Int) {
        var lossValue = try loss(reader)
        var yValue = reader.value("y")
        if case .string(let s)? = yValue, reader.value("loss") == nil {
            guard s == "auto" || Loss(name: s) != nil else {
                throw reader.error("y", "y must be the targets (a number or a tensor), got \"\(s)\"")
            }
            lossValue = Loss(name: s)
            yValue = nil
        }
        if let yValue {
            let x = try inputs(reader, "data")
            let y = try targets(yValue, for: x, network: net, reader)
            return (x, y, lossValue, x.isMatrix ? x.rows : 1)
        }
        let d = try reader.required("data")
        guard let data = d.datasetNative else {
            throw reader.error("data", "data must be a dataset, or give the targets too: \(reader.function)(net, x, y); got \(d.shortDescription) and no y")
        }
        return (data.x, data.y, lossValue, data.count)
    }

    /// `l2=` and `l1=`, each a number >= 0 (LANGUAGE.md §6).
    static func weightPenalty(_ reader: ArgumentReader) throws(ScriptError) -> Penalty {
        func strength(_ name: String) throws(ScriptError) -> Double {
            let v = try reader.number(name, default: 0)
            guard v >= 0, v.isFinite else {
                throw reader.error(name, "\(name) must be a number >= 0, got \(Value.number(v).shortDescription)")
            }
            return v
        }
        let l1 = try strength("l1")
        return Penalty(l1: l1, l2: try strength("l2"))
    }

    /// An engine error, worded for the built-in and pointing at `argument` when given.
    static func engineError(_ reader: ArgumentReader, _ message: String, at argument: String? = nil) -> ScriptError {
        if let argument { return reader.error(argument, message) }
        return ScriptError("\(reader.function): \(message)")
    }
}
