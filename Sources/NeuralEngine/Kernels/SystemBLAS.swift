import Foundation
import Synchronization

/// OpenBLAS's `cblas_dgemm`, loaded at run time and only on request
/// (`NN_BLAS=on`, or `NN_BLAS=<path or soname>`), so the build never depends
/// on it. Off by default: the Swift kernels match or beat a distribution's
/// OpenBLAS unless it recognizes the CPU (see benchmarks/RESULTS.md).
///
///     NN_BLAS=on swift run -c release nn-bench W5
final class SystemBLAS: Sendable {
    typealias DGEMM = @convention(c) (
        Int32, Int32, Int32, Int32, Int32, Int32, Double,
        UnsafePointer<Double>, Int32, UnsafePointer<Double>, Int32, Double,
        UnsafeMutablePointer<Double>, Int32
    ) -> Void
    typealias SetThreads = @convention(c) (Int32) -> Void

    let name: String
    private let gemm: DGEMM
    private let setThreads: SetThreads?
    private let threadsInUse = Atomic<Int>(0)

    private init(name: String, gemm: DGEMM, setThreads: SetThreads?) {
        self.name = name
        self.gemm = gemm
        self.setThreads = setThreads
    }

    static let shared: SystemBLAS? = load()

    /// Only OpenBLAS is taken: a reference `libblas.so.3` is slower than the
    /// Swift kernel, so a library must also export OpenBLAS's thread control.
    private static func load() -> SystemBLAS? {
        guard let setting = kernelSetting("NN_BLAS"), !["", "off", "0", "swift"].contains(setting.lowercased())
        else { return nil }
        var candidates = ["libopenblas.so.0", "libopenblas.so", "libblas.so.3", "libopenblas.dylib"]
        if !["on", "1"].contains(setting.lowercased()) { candidates.insert(setting, at: 0) }
        for candidate in candidates {
            guard let handle = dlopen(candidate, RTLD_NOW | RTLD_LOCAL) else { continue }
            guard let gemmSymbol = dlsym(handle, "cblas_dgemm"),
                  let threadsSymbol = dlsym(handle, "openblas_set_num_threads")
            else {
                dlclose(handle)
                continue
            }
            return SystemBLAS(
                name: candidate,
                gemm: unsafeBitCast(gemmSymbol, to: DGEMM.self),
                setThreads: unsafeBitCast(threadsSymbol, to: SetThreads.self))
        }
        return nil
    }

    /// Row-major dgemm; sizes beyond Int32 never reach here (tensors are
    /// capped at 1e8 elements).
    func dgemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Double,
        a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int,
        beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int, threads: Int
    ) {
        if let setThreads, threadsInUse.exchange(threads, ordering: .relaxed) != threads {
            setThreads(Int32(threads))
        }
        let rowMajor: Int32 = 101, noTrans: Int32 = 111, trans: Int32 = 112
        gemm(
            rowMajor, transposeA ? trans : noTrans, transposeB ? trans : noTrans,
            Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }
}
