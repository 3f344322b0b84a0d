// swift-tools-version: 6.0
import PackageDescription

// On x86-64 the engine targets Haswell (AVX2 + FMA, every x86 CPU since
// 2013-2015): the default plain x86-64 target has 2-wide vectors and no FMA,
// which halves the matrix-product speed. NN_TARGET_CPU=<llvm cpu> overrides
// it (`x86-64` for older CPUs, `native`); NN_FMA tells the kernel it may use
// fused multiply-add instructions.
#if arch(x86_64)
let vectorTarget: [SwiftSetting] = {
    let cpu = Context.environment["NN_TARGET_CPU"] ?? "haswell"
    return [.unsafeFlags(["-target-cpu", cpu])] + (cpu == "haswell" ? [.define("NN_FMA")] : [])
}()
// The AVX-512 block kernel is its own small target compiled for
// skylake-avx512; the engine calls it only after checking the CPU.
let avx512Target: [SwiftSetting] = [.unsafeFlags(["-Ounchecked", "-target-cpu", "skylake-avx512"])]
#else
let vectorTarget: [SwiftSetting] = []
let avx512Target: [SwiftSetting] = [.unsafeFlags(["-Ounchecked"])]
#endif

// The numeric engine is compiled optimized even in debug builds: a debug
// build of matrix code runs 10-50x slower, which would make `swift test`
// and `swift run` demos crawl.
let optimizedEngine: [SwiftSetting] = [
    .unsafeFlags(["-Ounchecked"]),
] + vectorTarget

let package = Package(
    name: "nn",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "nn", targets: ["nn"]),
        .executable(name: "nn-bench", targets: ["nn-bench"]),
        .library(name: "NeuralEngine", targets: ["NeuralEngine"]),
        .library(name: "TextCharts", targets: ["TextCharts"]),
        .library(name: "Language", targets: ["Language"]),
    ],
    targets: [
        // Tensors, layers, losses, optimizers, training, data sets. Foundation only.
        .target(
            name: "NeuralEngine",
            dependencies: ["NeuralEngineAVX512"],
            exclude: ["Resources/ATTRIBUTION.md", "Kernels/AVX512"],
            resources: [.copy("Resources/iris.csv"), .copy("Resources/digits.csv")],
            swiftSettings: optimizedEngine
        ),
        // The engine's AVX-512 matrix-product kernel (x86-64 only; empty elsewhere).
        .target(name: "NeuralEngineAVX512", path: "Sources/NeuralEngine/Kernels/AVX512", swiftSettings: avx512Target),
        // Numbers to text: line charts, scatter, heatmaps. Depends on nothing.
        // Optimized in debug builds too: a cost curve of a million epochs
        // plots in 0.2 s instead of 1.5 s under `swift run`.
        .target(name: "TextCharts", swiftSettings: [.unsafeFlags(["-O"])]),
        // Lexer, parser, interpreter, values, diagnostics. Knows no engine types.
        .target(name: "Language", swiftSettings: [.unsafeFlags(["-O"])]),
        // Composes the three: session, built-ins, REPL loop, notebook, demos.
        .target(
            name: "Workbench",
            dependencies: ["Language", "NeuralEngine", "TextCharts"],
            // The lecture demos; `scripts/` at the top level links here.
            resources: [.copy("Demos")]
        ),
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"])]
        ),
        .executableTarget(name: "nn", dependencies: ["Workbench", "CReadline"]),
        .executableTarget(name: "nn-bench", dependencies: ["NeuralEngine"], swiftSettings: optimizedEngine),

        .testTarget(
            name: "NeuralEngineTests",
            dependencies: ["NeuralEngine"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "TextChartsTests", dependencies: ["TextCharts"], resources: [.copy("Golden")]),
        .testTarget(name: "LanguageTests", dependencies: ["Language"], resources: [.copy("Scripts")]),
        .testTarget(name: "WorkbenchTests", dependencies: ["Workbench"], resources: [.copy("Scripts")]),
        .testTarget(name: "NNCommandTests", dependencies: ["nn"]),
    ]
)
