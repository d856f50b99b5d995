import CopydeskArchive
import Testing

@Suite struct LocalPathTests {
    @Test func bytesThatAreNotUTF8SurviveTheRoundTrip() {
        let cases: [[UInt8]] = [
            Array("caf".utf8) + [0xE9] + Array(".html".utf8),  // Latin-1
            [0xFF, 0xFE, 0x41],
            [0xED, 0xA0, 0x80],  // an encoded surrogate
            [0xF4, 0x8F, 0xBF, 0xBF],  // U+10FFFF: valid, but in the escape range
            Array("plain/name.txt".utf8),
            [0xE2, 0x82],  // cut short
        ]
        for bytes in cases {
            let name = LocalPath.name(bytes)
            #expect(LocalPath.bytes(name) == bytes, "\(bytes)")
        }
    }

    @Test func displayShowsReplacementCharacters() {
        let name = LocalPath.name(Array("caf".utf8) + [0xE9] + Array(".html".utf8))
        #expect(LocalPath.display(name) == "caf\u{FFFD}.html")
        #expect(LocalPath.display("ordinary.html") == "ordinary.html")
        #expect(LocalPath.name(Array("ordinary.html".utf8)) == "ordinary.html")
    }
}

#if canImport(Glibc)
    import Glibc
    import Foundation

    extension LocalPathTests {
        /// 2,100 folders deep (4,200 bytes of path), named with doubled slashes here and there.
        @Test func pathsLongerThanPathMaxOpen() throws {
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-long-\(UUID())").path
            #expect(mkdir(root, 0o755) == 0)
            var folder = open(root, O_RDONLY | O_DIRECTORY)
            for _ in 0..<2100 {
                mkdirat(folder, "d", 0o755)
                let next = openat(folder, "d", O_RDONLY | O_DIRECTORY)
                close(folder)
                folder = next
            }
            let file = openat(folder, "page.txt", O_WRONLY | O_CREAT, 0o644)
            #expect(file >= 0)
            close(file)
            close(folder)
            var path = root
            for level in 0..<2100 { path += level % 700 == 0 ? "//d" : "/d" }
            #expect(path.utf8.count > Int(PATH_MAX))
            let descriptor = LocalPath.open(path + "/page.txt", O_RDONLY)
            #expect(descriptor >= 0)
            close(descriptor)
            #expect(LocalPath.open(path + "/missing.txt", O_RDONLY) == -1)
            #expect(errno == ENOENT)
            // Too deep for FileManager to remove; rm walks it by descriptors.
            let remove = Process()
            remove.executableURL = URL(fileURLWithPath: "/bin/rm")
            remove.arguments = ["-rf", root]
            try remove.run()
            remove.waitUntilExit()
            #expect(!FileManager.default.fileExists(atPath: root))
        }
    }
#endif
