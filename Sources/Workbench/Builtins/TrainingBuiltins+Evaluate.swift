import Language
import NeuralEngine

/// What a network makes of data: `cost`, `losses`, `predict`, `evaluate`.
extension TrainingBuiltins {
    static var cost: Builtin {
        Builtin(
            name: "cost",
            signature: Signature([.init("net"), .init("data"), .init("y", default: "none"), .init("loss", default: "\"auto\""), .init("l2", default: "0"), .init("l1", default: "0")]),
            help: Help(
                signature: "cost(net, data, loss=\"auto\", l2=0, l1=0)  or  cost(net, x, y, ...)",
                summary: "the cost J: the mean of the losses over the data",
                concept: "training",
                example: "cost(net, xor)\ncost(net, xor, loss=\"mse\")",
                details: "\"auto\" picks cross_entropy for a softmax output, bce for one sigmoid output unit, mse otherwise. l2= and l1= add the penalty (l2/2) sum W² + l1 sum |W| over the weights (not the biases), as train does."
            )
        ) { (args, _) throws(ScriptError) -> Value in
            let reader = args.reader("cost")
            let net = try network(reader)
            let (x, y, l, _) = try examples(reader, net)
            let penalty = try weightPenalty(reader)
            do throws(EngineError) { return .number(try net.cost(x: x, y: y, loss: l, penalty: penalty).cost) } catch { throw engineError(reader, error.message) }
        }
    }

    static var losses: Builtin {
        Builtin(
            name: "losses",
            signature: Signature([.init("net"), .init("data"), .init("y", default: "none"), .init("loss", default: "\"auto\"")]),
            help: Help(
                signature: "losses(net, data, loss=\"auto\")  or  losses(net, x, y, ...)",
                summary: "the loss of each example (a vector of m); their mean is the cost J",
                concept: "training",
                example: "l = losses(net, xor)\nmean(l)"
            )
        ) { (args, _) throws(ScriptError) -> Value in
            let reader = args.reader("losses")
            let net = try network(reader)
            let (x, y, l, _) = try examples(reader, net)
            do throws(EngineError) { return .tensor(try net.losses(x: x, y: y, loss: l)) } catch { throw engineError(reader, error.message) }
        }
    }

    static var predict: Builtin {
        Builtin(
            name: "predict",
            signature: Signature([.init("net"), .init("data")]),
            help: Help(
                signature: "predict(net, data)",
                summary: "one prediction per example: the class index for a classifier, otherwise the output",
                concept: "evaluation",
                example: "predict(net, xor)     # [0, 1, 1, 0]\npredict(net, [1, 0])",
                details: "A softmax output gives the argmax; one sigmoid or step unit gives 1 where the output is at least 0.5 (sign: at least 0), else 0."
            )
        ) { (args, _) throws(ScriptError) -> Value in
            let reader = args.reader("predict")
            let net = try network(reader)
            let x = try inputs(reader, "data")
            let p: Tensor
            do throws(ShapeError) { p = try net.predict(x) } catch { throw reader.error("data", error.message) }
            // One example in gives one prediction: a number when it is one.
            if x.isVector && p.count == 1 { return .number(p.storage[0]) }
            return .tensor(p)
        }
    }

    static var evaluate: Builtin {
        Builtin(
            name: "evaluate",
            signature: Signature([.init("net"), .init("data"), .init("y", default: "none"), .init("loss", default: "\"auto\""), .init("l2", default: "0"), .init("l1", default: "0")]),
            help: Help(
                signature: "evaluate(net, data, loss=\"auto\", l2=0, l1=0)  or  evaluate(net, x, y, ...)",
                summary: "a record with the cost (also loss), the accuracy (none for regression) and the confusion matrix",
                concept: "evaluation",
                example: "r = evaluate(net, test_set)\nr.accuracy\nr.confusion",
                details: "confusion[i][j] counts the examples of true class i predicted as class j."
            )
        ) { (args, _) throws(ScriptError) -> Value in
            let reader = args.reader("evaluate")
            let net = try network(reader)
            let (x, y, l, count) = try examples(reader, net)
            let penalty = try weightPenalty(reader)
            let e: Evaluation
            do throws(EngineError) { e = try net.evaluate(x: x, y: y, loss: l, penalty: penalty) } catch { throw engineError(reader, error.message) }
            let confusion: Value = e.confusion.isEmpty
                ? .none
                : .tensor(Tensor(rows: e.confusion.count, cols: e.confusion.count, e.confusion.flatMap { $0.map(Double.init) }))
            var fields: [(String, Value)] = [("cost", .number(e.cost.cost))]
            // With l1/l2 the penalty is shown apart from the data loss (LANGUAGE.md §6).
            if penalty.isActive { fields += [("data_loss", .number(e.cost.dataLoss)), ("penalty", .number(e.cost.penalty))] }
            fields += [("accuracy", e.accuracy.map { .number($0) } ?? .none), ("confusion", confusion)]
            return .native(RecordValue(
                fields,
                aliases: ["loss": "cost"],
                title: "evaluation on \(count) example\(count == 1 ? "" : "s") (loss \(e.loss.name))",
                notes: e.confusion.isEmpty ? [] : ["confusion[i][j] counts the examples of true class i predicted as class j"]
            ))
        }
    }
}
