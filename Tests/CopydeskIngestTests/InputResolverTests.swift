import Foundation
import CopydeskTestSupport
import Testing

import CopydeskArchive
import CopydeskExtract
@testable import CopydeskIngest

private func sources(_ entries: [InputResolver.Entry]) -> [String] {
    entries.compactMap { if case .input(let input) = $0 { input.source } else { nil } }
}

private func failures(_ entries: [InputResolver.Entry]) -> [String] {
    entries.compactMap { if case .failure(let error) = $0 { error.description } else { nil } }
}

private func warnings(_ entries: [InputResolver.Entry]) -> [String] {
    entries.compactMap { if case .warning(let source, let message) = $0 { "\(source): \(message)" } else { nil } }
}

@Suite struct InputResolverTests {
    @Test func directoriesAreWalkedRecursivelyInSortedOrder() throws {
        let scratch = try Scratch()
        for name in [
            "b.html", "a.txt", "sub/c.htm", "sub/deeper/d.xhtml", "Z.HTML", "style.css", "photo.jpg", ".hidden.html",
            ".git/x.html", "notes",
        ] {
            try scratch.write("site/\(name)", "x")
        }
        let entries = InputResolver().resolve([scratch.path("site")])
        let root = scratch.path("site")
        #expect(
            sources(entries)
                == ["Z.HTML", "a.txt", "b.html", "sub/c.htm", "sub/deeper/d.xhtml"].map { "\(root)/\($0)" })
        #expect(failures(entries).isEmpty)
    }

    @Test func aFileNamedOnTheCommandLineIsReadWhateverItsExtension() throws {
        let scratch = try Scratch()
        let path = try scratch.write("story.md", "text")
        #expect(sources(InputResolver().resolve([path])) == [path])
    }

    @Test func symlinkLoopIsReportedOnceAndNotFollowed() throws {
        let scratch = try Scratch()
        try scratch.write("site/a.html", "x")
        try scratch.write("site/sub/b.html", "x")
        try scratch.link("site/sub/back", to: "..")
        try scratch.link("site/self", to: ".")
        let entries = InputResolver().resolve([scratch.path("site")])
        #expect(sources(entries) == [scratch.path("site/a.html"), scratch.path("site/sub/b.html")])
        #expect(
            warnings(entries) == [
                "\(scratch.path("site/self")): symbolic link loop back to \(scratch.path("site")), not followed",
                "\(scratch.path("site/sub/back")): symbolic link loop back to \(scratch.path("site")), not followed",
            ])
        #expect(failures(entries).isEmpty)
    }

    @Test func linksThatLoopAmongThemselvesAreReported() throws {
        let scratch = try Scratch()
        try scratch.link("site/one.html", to: "two.html")
        try scratch.link("site/two.html", to: "one.html")
        let entries = InputResolver().resolve([scratch.path("site")])
        #expect(sources(entries).isEmpty)
        #expect(warnings(entries).count == 2)
        #expect(warnings(entries).allSatisfy { $0.hasSuffix("symbolic link loop, not followed") })
    }

    @Test func aDirectoryReachedTwiceIsWalkedOnce() throws {
        let scratch = try Scratch()
        try scratch.write("site/real/a.html", "x")
        try scratch.link("site/alias", to: "real")
        let entries = InputResolver().resolve([scratch.path("site")])
        #expect(sources(entries) == [scratch.path("site/alias/a.html")])
        #expect(warnings(entries).isEmpty)
    }

    @Test func brokenLinksAndFIFOsInADirectoryAreFailures() throws {
        let scratch = try Scratch()
        try scratch.write("site/good.html", "x")
        try scratch.link("site/gone.html", to: "nowhere.html")
        try #require(mkfifo(scratch.path("site/pipe.html"), 0o644) == 0)
        let entries = InputResolver().resolve([scratch.path("site")])
        #expect(sources(entries) == [scratch.path("site/good.html")])
        #expect(
            failures(entries) == [
                "\(scratch.path("site/gone.html")): broken symbolic link (its target does not exist)",
                "\(scratch.path("site/pipe.html")): not a regular file (a FIFO, socket or device)",
            ])
    }

    @Test func unreadableDirectoryIsAFailure() throws {
        // Root reads any directory, so the failure shows only for an ordinary user; as root the
        // walk must still go through the locked folder.
        let scratch = try Scratch()
        try scratch.write("site/locked/a.html", "x")
        try scratch.write("site/open.html", "x")
        chmod(scratch.path("site/locked"), 0)
        let entries = InputResolver().resolve([scratch.path("site")])
        if geteuid() == 0 {
            #expect(sources(entries).count == 2)
        } else {
            #expect(sources(entries) == [scratch.path("site/open.html")])
            #expect(failures(entries) == ["\(scratch.path("site/locked")): cannot read directory: permission denied"])
        }
    }

    @Test func aDirectoryWithoutPagesIsAFailure() throws {
        let scratch = try Scratch()
        try scratch.write("site/photo.jpg", "x")
        #expect(
            failures(InputResolver().resolve([scratch.path("site")])) == [
                "\(scratch.path("site")): no .html, .htm, .xhtml or .txt files in this directory"
            ])
    }

    @Test func standardInputIsReadOnce() {
        let entries = InputResolver().resolve(["-", "-"])
        #expect(sources(entries) == ["-"])
        #expect(failures(entries) == ["-: standard input can be read only once"])
        if case .input(let input) = entries[0] { #expect(input.id == "stdin" && input.location == .standardInput) }
    }

    @Test(arguments: [
        (
            "ftp://example.com/story.html",
            "unsupported URL scheme \"ftp\": only http:// and https:// addresses are fetched"
        ),
        ("file:///etc/passwd", "unsupported URL scheme \"file\": only http:// and https:// addresses are fetched"),
        ("http://", "not a valid web address"),
    ])
    func otherSchemesAreRefused(argument: String, message: String) {
        #expect(failures(InputResolver().resolve([argument])) == ["\(argument): \(message)"])
    }

    @Test func urlsBecomeInputs() {
        let entries = InputResolver().resolve(["HTTPS://www.Example.com/2022/09/15/xi-visit.html"])
        guard case .input(let input) = entries.first else {
            Issue.record("no input")
            return
        }
        #expect(input.id == "example.com-2022-09-15-xi-visit")
        if case .url(let address) = input.location {
            #expect(address.lowercased().hasPrefix("https://www.example.com/2022"))
        }
    }

    @Test func idsAreStableAndUniqueWithinARun() throws {
        let scratch = try Scratch()
        let a = try scratch.write("a/story.html", "x")
        let b = try scratch.write("b/story.txt", "x")
        let c = try scratch.write("c/story.en.html", "x")
        let ids = InputResolver().resolve([a, b, c, a, "-"]).compactMap { entry -> String? in
            if case .input(let input) = entry { input.id } else { nil }
        }
        #expect(ids == ["story", "story-2", "story.en", "story-3", "stdin"])
    }

    @Test(arguments: [
        ("https://example.com/2022/09/15/xi-visit.html", "example.com-2022-09-15-xi-visit"),
        ("http://www.news.kz/ru/новости/визит-си/", "news.kz-ru-новости-визит-си"),
        ("https://example.com/article.php?id=42", "example.com-article-id-42"),
        ("https://example.com/", "example.com"),
        ("https://example.com/%E2%80%9Cquoted%E2%80%9D-story", "example.com-quoted-story"),
    ])
    func urlSlugs(address: String, id: String) {
        #expect(StableID.forURL(address) == id)
    }

    @Test func fileIDs() {
        #expect(StableID.forFile("/archive/2022/afp-xi-visit.html") == "afp-xi-visit")
        #expect(StableID.forFile("notes") == "notes")
        #expect(StableID.forFile("pages/.html") == ".html")
    }
}
