import DotEnv
import SimDeployKit
import TestSupport
import Testing

/// Arbitrary bytes through the parser, every rule (opt-in ones too) and the fixer.
@Suite("lint on random input")
struct LintFuzzTests {
    /// Bytes that steer random text into the dialect's corners, plus any byte at all.
    static let alphabet: [UInt8] =
        Array("AZaz09_.-[]=: \t\n\r#'\"\\${}?+export \u{0B}".utf8)
        + [0xC2, 0xA0, 0xEF, 0xBB, 0xBF, 0xFF, 0xF0, 0x9F, 0x9A, 0x80, 0xC3, 0xA9]
    /// Whole lines that make the Sim rules fire.
    static let lines: [String] = [
        "ENCRYPTION_KEY=abc\n", "BETTER_AUTH_SECRET=short\n", "NEXT_PUBLIC_APP_URL=http://localhost:3000/\n",
        "BETTER_AUTH_URL=https://sim.ai\n", "DATABASE_URL=postgresql://u:p@ss@h/db\n", "LOG_LEVEL=info\n",
        "OPENAI_API_KEY_3=x\n", "SSO_ENABLED=yes\n", "A=${B:?}\n", "export X = 1 # c\n",
        "# simdeploy-disable-next-line\n",
        "# simdeploy-disable-next-line nope\n", "Q=\"multi\nline\"\n", "\n\n",
    ]

    static func input(_ random: inout SeededBytes) -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<random.below(12) {
            if random.below(3) == 0 {
                bytes += Array(lines[random.below(lines.count)].utf8)
            } else {
                for _ in 0..<random.below(30) {
                    bytes.append(
                        random.below(8) == 0
                            ? UInt8(truncatingIfNeeded: random.next()) : alphabet[random.below(alphabet.count)])
                }
            }
        }
        return bytes
    }

    @Test("no crash, every finding inside the file, non-UTF-8 found, fixes keep what Compose reads")
    func randomBytes() throws {
        var random = SeededBytes(seed: 0x11A7_F022)
        let targets: [DeploymentTarget?] = [nil, .compose, .kubernetes]
        for round in 0..<3_000 {
            let bytes = Self.input(&random)
            let configuration = LintConfiguration(target: targets[round % 3], enabled: ["all"])
            let linter = Linter(configuration: configuration)
            let result = linter.lint(bytes: bytes, path: "fuzz.env")
            let physicalLines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            for diagnostic in result.diagnostics {
                let location = try #require(diagnostic.location)
                try #require(
                    location.line >= 1 && location.line <= physicalLines.count, "\(diagnostic) in \(bytes)")
                let width = String(decoding: physicalLines[location.line - 1], as: UTF8.self).unicodeScalars.count
                #expect(location.column >= 1 && location.column <= width + 1, "\(diagnostic) in \(bytes)")
                #expect(!diagnostic.code.isEmpty)
            }
            if String(validating: bytes, as: UTF8.self) == nil {
                #expect(result.diagnostics.contains { $0.code == "invalid-utf8" }, "\(bytes)")
            } else if let fixed = try? linter.fix(result) {
                // The fixer verifies itself; check again from the outside.
                let before = try? result.file.resolvedValues()
                let after = try? DotEnvParser.parse(fixed.text).resolvedValues()
                #expect(before == after, "\(bytes)")
            }
            // SARIF lists every rule with its help, so render the reports now and then.
            if round % 25 == 0 {
                for format in ReportFormat.allCases {
                    _ = format.reporter().report(LintReport(files: ["fuzz.env"], diagnostics: result.diagnostics))
                }
            }
        }
    }

    @Test("secret values never reach any output, whatever surrounds them")
    func secretsNeverLeak() throws {
        var random = SeededBytes(seed: 0x5EC2_E7)
        let keys = [
            "ENCRYPTION_KEY", "BETTER_AUTH_SECRET", "POSTGRES_PASSWORD", "DATABASE_URL", "MY_API_TOKEN", "SMTP_PASS",
            "OPENAI_API_KEY_1", "GCS_CREDENTIALS_JSON",
        ]
        let decorations = [
            "", " ", "  # note", "\t", "\r", "$$", "\\", "'", "\"", " junk", "${X}", "#c", "$1", " <x>", "/v1",
        ]
        for _ in 0..<1_000 {
            let secret =
                "S3cr"
                + String((0..<12).map { _ in "abcdefghkmnpqrstuvwxyz23456789".randomElement(using: &random) ?? "x" })
            var text = ""
            var secrets: [String] = []
            for _ in 0..<(1 + random.below(4)) {
                let key = keys[random.below(keys.count)]
                let before = decorations[random.below(decorations.count)]
                let after = decorations[random.below(decorations.count)]
                let value = key == "DATABASE_URL" ? "postgresql://u:\(secret)@db/x" : secret
                let quote = ["", "'", "\""][random.below(3)]
                let export = random.below(4) == 0 ? "export " : ""
                text +=
                    "\(export)\(key)\(random.below(3) == 0 ? " = " : "=")\(quote)\(before)\(value)\(after)\(quote)\n"
                secrets.append(secret)
                text += random.below(3) == 0 ? "\(key)=\(secret)\n" : ""
            }
            let linter = Linter(configuration: LintConfiguration(target: .compose, enabled: ["all"]))
            let result = linter.lint(text, path: ".env")
            // SARIF adds only rule help to what JSON shows, and is slow to build a thousand times.
            let report = LintReport(files: [".env"], diagnostics: result.diagnostics, rules: [])
            var outputs = ReportFormat.allCases.map { $0.reporter().report(report) }
            outputs.append(TextReporter(colored: true).report(report))
            if let fixed = try? linter.fix(result) { outputs.append(fixed.diff) }
            for output in outputs {
                for secret in secrets {
                    #expect(!output.contains(secret), "a secret leaked from \(String(reflecting: text))")
                }
            }
        }
    }
}

extension SeededBytes: RandomNumberGenerator {}
