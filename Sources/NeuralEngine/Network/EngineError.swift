/// An error from the engine that is not a shape mismatch: a bad setting,
/// data that does not fit the network, a damaged model file. Lower-case,
/// saying what was expected and what was found.
///
///     throw EngineError("learning rate must be above 0, got -1")
public struct EngineError: Error, Sendable, CustomStringConvertible, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
