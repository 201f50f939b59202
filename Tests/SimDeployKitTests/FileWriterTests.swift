import Foundation
import TestSupport
import Testing

@testable import SimDeployKit

@Suite("atomic file writer")
struct FileWriterTests {
    @Test("a rewrite tightens an existing 0644 file to 0600")
    func rewriteTightensMode() throws {
        let folder = try TemporaryDirectory()
        try folder.write(".env", "OLD=1\n", mode: 0o644)
        try FileWriter().write("NEW=1\n", to: folder.file(".env").path, mode: 0o600)
        #expect(try folder.mode(".env") == 0o600)
        #expect(try folder.read(".env") == "NEW=1\n")
    }

    @Test("no temporary file is left behind")
    func noTemporaryFiles() throws {
        let folder = try TemporaryDirectory()
        for index in 0..<5 {
            try FileWriter().write("N=\(index)\n", to: folder.file(".env").path, mode: 0o600)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [".env"])
    }

    @Test("writing through a symlinked .env updates its target and keeps the link")
    func followsSymlink() throws {
        let folder = try TemporaryDirectory()
        try folder.write("secrets/real.env", "A=1\n", mode: 0o600)
        try FileManager.default.createSymbolicLink(
            atPath: folder.file(".env").path, withDestinationPath: "secrets/real.env")
        try FileWriter().write("A=2\n", to: folder.file(".env").path, mode: 0o600)
        #expect(try folder.read("secrets/real.env") == "A=2\n")
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.file(".env").path)
        #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
    }

    @Test("missing folders are created")
    func createsFolders() throws {
        let folder = try TemporaryDirectory()
        try FileWriter().write("x\n", to: folder.file("a/b/c.conf").path, mode: 0o644)
        #expect(try folder.read("a/b/c.conf") == "x\n")
    }

    @Test("an unwritable folder is an error naming the path, and the old file survives")
    func unwritableFolder() throws {
        guard getuid() != 0 else { return }  // root ignores permissions
        let folder = try TemporaryDirectory()
        try folder.write("locked/.env", "A=1\n", mode: 0o600)
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: folder.file("locked").path)
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.file("locked").path)
        }
        #expect(throws: FileError.self) {
            try FileWriter().write("A=2\n", to: folder.file("locked/.env").path, mode: 0o600)
        }
        #expect(try folder.read("locked/.env") == "A=1\n")
    }
}
