public import CopydeskCompare

public struct CoverageTerminalRenderer: Sendable {
    public var colour: Bool
    public init(colour: Bool) { self.colour = colour }
    public func render(_ report: CoverageReport) -> String { "" }
}
