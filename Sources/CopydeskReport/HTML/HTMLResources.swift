/// The reports' style sheets and scripts, compiled into the binary from `HTML/Resources/`
/// (`.embedInCode` in Package.swift), so `copydesk` writes a self-contained file with nothing
/// to install beside it.
enum HTMLResources {
    static let pageStyle = text(PackageResources.page_css)
    static let coverageStyle = text(PackageResources.coverage_css)
    static let wordDiffScript = text(PackageResources.worddiff_js)
    static let coverageScript = text(PackageResources.coverage_js)

    fileprivate static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}

extension HTMLResources {
    static let clustersStyle = text(PackageResources.clusters_css)
    static let clustersScript = text(PackageResources.clusters_js)
}
