// swift-tools-version:6.1
import PackageDescription

/// One settings array for every target.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "cxsite",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "cxsite", targets: ["cxsite"]),
        .library(name: "CXSite", targets: ["CXSite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // cxsite serve only (the CXSiteServer target). Only HummingbirdCore (the HTTP/1 server) is
        // used, without the package's default traits, which would build swift-configuration too
        // (docs/PERFORMANCE.md, "Build time").
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .systemLibrary(
            name: "Ccmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // The executables' allocator (docs/PERFORMANCE.md, "Allocator"); Linux only.
        .systemLibrary(name: "CMimalloc", providers: [.apt(["libmimalloc-dev"])]),
        // The library, one target per pipeline stage, in one-way order: a target sees only the
        // targets listed as its dependencies, so a back arrow does not compile
        // (docs/ARCHITECTURE.md). Declarations the other targets use have `package` access.
        .target(name: "CXSiteSupport", swiftSettings: swiftSettings),
        .target(name: "CXSiteModel", dependencies: ["CXSiteSupport"], swiftSettings: swiftSettings),
        .target(
            name: "CXSiteLoad",
            dependencies: ["CXSiteSupport", "CXSiteModel", "Ccmark", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        .target(name: "CXSiteAnalyse", dependencies: ["CXSiteSupport", "CXSiteModel"], swiftSettings: swiftSettings),
        .target(name: "CXSiteCharts", dependencies: ["CXSiteSupport", "CXSiteModel"], swiftSettings: swiftSettings),
        .target(
            name: "CXSiteRender",
            dependencies: ["CXSiteSupport", "CXSiteModel", "CXSiteAnalyse", "CXSiteCharts",
                           .product(name: "Mustache", package: "swift-mustache")],
            // Embedded/templates links to the repository's templates/: the built-in templates.
            exclude: ["Embedded"],
            swiftSettings: swiftSettings,
            plugins: ["EmbedFolders"]
        ),
        .target(name: "CXSiteWrite", dependencies: ["CXSiteSupport"], swiftSettings: swiftSettings),
        // The builder: the phases as functions, and the commands that use them.
        .target(
            name: "CXSite",
            dependencies: ["CXSiteSupport", "CXSiteModel", "CXSiteLoad", "CXSiteAnalyse", "CXSiteCharts",
                           "CXSiteRender", "CXSiteWrite"],
            // Embedded/scaffold links to the repository's scaffold/, which the EmbedFolders plugin
            // compiles into the binary (docs/ARCHITECTURE.md, "Templates").
            exclude: ["Embedded"],
            swiftSettings: swiftSettings,
            plugins: ["EmbedFolders"]
        ),
        .target(
            name: "CXSiteServer",
            dependencies: [
                "CXSiteSupport", "CXSiteModel", "CXSiteLoad", "CXSiteAnalyse", "CXSiteCharts", "CXSiteRender", "CXSiteWrite", "CXSite",
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "cxsite",
            dependencies: [
                "CXSiteSupport", "CXSiteModel", "CXSiteLoad", "CXSiteAnalyse", "CXSiteCharts", "CXSiteRender", "CXSiteWrite", "CXSite",
                "CXSiteServer",
                .target(name: "CMimalloc", condition: .when(platforms: [.linux])),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // Built-in files: each folder in a target's Embedded/ becomes a `BuiltIn<Name>` enum at build time.
        .plugin(name: "EmbedFolders", capability: .buildTool(), dependencies: ["embed-folder"]),
        .executableTarget(name: "embed-folder", path: "Plugins/embed-folder"),
        .executableTarget(
            name: "MetricsBenchmark",
            dependencies: ["CXSiteSupport", "CXSiteModel", "CXSiteLoad", "CXSiteAnalyse", "CXSiteCharts", "CXSiteRender", "CXSiteWrite", "CXSite"],
            path: "Benchmarks/MetricsBenchmark",
            swiftSettings: swiftSettings
        ),
        // The in-process part of `make bench` (Benchmarks/README.md); not installed.
        .executableTarget(
            name: "cxsite-bench",
            dependencies: ["CXSiteSupport", "CXSiteModel", "CXSiteLoad", "CXSiteAnalyse", "CXSiteCharts", "CXSiteRender", "CXSiteWrite", "CXSite",
                           .target(name: "CMimalloc", condition: .when(platforms: [.linux]))],
            path: "Benchmarks/cxsite-bench",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CXSiteTests",
            dependencies: ["CXSiteSupport", "CXSiteModel", "CXSiteLoad", "CXSiteAnalyse", "CXSiteCharts", "CXSiteRender", "CXSiteWrite", "CXSite"],
            exclude: ["Fixtures", "Snapshots"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CXSiteServerTests",
            dependencies: [
                "CXSiteServer",
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "cxsiteTests",
            dependencies: ["cxsite"],
            swiftSettings: swiftSettings
        ),
    ]
)

// `make fuzz` only: libFuzzer targets over the parsers (Tests/Fuzz, docs/SECURITY.md). Declared only
// when CXSITE_FUZZ=1, so `swift build` and `swift test` never build them; built with
// `-sanitize=fuzzer,address` in their own scratch folder.
if Context.environment["CXSITE_FUZZ"] == "1" {
    package.targets.append(.executableTarget(
        name: "CXSiteFuzz",
        dependencies: ["CXSiteSupport", "CXSiteModel", "CXSiteLoad", "CXSiteAnalyse", "CXSiteCharts", "CXSiteRender", "CXSiteWrite", "CXSite"],
        path: "Tests/Fuzz",
        exclude: ["Corpus", "Regressions", "README.md"],
        swiftSettings: swiftSettings,
        // `-sanitize=fuzzer` links libFuzzer whole, its `main` included, beside the `main` SwiftPM
        // gives every executable; the linker keeps the first, and both entry points work (main.swift).
        linkerSettings: [.unsafeFlags(["-Xlinker", "--allow-multiple-definition"])]
    ))
}
