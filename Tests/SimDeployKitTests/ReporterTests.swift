import Foundation
import SimDeployKit
import TestSupport
import Testing

/// One fixed `.env` with findings of every kind, rendered in all four formats and compared with golden files.
@Suite("lint reporters")
struct ReporterTests {
    static let fixture = Validators.packageRoot.appendingPathComponent(
        "Tests/SimDeployKitTests/Fixtures/env/reporters.env")

    static func report() throws -> LintReport {
        let bytes = Array(try Data(contentsOf: fixture))
        let session = LintSession(configuration: LintConfiguration(target: .compose))
        let outcome = session.run([LintSession.Source(path: "deploy/.env", bytes: bytes)])
        return LintReport(files: ["deploy/.env"], diagnostics: outcome.report.diagnostics, toolVersion: "0.1.0")
    }

    @Test("each format matches its golden file", arguments: ReportFormat.allCases)
    func goldenOutput(_ format: ReportFormat) throws {
        let output = format.reporter().report(try Self.report())
        let name = ["text": "text.txt", "json": "json.json", "github": "github.txt", "sarif": "sarif.json"][
            format.rawValue]
        assertGolden(output, "reporters/\(name ?? format.rawValue)")
    }

    @Test("no format shows a secret value from the file")
    func secretsNeverAppear() throws {
        let report = try Self.report()
        let secrets = [
            "7f3a9c1e5b2d8f4a6c0e9b3d7f1a5c2e", "not-hex-but-long-enough-to-look-real-1234", "pa$word with",
            "pa\\$word",
        ]
        for format in ReportFormat.allCases {
            let output = format.reporter(colored: true).report(report)
            for secret in secrets {
                #expect(!output.contains(secret), "\(format) shows a secret")
            }
        }
    }

    @Test("JSON output parses and counts its findings")
    func jsonParses() throws {
        let report = try Self.report()
        let output = JSONReporter().report(report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.count == report.diagnostics.count)
        #expect((object["summary"] as? [String: Any])?["errors"] as? Int == report.errorCount)
    }

    @Test("SARIF output is valid against the OASIS SARIF 2.1.0 schema")
    func sarifIsValid() throws {
        let output = SARIFReporter().report(try Self.report())
        // Structure GitHub code scanning needs, checked always.
        let log = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == EnvRules.all.count)
        for result in try #require(run["results"] as? [[String: Any]]) {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
        // The schema itself, through check-jsonschema.
        guard let schema = SARIFSchema.path, let checker = SARIFSchema.checker else {
            let reason = "SARIF schema or check-jsonschema missing; run scripts/install-sarif-schema.sh"
            if Validators.isCI { Issue.record(Comment(rawValue: reason)) } else { print("skipped: \(reason)") }
            return
        }
        let folder = try TemporaryDirectory("sarif")
        let file = try folder.write("lint.sarif", output)
        let result = try runProcess(checker, ["--schemafile", schema, file.path])
        #expect(result.exitCode == 0, "\(result)")
    }
}

/// Where `scripts/install-sarif-schema.sh` puts the schema, and the validators' check-jsonschema.
enum SARIFSchema {
    static var home: String {
        let environment = ProcessInfo.processInfo.environment
        if let home = environment["VALIDATE_HOME"], !home.isEmpty { return home }
        let cache = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() + "/.cache")
        return cache + "/simdeploy-validate"
    }

    static var path: String? {
        let path = home + "/schemas/sarif-schema-2.1.0.json"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    static var checker: String? {
        let path = home + "/venv/bin/check-jsonschema"
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }
}

@Suite("reporter escaping")
struct ReporterEscapingTests {
    @Test("GitHub workflow commands escape %, line breaks, and ':' and ',' in properties")
    func githubEscaping() {
        let diagnostic = Diagnostic.warning(
            "100% wrong\nsecond line", at: SourceLocation(file: "a,b:c.env", line: 2, column: 3), code: "x-rule")
        let output = GitHubActionsReporter().report(LintReport(files: ["a,b:c.env"], diagnostics: [diagnostic]))
        #expect(output == "::warning file=a%2Cb%3Ac.env,line=2,col=3,title=x-rule::100%25 wrong%0Asecond line\n")
    }

    @Test("SARIF artifact URIs are percent-encoded and absolute paths become file URIs")
    func sarifURIs() {
        #expect(SARIFReporter.uri("deploy/my env.env") == "deploy/my%20env.env")
        #expect(SARIFReporter.uri("/srv/sim/.env") == "file:///srv/sim/.env")
        #expect(SARIFReporter.uri("<stdin>") == "%3Cstdin%3E")
    }

    @Test("JSON strings escape quotes, backslashes and control characters")
    func jsonEscaping() {
        let value = JSONValue.object([("k", .string("a\"b\\c\u{01}\n"))])
        #expect(value.serialized() == "{\n  \"k\": \"a\\\"b\\\\c\\u0001\\n\"\n}\n")
    }

    @Test("the text reporter colours only when asked")
    func colour() {
        let diagnostic = Diagnostic.error("bad", at: SourceLocation(file: ".env", line: 1, column: 1), code: "r")
        let report = LintReport(files: [".env"], diagnostics: [diagnostic])
        #expect(!TextReporter(colored: false).report(report).contains("\u{1B}["))
        #expect(TextReporter(colored: true).report(report).contains("\u{1B}[1;31merror:"))
    }
}
