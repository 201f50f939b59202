import TestSupport
import Testing

@testable import SimDeployKit

@Suite("manifest, hashes and timestamps")
struct ManifestTests {
    @Test("SHA-256 through OpenSSL matches the published test vectors")
    func sha256Vectors() throws {
        #expect(try SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(try SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("a manifest reads back as written, with sorted keys, octal modes and one final newline")
    func roundTrip() throws {
        let manifest = Manifest(
            simdeployVersion: "0.1.0", specVersion: 1, simVersion: "v0.8.9",
            files: [
                "b.yml": .init(sha256: "bb", mode: FileMode(0o644), renderedSha256: "cc"),
                ".env": .init(sha256: "aa", mode: FileMode(0o600), keys: ["A", "B"]),
            ])
        let json = manifest.json()
        #expect(json.hasSuffix("}\n"))
        #expect(json.contains("\"mode\" : \"0600\""))
        #expect(
            try #require(json.range(of: "\".env\"")).lowerBound < (try #require(json.range(of: "\"b.yml\""))).lowerBound
        )
        #expect(try Manifest.parse(json, fileName: "m.json") == manifest)
    }

    @Test("a manifest from a newer simdeploy is refused with the version to install")
    func tooNew() throws {
        var manifest = Manifest(simdeployVersion: "9.0.0", specVersion: 1, simVersion: "v1", files: [:])
        manifest.format = 2
        let error = #expect(throws: DiagnosticError.self) { try Manifest.parse(manifest.json(), fileName: "m.json") }
        #expect(error?.diagnostics.first?.fix == "upgrade simdeploy to 9.0.0 or later")
    }

    @Test("a mode that is not four octal digits is a located error", arguments: ["644", "0999", "rw-r--r--"])
    func badMode(_ mode: String) throws {
        let text = """
            {"format": 1, "simdeployVersion": "0.1.0", "specVersion": 1, "simVersion": "v1",
             "files": {".env": {"sha256": "aa", "mode": "\(mode)"}}}
            """
        let error = #expect(throws: DiagnosticError.self) { try Manifest.parse(text, fileName: "m.json") }
        #expect(error?.diagnostics.first?.message.hasPrefix("m.json is damaged:") == true)
    }

    @Test("an interrupted write's pending record is taken only for files whose bytes match it")
    func repairFromPending() throws {
        let old = Manifest.FileRecord(sha256: "old", mode: FileMode(0o644))
        let new = Manifest.FileRecord(sha256: "new", mode: FileMode(0o644))
        let committed = Manifest(
            simdeployVersion: "0.1.0", specVersion: 1, simVersion: "v1", files: ["a": old, "b": old])
        var pending = committed
        pending.files = ["a": new, "b": new, "c": new]
        let disk = ["a": "new", "b": "old", "c": "new"]
        let records = try ManifestRepair.records(manifest: committed, pending: pending) { disk[$0] }
        #expect(records == ["a": new, "b": old, "c": new])
    }

    @Test(
        "timestamps name backup folders in UTC, sortable and free of colons",
        arguments: [
            (0, "1970-01-01T00-00-00Z"), (1_700_000_000, "2023-11-14T22-13-20Z"),
            (951_782_400, "2000-02-29T00-00-00Z"), (4_102_444_799, "2099-12-31T23-59-59Z"),
        ] as [(Int64, String)])
    func timestamps(_ seconds: Int64, _ text: String) {
        #expect(Timestamp(seconds: seconds).description == text)
    }
}
