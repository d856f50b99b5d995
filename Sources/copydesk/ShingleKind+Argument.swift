public import ArgumentParser
public import CopydeskSimilarity

/// `--shingles words:5` in every command that shingles: parsed by ``ShingleKind/init(_:)``.
extension ShingleKind: ExpressibleByArgument {
    public var defaultValueDescription: String { description }
}
