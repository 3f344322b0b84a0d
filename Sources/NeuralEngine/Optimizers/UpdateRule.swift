import Foundation

/// One optimizer step on flat parameter and gradient buffers. State (velocity,
/// moments) lives in the rule and starts fresh for each training run.
protocol UpdateRule: AnyObject {
    func step(_ p: ParameterBuffer, _ g: ParameterBuffer, learningRate lr: Double)
}

final class SGDRule: UpdateRule {
    func step(_ p: ParameterBuffer, _ g: ParameterBuffer, learningRate lr: Double) {
        let w = p.values, d = g.values
        for i in 0..<p.count { w[i] -= lr * d[i] }
    }
}

final class MomentumRule: UpdateRule {
    let mu: Double
    let velocity: UnsafeMutablePointer<Double>
    let count: Int

    init(mu: Double, count: Int) {
        self.mu = mu
        self.count = count
        velocity = .allocate(capacity: Swift.max(count, 1))
        velocity.initialize(repeating: 0, count: Swift.max(count, 1))
    }
    deinit { velocity.deallocate() }

    func step(_ p: ParameterBuffer, _ g: ParameterBuffer, learningRate lr: Double) {
        let w = p.values, d = g.values, v = velocity
        for i in 0..<count {
            v[i] = mu * v[i] + d[i]
            w[i] -= lr * v[i]
        }
    }
}

/// PyTorch's Adam: m := b1 m + (1 - b1) g; v := b2 v + (1 - b2) g^2;
/// W := W - (lr / (1 - b1^t)) m / (sqrt(v) / sqrt(1 - b2^t) + eps).
final class AdamRule: UpdateRule {
    let beta1, beta2, epsilon: Double
    let m, v: UnsafeMutablePointer<Double>
    let count: Int
    var t = 0

    init(beta1: Double, beta2: Double, epsilon: Double, count: Int) {
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.count = count
        m = .allocate(capacity: Swift.max(count, 1))
        v = .allocate(capacity: Swift.max(count, 1))
        m.initialize(repeating: 0, count: Swift.max(count, 1))
        v.initialize(repeating: 0, count: Swift.max(count, 1))
    }
    deinit { m.deallocate(); v.deallocate() }

    func step(_ p: ParameterBuffer, _ g: ParameterBuffer, learningRate lr: Double) {
        t += 1
        let c1 = 1 - pow(beta1, Double(t))
        let c2 = 1 - pow(beta2, Double(t))
        let stepSize = lr / c1
        let c2Root = c2.squareRoot()
        let w = p.values, d = g.values
        for i in 0..<count {
            m[i] = beta1 * m[i] + (1 - beta1) * d[i]
            v[i] = beta2 * v[i] + (1 - beta2) * d[i] * d[i]
            let denominator = v[i].squareRoot() / c2Root + epsilon
            w[i] -= stepSize * m[i] / denominator
        }
    }
}
