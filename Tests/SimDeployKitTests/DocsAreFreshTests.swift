import Foundation
import TestSupport
import Testing

@testable import SimDeployKit

/// Committed files generated from code: each test fails when the file is stale.
@Suite("generated files are fresh")
struct DocsAreFreshTests {
    @Test("Docs/Spec.md matches the spec schema")
    func specReferenceIsFresh() throws {
        try assertFresh(SpecReference.markdown(), at: SpecReference.path)
    }

    static var composeExamples: [String] {
        let folder = Validators.packageRoot.appendingPathComponent("compose")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted()
    }

    @Test("compose/<example> holds exactly what its spec renders", arguments: composeExamples)
    func composeExampleIsFresh(_ name: String) throws {
        let folder = Validators.packageRoot.appendingPathComponent("compose/\(name)")
        let spec = try String(contentsOf: folder.appendingPathComponent("simdeploy.yaml"), encoding: .utf8)
        let install = try SpecLoader.load(spec).install
        for file in try ExampleRender.files(install) {
            try assertFresh(file.contents, at: "compose/\(name)/\(file.path)")
        }
    }
}

/// Compares a committed file with its freshly generated text; `SIMDEPLOY_RECORD=1` rewrites it (and still fails).
func assertFresh(_ expected: String, at relativePath: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
    throws
{
    let url = Validators.packageRoot.appendingPathComponent(relativePath)
    let current = try? String(contentsOf: url, encoding: .utf8)
    guard current != expected else { return }
    if ProcessInfo.processInfo.environment["SIMDEPLOY_RECORD"] == "1" || current == nil {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(expected.utf8).write(to: url)
        Issue.record("rewrote \(relativePath); review and commit it", sourceLocation: sourceLocation)
    } else {
        Issue.record(
            "\(relativePath) is stale; run SIMDEPLOY_RECORD=1 swift test and commit the result",
            sourceLocation: sourceLocation)
    }
}

@Suite("JSON Schema of simdeploy.yaml")
struct SpecJSONSchemaTests {
    @Test("the committed schema matches the spec model")
    func schemaIsFresh() throws {
        try assertFresh(SpecJSONSchema.text(), at: SpecJSONSchema.path)
    }

    /// check-jsonschema from the validators' venv, when installed.
    static var checkJSONSchema: String? {
        let home = ProcessInfo.processInfo.environment["HOME"] ?? "/root"
        let path = "\(home)/.cache/simdeploy-validate/venv/bin/check-jsonschema"
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    @Test(
        "every valid scenario passes the schema; unknown keys and wrong types fail it",
        .enabled(if: checkJSONSchema != nil, "check-jsonschema not installed (../shared/validators/install.sh)"))
    func schemaAgreesWithLoader() throws {
        let tool = try #require(Self.checkJSONSchema)
        let schema = Validators.packageRoot.appendingPathComponent(SpecJSONSchema.path).path
        for name in Scenarios.names {
            let spec = Scenarios.specsDirectory.appendingPathComponent("\(name).yml").path
            let result = try runProcess(tool, ["--schemafile", schema, spec])
            #expect(result.exitCode == 0, "\(name): \(result)")
        }
        for name in ["typo-and-bad-url", "wrong-types"] {
            let spec = Scenarios.specsDirectory.appendingPathComponent("invalid/\(name).yml").path
            let result = try runProcess(tool, ["--schemafile", schema, spec])
            #expect(result.exitCode == 1, "\(name) should fail the schema: \(result)")
        }
    }
}

@Suite("lint rule docs are fresh")
struct RuleDocsAreFreshTests {
    @Test("Docs/Rules.md matches the rule descriptions")
    func rulesReferenceIsFresh() throws {
        try assertFresh(RuleDocumentation.markdown(), at: RuleDocumentation.path)
    }
}
