// swift-tools-version: 6.2
// The signature benchmark, a package of its own so the main package gains no benchmark target or
// dependency. It links Copydesk's library modules from the repository root; run it through
// run.sh, which also sets up the peers.
import PackageDescription

let package = Package(
    name: "SignatureBenchmark",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Copydesk", path: "../..")],
    targets: [
        .executableTarget(
            name: "signature-bench",
            dependencies: [
                .product(name: "CopydeskText", package: "Copydesk"),
                .product(name: "CopydeskSimilarity", package: "Copydesk"),
            ],
            path: "Sources"
        )
    ]
)
