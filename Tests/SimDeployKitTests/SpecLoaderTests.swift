import Foundation
import TestSupport
import Testing

@testable import SimDeployKit

@Suite("spec loading")
struct SpecLoaderTests {
    static var invalidNames: [String] {
        let folder = Scenarios.specsDirectory.appendingPathComponent("invalid")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".yml") }.map { String($0.dropLast(4)) }.sorted()
    }

    @Test("an invalid spec reports every problem, located, with its fix", arguments: invalidNames)
    func invalidSpecMessages(_ name: String) throws {
        let text = try Scenarios.spec("invalid/\(name)")
        var output = ""
        do {
            let loaded = try SpecLoader.load(text)
            Issue.record("expected \(name) to be refused, got \(loaded.install.url)")
        } catch {
            output = DiagnosticFormatter.text(error.diagnostics) + "\n"
            #expect(error.diagnostics.contains { $0.severity == .error })
            #expect(error.diagnostics.allSatisfy { $0.location?.file == "simdeploy.yaml" })
        }
        assertGolden(output, "spec-errors/\(name).txt")
    }

    @Test("a misspelt key suggests the right one")
    func unknownKeySuggestion() throws {
        let error = #expect(throws: DiagnosticError.self) {
            try SpecLoader.load("version: 1\nurl: https://sim.example.com\nolama:\n  mode: gpu\n")
        }
        let diagnostic = try #require(error?.diagnostics.first)
        #expect(diagnostic.message == "olama: unknown key")
        #expect(diagnostic.fix == "did you mean 'ollama'?")
        #expect(diagnostic.location == SourceLocation(file: "simdeploy.yaml", line: 3, column: 1))
    }

    @Test("a minimal spec takes every documented default")
    func minimalSpecDefaults() throws {
        let install = try SpecLoader.load("version: 1\nurl: https://sim.example.com\n").install
        #expect(install.name.value == "sim")
        #expect(install.simVersion.value == SpecSchema.defaultSimVersion)
        #expect(install.cronVersion == install.simVersion)
        #expect(install.proxy.kind == .none)
        #expect(install.ollama == .none)
        #expect(install.database == .bundled(BundledPostgres(user: "postgres", name: "simstudio")))
        #expect(install.redis == .bundled)
        #expect(install.storage == .local)
        #expect(install.settings == RuntimeSettings(logLevel: .info, telemetry: false, timezone: "UTC", copilot: false))
    }

    @Test("writing an install and reading it back gives the same install", arguments: Scenarios.names)
    func specWriterRoundTrip(_ name: String) throws {
        let install = try SpecLoader.load(try Scenarios.spec(name)).install
        let written = try SpecWriter.yaml(install)
        #expect(try SpecLoader.load(written).install == install)
    }

    @Test("the example in the reference is a valid spec")
    func referenceExampleLoads() throws {
        let install = try SpecLoader.load(SpecReference.example).install
        #expect(install.ollama == .gpu(models: OllamaMode.defaultModels))
    }

    @Test("the reader never reads a key the schema does not declare")
    func decoderKeysAreDeclared() throws {
        // A spec using every section exercises every accessor; a read of an undeclared key would trap.
        for name in Scenarios.names {
            _ = try SpecLoader.load(try Scenarios.spec(name))
        }
    }
}
