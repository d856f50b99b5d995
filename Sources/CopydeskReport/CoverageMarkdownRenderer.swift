public import CopydeskCompare

public enum CoverageMarkdownRenderer {
    public static func markdown(_ report: CoverageReport) -> String { "" }
}
