// swift-tools-version: 6.2
// The comparison benchmark, a package of its own so the main package gains no benchmark target.
// It links Copydesk's library modules from the repository root; run it through run.sh.
import PackageDescription

let package = Package(
    name: "CompareBenchmark",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Copydesk", path: "../..")],
    targets: [
        .executableTarget(
            name: "compare-bench",
            dependencies: [
                .product(name: "CopydeskText", package: "Copydesk"),
                .product(name: "CopydeskCompare", package: "Copydesk"),
            ],
            path: "Sources"
        )
    ]
)
