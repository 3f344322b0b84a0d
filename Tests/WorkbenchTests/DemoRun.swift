import Foundation
import Testing
import Language
@testable import Workbench

/// A lecture demo run to its end in a fresh session, kept to inspect.
///
///     let run = try DemoRun("backprop")
///     #expect(run.errors.isEmpty)
///     #expect(try run.number("cost(net, example, loss=\"half_mse\")") < 0.3)
final class DemoRun {
    let session: Session
    let sink = BufferSink()
    let outcome: RunOutcome
    let seconds: Double

    init(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let demo = try DemoCatalog.demo(named: name)
        session = Session(output: sink)
        let start = Date()
        // Session.run draws from the session's own random stream: demos side by side stay reproducible.
        outcome = session.run(SourceFile(name: demo.fileName, text: demo.source, directory: "."))
        seconds = Date().timeIntervalSince(start)
        #expect(outcome == .success, "\(demo.fileName): \(errors.joined(separator: "; "))", sourceLocation: sourceLocation)
    }

    var output: String { sink.output }
    var errors: [String] { sink.diagnostics.filter { $0.severity == .error }.map(\.message) }
    var warnings: [String] { sink.diagnostics.filter { $0.severity == .warning }.map(\.message) }

    /// The value of `expression` evaluated after the demo, in its session.
    func value(_ expression: String) throws -> Value {
        let before = sink.diagnostics.count
        let outcome = session.run(SourceFile(name: "probe.nn", text: "probe__ = \(expression)", directory: "."))
        guard outcome == .success, let value = session.interpreter.lookup("probe__") else {
            let messages = sink.diagnostics.dropFirst(before).map(\.message)
            throw ScriptError("cannot evaluate \(expression): \(messages.joined(separator: "; "))")
        }
        return value
    }

    /// A number `expression` evaluates to (a one-element tensor counts).
    func number(_ expression: String) throws -> Double {
        let value = try value(expression)
        if case .number(let x) = value { return x }
        if let tensor = value.tensorNative, tensor.count == 1 { return tensor.storage[0] }
        throw ScriptError("\(expression) is a \(value.typeName), not a number")
    }

    /// The numbers of a list or tensor `expression` evaluates to.
    func numbers(_ expression: String) throws -> [Double] {
        let value = try value(expression)
        if let tensor = value.tensorNative { return tensor.storage }
        if case .list(let items) = value {
            return items.compactMap { if case .number(let x) = $0 { x } else { nil } }
        }
        throw ScriptError("\(expression) is a \(value.typeName), not numbers")
    }
}
