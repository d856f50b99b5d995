import ArgumentParser

@main
struct Copydesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copydesk",
        abstract: "Compare how news outlets covered the same story; find reprinted wire copy.",
        discussion: """
            EXIT STATUS
              0  success
              1  some inputs failed (each named on standard error)
              2  usage error
            """,
        subcommands: [
            Extract.self, Similarity.self, Compare.self, Dedup.self, Index.self, Signatures.self, Verify.self,
            Cluster.self, Reuse.self,
            Banding.self,
        ]
    )

    /// ArgumentParser's `main()`, except that usage errors exit with 2 as documented, not 64.
    static func main() {
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
