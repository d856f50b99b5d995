// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "Copydesk",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "copydesk", targets: ["copydesk"]),
        .library(name: "CopydeskText", targets: ["CopydeskText"]),
        .library(name: "CopydeskExtract", targets: ["CopydeskExtract"]),
        .library(name: "CopydeskArchive", targets: ["CopydeskArchive"]),
        .library(name: "CopydeskIngest", targets: ["CopydeskIngest"]),
        .library(name: "CopydeskSimilarity", targets: ["CopydeskSimilarity"]),
        .library(name: "CopydeskCompare", targets: ["CopydeskCompare"]),
        .library(name: "CopydeskReport", targets: ["CopydeskReport"]),
        .library(name: "CopydeskDedup", targets: ["CopydeskDedup"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Golden-file tests of the renderers (only its SnapshotTesting library, which has no dependencies).
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.17.0"),
        // `swift package generate-documentation`: the DocC catalogs in Sources/*/*.docc. A plugin, so nothing links it.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
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
        // A decoded page to an article: HTML and plain-text extraction, bylines, dates, wire credits.
        .target(name: "CopydeskExtract", dependencies: ["CopydeskText", "CLibXML2"]),
        // Bytes to documents: files, charsets, gzip, HTTP responses, JSONL and WARC records.
        .target(name: "CopydeskArchive", dependencies: ["CopydeskText", "CopydeskExtract", "CZlib"]),
        // What the user named to documents and articles: paths, folders, URLs, standard input, batches.
        .target(name: "CopydeskIngest", dependencies: ["CopydeskText", "CopydeskExtract", "CopydeskArchive"]),
        .target(name: "CopydeskSimilarity", dependencies: ["CopydeskText"]),
        .target(name: "CopydeskCompare", dependencies: ["CopydeskText", "CopydeskSimilarity"]),
        .target(
            name: "CopydeskReport",
            dependencies: ["CopydeskText", "CopydeskSimilarity", "CopydeskCompare", "CopydeskDedup"],
            // The HTML report's style and script, compiled into the binary so a report needs no file beside it.
            resources: [.embedInCode("HTML/Resources")]
        ),
        .target(
            name: "CopydeskDedup",
            dependencies: [
                "CopydeskText", "CopydeskSimilarity", "CopydeskExtract", "CopydeskArchive", "CopydeskIngest", "CSQLite",
            ]
        ),
        .executableTarget(
            name: "copydesk",
            dependencies: [
                "CopydeskText", "CopydeskExtract", "CopydeskArchive", "CopydeskIngest", "CopydeskSimilarity",
                "CopydeskCompare", "CopydeskReport", "CopydeskDedup",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the test targets share: a scratch folder, fixtures, a local HTTP server, the one way to run the binary.
        .target(name: "CopydeskTestSupport", dependencies: ["CZlib"], path: "Tests/CopydeskTestSupport"),
        .testTarget(name: "CopydeskTextTests", dependencies: ["CopydeskText"]),
        .testTarget(name: "CopydeskExtractTests", dependencies: ["CopydeskExtract", "CopydeskText"]),
        .testTarget(
            name: "CopydeskArchiveTests",
            dependencies: ["CopydeskArchive", "CopydeskExtract", "CopydeskText", "CopydeskTestSupport"]
        ),
        .testTarget(
            name: "CopydeskIngestTests",
            dependencies: ["CopydeskIngest", "CopydeskArchive", "CopydeskExtract", "CopydeskText", "CopydeskTestSupport"]
        ),
        .testTarget(name: "CopydeskSimilarityTests", dependencies: ["CopydeskSimilarity", "CopydeskText"]),
        .testTarget(name: "CopydeskCompareTests", dependencies: ["CopydeskCompare", "CopydeskText", "CopydeskSimilarity"]),
        .testTarget(
            name: "CopydeskReportTests",
            dependencies: [
                "CopydeskReport", "CopydeskText", "CopydeskCompare", "CopydeskDedup", "CopydeskSimilarity",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(name: "CopydeskCLITests", dependencies: ["copydesk", "CopydeskTestSupport"]),
        .testTarget(
            name: "CopydeskDedupTests",
            dependencies: [
                "CopydeskDedup", "CopydeskIngest", "CopydeskArchive", "CopydeskExtract", "CopydeskSimilarity", "CopydeskText",
                "CopydeskTestSupport", "copydesk",
            ]
        ),
    ]
)

// libFuzzer targets (Fuzz/README.md), only when asked for: they link only with `-sanitize=fuzzer`,
// so an ordinary build must not see them.
if Context.environment["COPYDESK_FUZZ"] != nil {
    package.targets.append(
        .target(name: "FuzzSupport", dependencies: ["CopydeskArchive", "CopydeskExtract"], path: "Fuzz/Targets/FuzzSupport"))
    let fuzzTargets: [(String, [Target.Dependency])] = [
        ("FuzzHTML", ["CopydeskExtract", "CopydeskIngest", "FuzzSupport"]),
        ("FuzzText", ["CopydeskExtract", "CopydeskIngest", "FuzzSupport"]),
        ("FuzzJSONL", ["CopydeskArchive", "CopydeskExtract", "CopydeskText", "FuzzSupport"]),
        ("FuzzWARC", ["CopydeskArchive", "FuzzSupport"]),
        ("FuzzCompare", ["CopydeskExtract", "CopydeskIngest", "CopydeskText", "CopydeskCompare", "FuzzSupport"]),
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
