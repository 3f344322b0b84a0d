import Synchronization

/// Packing buffers for the blocked matrix product, reused across calls so a
/// training loop does not allocate per product. Each running product takes
/// one workspace out of the pool and gives it back; a second thread (or a
/// concurrent caller) gets its own.
///
///     let ws = PackingBuffer.take(doubles: 4096); defer { PackingBuffer.give(ws) }
final class PackingBuffer: @unchecked Sendable {
    private(set) var base: UnsafeMutablePointer<Double>
    private(set) var capacity: Int

    private init(capacity: Int) {
        self.capacity = capacity
        base = PackingBuffer.allocate(capacity)
    }

    deinit { base.deallocate() }

    /// A workspace of at least `doubles` elements, 64-byte aligned.
    static func take(doubles: Int) -> PackingBuffer {
        let found = pool.withLock { $0.popLast() }
        guard let ws = found else { return PackingBuffer(capacity: doubles) }
        if ws.capacity < doubles {
            ws.base.deallocate()
            ws.base = allocate(doubles)
            ws.capacity = doubles
        }
        return ws
    }

    static func give(_ ws: PackingBuffer) {
        pool.withLock { if $0.count < poolLimit { $0.append(ws) } }
    }

    /// Two per core is plenty: products run on at most a few threads at once.
    private static let poolLimit = 4
    private static let pool = Mutex<[PackingBuffer]>([])

    private static func allocate(_ count: Int) -> UnsafeMutablePointer<Double> {
        UnsafeMutableRawPointer.allocate(byteCount: count * MemoryLayout<Double>.stride, alignment: 64)
            .bindMemory(to: Double.self, capacity: count)
    }
}
