// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "Copydesk",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "copydesk", targets: ["copydesk"]),
        .library(name: "CopydeskText", targets: ["CopydeskText"]),
        .library(name: "CopydeskIngest", targets: ["CopydeskIngest"]),
        .library(name: "CopydeskSimilarity", targets: ["CopydeskSimilarity"]),
        .library(name: "CopydeskCompare", targets: ["CopydeskCompare"]),
        .library(name: "CopydeskReport", targets: ["CopydeskReport"]),
        .library(name: "CopydeskDedup", targets: ["CopydeskDedup"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "CopydeskText"),
        .target(name: "CopydeskIngest", dependencies: ["CopydeskText", "CLibXML2", "CZlib"]),
        .target(name: "CopydeskSimilarity", dependencies: ["CopydeskText"]),
        .target(name: "CopydeskCompare", dependencies: ["CopydeskText", "CopydeskSimilarity"]),
        .target(
            name: "CopydeskReport",
            dependencies: ["CopydeskText", "CopydeskIngest", "CopydeskSimilarity", "CopydeskCompare", "CopydeskDedup"],
            // The HTML report's style and script, compiled into the binary so a report needs no file beside it.
            resources: [.embedInCode("HTML/Resources")]
        ),
        .target(
            name: "CopydeskDedup",
            dependencies: ["CopydeskText", "CopydeskSimilarity", "CopydeskIngest", "CSQLite"]
        ),
        .executableTarget(
            name: "copydesk",
            dependencies: [
                "CopydeskText", "CopydeskIngest", "CopydeskSimilarity", "CopydeskCompare", "CopydeskReport",
                "CopydeskDedup",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "CopydeskTextTests", dependencies: ["CopydeskText"]),
        .testTarget(name: "CopydeskIngestTests", dependencies: ["CopydeskIngest", "CopydeskText"]),
        .testTarget(name: "CopydeskSimilarityTests", dependencies: ["CopydeskSimilarity", "CopydeskText"]),
        .testTarget(name: "CopydeskCompareTests", dependencies: ["CopydeskCompare", "CopydeskText", "CopydeskSimilarity"]),
        .testTarget(
            name: "CopydeskReportTests", dependencies: ["CopydeskReport", "CopydeskText", "CopydeskCompare", "CopydeskDedup"]
        ),
        .testTarget(name: "CopydeskCLITests", dependencies: ["copydesk"]),
        .testTarget(
            name: "CopydeskDedupTests",
            dependencies: ["CopydeskDedup", "CopydeskIngest", "CopydeskSimilarity", "CopydeskText", "CZlib", "copydesk"]
        ),
    ]
)

// libFuzzer targets (Fuzz/README.md), only when asked for: they link only with `-sanitize=fuzzer`,
// so an ordinary build must not see them.
if Context.environment["COPYDESK_FUZZ"] != nil {
    package.targets.append(
        .target(name: "FuzzSupport", dependencies: ["CopydeskIngest"], path: "Fuzz/Targets/FuzzSupport"))
    let fuzzTargets: [(String, [Target.Dependency])] = [
        ("FuzzHTML", ["CopydeskIngest", "FuzzSupport"]),
        ("FuzzText", ["CopydeskIngest", "FuzzSupport"]),
        ("FuzzJSONL", ["CopydeskIngest", "FuzzSupport"]),
        ("FuzzWARC", ["CopydeskIngest", "FuzzSupport"]),
        ("FuzzCompare", ["CopydeskIngest", "CopydeskText", "CopydeskCompare", "FuzzSupport"]),
        ("FuzzRecords", ["CopydeskDedup", "FuzzSupport"]),
    ]
    for (name, dependencies) in fuzzTargets {
        package.targets.append(.executableTarget(name: name, dependencies: dependencies, path: "Fuzz/Targets/\(name)"))
        package.products.append(.executable(name: name, targets: [name]))
    }
}

for target in package.targets where [.executable, .test, .regular].contains(target.type) {
    var settings = target.swiftSettings ?? []
    // Require `any` for existential types (SE-0335).
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    // Imports are visible only where they are written (SE-0444).
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    // `import` is internal unless said otherwise, so no C type leaks into the public API (SE-0409).
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    target.swiftSettings = settings
}
