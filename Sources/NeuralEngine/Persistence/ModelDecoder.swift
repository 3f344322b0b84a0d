import Foundation

/// Checks a parsed model object field by field, so a damaged file says
/// exactly what is wrong instead of crashing.
struct ModelDecoder {
    let name: String

    func damaged(_ what: String) -> EngineError { EngineError("\(name) is a damaged nn model: \(what)") }

    func network(_ root: JSONValue) throws(EngineError) -> Network {
        guard let inputs = ModelFile.int(root["input"]), inputs >= 1 else {
            throw damaged("\"input\" must be a whole number from 1 to \(ModelFile.largestSize), got \(ModelFile.describe(root["input"]))")
        }
        guard let list = root["layers"]?.array, !list.isEmpty else { throw damaged("\"layers\" must be a non-empty list") }
        var layers = [DenseLayer](), previous = inputs
        for (i, item) in list.enumerated() {
            let l = i + 1
            guard case .object = item else { throw damaged("layer \(l) is not an object") }
            guard let units = ModelFile.int(item["units"]), units >= 1 else {
                throw damaged("layer \(l)'s \"units\" must be a whole number from 1 to \(ModelFile.largestSize), got \(ModelFile.describe(item["units"]))")
            }
            guard let fname = item["activation"]?.string, let f = Activation(name: fname) else {
                throw damaged("layer \(l) has an unknown activation \(item["activation"]?.string ?? "(not a name)")")
            }
            do { try Tensor.checkCount(units, previous) } catch { throw damaged("layer \(l): \(error.message)") }
            guard let rows = item["W"]?.array, rows.count == units else {
                let found = item["W"]?.array.map { "\($0.count) row\($0.count == 1 ? "" : "s")" } ?? ModelFile.describe(item["W"])
                throw damaged("layer \(l)'s W must be \(units)×\(previous) (units × inputs), got \(found)")
            }
            var w = [Double]()
            w.reserveCapacity(units * previous)
            for (r, row) in rows.enumerated() {
                guard let values = row.array, values.count == previous else {
                    let found = row.array.map { "\($0.count)" } ?? ModelFile.describe(row)
                    throw damaged("row \(r) of layer \(l)'s W must have \(previous) numbers (the units of layer \(l - 1)), got \(found)")
                }
                for v in values { w.append(try number(v, "layer \(l)'s W")) }
            }
            guard let bias = item["b"]?.array, bias.count == units else {
                let found = item["b"]?.array.map { "\($0.count)" } ?? ModelFile.describe(item["b"])
                throw damaged("layer \(l)'s b must have \(units) numbers, got \(found)")
            }
            var b = [Double]()
            for v in bias { b.append(try number(v, "layer \(l)'s b")) }
            var layer = DenseLayer(inputs: previous, units: units, activation: f, initializer: .zeros)
            do {
                try layer.setWeights(Tensor(rows: units, cols: previous, w))
                try layer.setBias(Tensor(b))
            } catch { throw damaged("layer \(l): \(error.message)") }
            layers.append(layer)
            previous = units
        }
        do { return try Network(inputs: inputs, layers: layers) } catch { throw damaged(error.message) }
    }

    func number(_ v: JSONValue, _ place: String) throws(EngineError) -> Double {
        guard let n = v.number else { throw damaged("\(place) holds something that is not a number") }
        return n
    }
}
