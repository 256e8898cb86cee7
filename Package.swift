// swift-tools-version:6.0
import PackageDescription

/// One settings array for every target.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
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
    ],
    targets: [
        .systemLibrary(
            name: "Ccmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // hummingbird-project/swift-mustache 2.1.1 (Apache-2.0), vendored with a faster render
        // path; see Sources/Mustache/README.md. Upstream's own settings, not ours.
        .target(name: "Mustache", exclude: ["LICENSE.txt", "README.md"]),
        .target(
            name: "CXSite",
            dependencies: [
                "Ccmark",
                .product(name: "Yams", package: "Yams"),
                "Mustache",
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "cxsite",
            dependencies: [
                "CXSite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // The in-process part of `make bench` (Benchmarks/README.md); not installed.
        .executableTarget(
            name: "cxsite-bench",
            dependencies: ["CXSite"],
            path: "Benchmarks/cxsite-bench",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CXSiteTests",
            dependencies: ["CXSite"],
            exclude: ["Fixtures", "Snapshots"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "MustacheTests",
            dependencies: ["Mustache"]
        ),
        .testTarget(
            name: "cxsiteTests",
            dependencies: ["cxsite"],
            swiftSettings: swiftSettings
        ),
    ]
)
