import Foundation
#if arch(x86_64)
import NeuralEngineAVX512
#endif

/// Which block kernel the blocked product runs, chosen once from the CPU:
/// AVX-512 (8 x 16 tiles, about twice the AVX2 speed) when the CPU has it,
/// else the portable 6 x 8 kernel. `NN_KERNEL=portable` forces the latter.
///
///     KernelChoice.current.nr   // columns per packed B strip
enum KernelChoice: Sendable {
    case avx512
    case portable

    static let current: KernelChoice = detect()

    /// Rows of a micro-tile of C.
    var mr: Int {
        switch self {
        case .avx512: 8
        case .portable: 6
        }
    }

    /// Columns per packed strip of B (the micro-tile width).
    var nr: Int {
        switch self {
        case .avx512: 16
        case .portable: 8
        }
    }

    var name: String {
        switch self {
        case .avx512: "swift-avx512"
        case .portable: "swift"
        }
    }

    @inline(__always)
    func run(
        mc: Int, nc: Int, kc: Int, a: MatrixOperand,
        b: UnsafePointer<Double>, bRowStride: Int, bStripStride: Int,
        alpha: Double, beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int,
        scratch: UnsafeMutablePointer<Double>
    ) {
        switch self {
        case .avx512:
            #if arch(x86_64)
            avx512BlockKernel(
                mc: mc, nc: nc, kc: kc, a: a.base, aRowStride: a.rowStride, aColStride: a.colStride,
                b: b, bRowStride: bRowStride, bStripStride: bStripStride, alpha: alpha, beta: beta,
                c: c, ldc: ldc, scratch: scratch)
            #else
            break  // never chosen off x86-64
            #endif
        case .portable:
            GEMM.portableBlockKernel(
                mc: mc, nc: nc, kc: kc, a: a.base, aRowStride: a.rowStride, aColStride: a.colStride,
                b: b, bRowStride: bRowStride, bStripStride: bStripStride, alpha: alpha, beta: beta,
                c: c, ldc: ldc, scratch: scratch)
        }
    }

    private static func detect() -> KernelChoice {
        #if arch(x86_64)
        if kernelSetting("NN_KERNEL")?.lowercased() == "portable" { return .portable }
        return cpuHasAVX512() ? .avx512 : .portable
        #else
        return .portable
        #endif
    }

    /// The kernel uses AVX-512 F/DQ/BW/VL/CD (LLVM's skylake-avx512). Linux
    /// lists a feature in /proc/cpuinfo only when the kernel also saves the
    /// registers, so the flag is enough.
    private static func cpuHasAVX512() -> Bool {
        #if os(Linux)
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("flags") })
        else { return false }
        let flags = Set(line.split(separator: " ").map(String.init))
        return ["avx512f", "avx512dq", "avx512bw", "avx512vl", "avx512cd"].allSatisfy(flags.contains)
        #elseif os(macOS)
        var value: Int32 = 0
        var size = MemoryLayout<Int32>.size
        let names = ["hw.optional.avx512f", "hw.optional.avx512dq", "hw.optional.avx512bw", "hw.optional.avx512vl", "hw.optional.avx512cd"]
        return names.allSatisfy { name in
            value = 0
            size = MemoryLayout<Int32>.size
            return sysctlbyname(name, &value, &size, nil, 0) == 0 && value == 1
        }
        #else
        return false
        #endif
    }
}
