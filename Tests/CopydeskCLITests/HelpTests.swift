import Foundation
import CopydeskTestSupport
import Testing

@Suite struct HelpTests {
    @Test func helpNamesTheEverydayCommandsFirstAndGroupsThePlumbing() throws {
        let result = try CLI.run(["--help"])
        #expect(result.status == 0)
        let help = result.stdout
        for command in ["extract", "similarity", "compare", "dedup", "index", "signatures", "banding"] {
            #expect(help.contains(command))
        }
        let group = try #require(help.range(of: "DISTRIBUTED DEDUP STEPS", options: .caseInsensitive))
        let compare = try #require(help.range(of: "  compare"))
        let signatures = try #require(help.range(of: "  signatures"))
        #expect(compare.lowerBound < group.lowerBound)
        #expect(group.lowerBound < signatures.lowerBound)
    }

    @Test func versionIsPrinted() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("copydesk "))
        #expect(result.stdout.split(separator: " ").last?.split(separator: ".").count == 3)
    }

    @Test(arguments: [("comapre", "compare"), ("dedupe", "dedup"), ("extarct", "extract"), ("indx", "index"), ("Compare", "compare")])
    func aMistypedCommandGetsASuggestion(typed: String, meant: String) throws {
        let result = try CLI.run([typed, "a.txt", "b.txt"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("'\(typed)' is not a copydesk command. Did you mean '\(meant)'?"))
    }

    @Test func aWordFarFromEveryCommandListsThem() throws {
        let result = try CLI.run(["story.html"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("'story.html' is not a copydesk command (extract, similarity, compare"))
        #expect(!result.stderr.contains("Did you mean"))
    }

    @Test func commandsAndOptionsAreNotMistakenForTypos() throws {
        #expect(try CLI.run(["compare", "--help"]).status == 0)
        #expect(try CLI.run(["help", "dedup"]).status == 0)
        #expect(try CLI.run(["banding", "sample", "--nodes", "10"]).status == 0)
    }
}
