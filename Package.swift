// swift-tools-version: 6.0
import PackageDescription

// The numeric engine is compiled optimized even in debug builds: a debug
// build of matrix code runs 10-50x slower, which would make `swift test`
// and `swift run` demos crawl.
let optimizedEngine: [SwiftSetting] = [
    .unsafeFlags(["-Ounchecked"]),
]

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
            exclude: ["Resources/ATTRIBUTION.md"],
            resources: [.copy("Resources/iris.csv"), .copy("Resources/digits.csv")],
            swiftSettings: optimizedEngine
        ),
        // Numbers to text: line charts, scatter, heatmaps. Depends on nothing.
        .target(name: "TextCharts"),
        // Lexer, parser, interpreter, values, diagnostics. Knows no engine types.
        .target(name: "Language"),
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
