import Foundation
import CopydeskTestSupport
import Testing

import CopydeskArchive
import CopydeskExtract
@testable import CopydeskIngest

/// The one-line error reading `path` gives, or `nil` when it reads.
private func failure(_ path: String, options: ReadOptions = ReadOptions()) -> IngestError? {
    do {
        _ = try InputReader(options: options).read(path)
        return nil
    } catch {
        return error
    }
}

@Suite struct InputReaderTests {
    @Test func emptyFileIsRefused() throws {
        let scratch = try Scratch()
        let path = try scratch.write("empty.html", [])
        #expect(failure(path) == IngestError(.empty, source: path, "empty file"))
    }

    @Test func whiteSpaceOnlyIsRefused() throws {
        let scratch = try Scratch()
        let path = try scratch.write("blank.txt", "\u{FEFF}  \n\t\n  ")
        #expect(failure(path) == IngestError(.empty, source: path, "holds only white space"))
    }

    @Test(arguments: [
        ("logo.png", InputFixtures.png, "a PNG image"), ("report.pdf", InputFixtures.pdf, "a PDF document"),
        ("page.html.gz", InputFixtures.gzip, "gzip-compressed data (decompress it first)"),
        ("story.html", InputFixtures.png, "a PNG image"),
    ])
    func binaryFilesAreRefused(name: String, bytes: [UInt8], kind: String) throws {
        let scratch = try Scratch()
        let path = try scratch.write(name, bytes)
        #expect(failure(path) == IngestError(.binary, source: path, "binary file (\(kind)), not a web page or text"))
    }

    @Test func missingFile() throws {
        let scratch = try Scratch()
        let path = scratch.path("nowhere.html")
        #expect(failure(path) == IngestError(.notFound, source: path, "no such file or directory"))
        let below = try scratch.write("file.html", "x") + "/inside.html"
        #expect(failure(below)?.message == "no such file (a part of the path is not a directory)")
    }

    @Test func permissionDenied() throws {
        let scratch = try Scratch()
        let path = try scratch.write("locked.html", "<p>secret</p>")
        chmod(path, 0)
        if geteuid() == 0 {
            // Root reads it anyway; the CLI tests check this as an unprivileged user.
            #expect(failure(path) == nil)
        } else {
            #expect(failure(path) == IngestError(.unreadable, source: path, "permission denied"))
        }
    }

    @Test func readErrorIsReported() throws {
        // /proc/self/mem opens but fails to read at offset 0 (EIO): a real read error, whoever runs.
        try #require(FileManager.default.fileExists(atPath: "/proc/self/mem"))
        #expect(
            failure("/proc/self/mem")
                == IngestError(.unreadable, source: "/proc/self/mem", "cannot read: input/output error"))
    }

    @Test func aDirectoryIsNotOneInput() throws {
        let scratch = try Scratch()
        #expect(failure(scratch.path)?.message == "is a directory")
    }

    @Test func fifoWithoutWriterDoesNotHang() throws {
        let scratch = try Scratch()
        let path = scratch.path("pipe.html")
        try #require(mkfifo(path, 0o644) == 0)
        #expect(failure(path) == IngestError(.empty, source: path, "empty file"))
    }

    @Test func hundredMegabytePageIsRefusedWithoutReadingIt() throws {
        let scratch = try Scratch()
        let path = try scratch.write("huge.html", InputFixtures.page(body: "<p>Start of a very long page.</p>"))
        // A sparse 100 MB file: the size is real, the disk blocks are not.
        try #require(truncate(path, 100_000_000) == 0)
        #expect(
            failure(path)
                == IngestError(
                    .tooLarge, source: path, "too large: 100 MB, over the limit of 50 MB (raise it with --max-bytes)"))
    }

    @Test func devicesStopAtTheLimit() {
        #expect(
            failure("/dev/zero", options: ReadOptions(maxBytes: 100_000))
                == IngestError(
                    .tooLarge, source: "/dev/zero",
                    "too large: more than 100 KB, over the limit of 100 KB (raise it with --max-bytes)"))
    }

    @Test func kindFollowsExtensionThenContent() throws {
        let scratch = try Scratch()
        let html = try scratch.write("a.html", "Just words, no markup.")
        let sniffed = try scratch.write("b.txt", InputFixtures.page(body: "<p>Words.</p>"))
        let text = try scratch.write("c.txt", "Xi visits Kazakhstan\n\nNUR-SULTAN, Sept 14 (AFP) — ...")
        #expect(try InputReader().read(html).kind == .html)
        #expect(try InputReader().read(sniffed).kind == .html)
        #expect(try InputReader().read(text).kind == .text)
    }

    @Test func documentCarriesIdAndDecodingWarnings() throws {
        let scratch = try Scratch()
        let path = try scratch.write(
            "afp-xi.html", Array(InputFixtures.page(body: "<p>Café — ok</p><p>bad ").utf8) + [0xFF] + Array("</p>".utf8)
        )
        let document = try InputReader().read(path)
        #expect(document.id == "afp-xi")
        #expect(document.source == path)
        #expect(document.content.contains("Café — ok"))
        #expect(document.warnings.count == 1)
        #expect(document.warnings.first?.hasPrefix("replaced 1 invalid UTF-8 sequence(s) with U+FFFD") == true)
    }

    @Test func byteCounts() {
        #expect(ByteCount.parse("50M") == 50_000_000)
        #expect(ByteCount.parse("1.5 GB") == 1_500_000_000)
        #expect(ByteCount.parse("512k") == 512_000)
        #expect(ByteCount.parse("1234") == 1234)
        #expect(ByteCount.parse("-5") == nil)
        #expect(ByteCount.parse("lots") == nil)
        #expect(ByteCount.format(999) == "999 bytes")
        #expect(ByteCount.format(104_857_600) == "104.9 MB")
    }
}
