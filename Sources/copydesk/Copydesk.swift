import ArgumentParser

@main
struct Copydesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copydesk",
        abstract: "Compare how news outlets covered the same story; find reprinted wire copy.",
        subcommands: [Extract.self, Similarity.self, Compare.self]
    )
}
