import ArgumentParser

@main
struct Copydesk: ParsableCommand {
    /// The release this binary is; `copydesk --version` prints it.
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "copydesk",
        abstract: "Compare how news outlets covered the same story; find reprinted wire copy.",
        discussion: """
            EXIT STATUS
              0  success
              1  some inputs failed (each named on standard error)
              2  usage error
            """,
        version: "copydesk \(version)",
        subcommands: [Extract.self, Similarity.self, Compare.self, Dedup.self, Reuse.self, Index.self],
        groupedSubcommands: [
            // The steps of a distributed dedup (Scripts/spark): plumbing, not everyday commands.
            CommandGroup(name: "Distributed dedup steps", subcommands: [Signatures.self, Verify.self, Cluster.self, Banding.self])
        ]
    )

    /// ArgumentParser's `main()`, except that usage errors exit with 2 as documented, not 64, and a
    /// mistyped command gets a suggestion instead of "unexpected arguments".
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let first = arguments.first, let message = CommandSuggestion.unknownCommandMessage(
            first, known: configuration.subcommands.map { $0._commandName })
        {
            printErrorLines(message)
            exit(withError: ExitCode(2))
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                printErrorLines(fullMessage(for: error))
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }
}
