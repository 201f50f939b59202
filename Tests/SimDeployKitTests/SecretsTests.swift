import DotEnv
import TestSupport
import Testing

@testable import SimDeployKit

@Suite("secrets")
struct SecretsTests {
    @Test("OpenSSL gives 32 bytes that differ from call to call")
    func openSSLRandomBytes() throws {
        let random = OpenSSLRandom()
        let first = try random.bytes(32)
        let second = try random.bytes(32)
        #expect(first.count == 32)
        #expect(first != second)
    }

    @Test("a generated secret is 64 lower-case hex characters")
    func generatedSecretShape() throws {
        let secret = try SecretGenerator(random: OpenSSLRandom()).generate(.encryptionKey)
        #expect(secret.count == 64)
        #expect(secret.allSatisfy { "0123456789abcdef".contains($0) })
        for name in SecretName.allCases {
            #expect(name.rule.problem(with: secret) == nil, "\(name) rejects a generated value")
        }
    }

    @Test("a failing random source stops generation instead of writing a weak secret")
    func randomFailureIsAnError() throws {
        let error = #expect(throws: DiagnosticError.self) {
            try SecretLedger.resolve(
                [.encryptionKey], existing: nil, generator: SecretGenerator(random: FailingRandom()))
        }
        #expect(error?.diagnostics.first?.message.contains("RAND_bytes failed") == true)
    }

    @Test("an existing secret is kept; a missing one is generated")
    func ledgerKeepsExisting() throws {
        let kept = String(repeating: "ab", count: 32)
        let env = DotEnvParser.parse("ENCRYPTION_KEY=\(kept)\nBETTER_AUTH_SECRET=\n")
        let resolution = try SecretLedger.resolve(
            [.encryptionKey, .betterAuthSecret], existing: env, generator: SecretGenerator(random: SeededRandom()))
        #expect(resolution.values[.encryptionKey] == kept)
        #expect(resolution.generated == [.betterAuthSecret])
        #expect(resolution.values[.betterAuthSecret]?.count == 64)
    }

    @Test("a broken existing secret is refused with its location, never replaced, never printed")
    func ledgerRefusesBrokenSecret() throws {
        let env = DotEnvParser.parse("# keys\nENCRYPTION_KEY=dev-encryption-key-at-least-32-chars\n")
        let error = #expect(throws: DiagnosticError.self) {
            try SecretLedger.resolve(
                [.encryptionKey], existing: env, generator: SecretGenerator(random: SeededRandom()))
        }
        let diagnostic = try #require(error?.diagnostics.first)
        #expect(diagnostic.location == SourceLocation(file: ".env", line: 2, column: 16))
        #expect(diagnostic.message.contains("placeholder"))
        let printed = DiagnosticFormatter.text(diagnostic)
        #expect(!printed.contains("dev-encryption-key"))
    }

    @Test(
        "secret rules follow Sim's checks",
        arguments: [
            (SecretName.encryptionKey, String(repeating: "a", count: 63), false),
            (.encryptionKey, String(repeating: "A", count: 64), true),
            (.encryptionKey, String(repeating: "g", count: 64), false),
            (.betterAuthSecret, String(repeating: "x", count: 31), false),
            (.betterAuthSecret, String(repeating: "x", count: 32), true),
            (.postgresPassword, "pa$$word-long", false),
            (.postgresPassword, "postgres", false),
            (.postgresPassword, "abc.DEF_123-x", true),
            (.internalAPISecret, "your-internal-api-secret-here-0123456789", false),
            (.cronSecret, "yourActualSecretThatIsLongEnough123456", true),
        ])
    func secretRules(name: SecretName, value: String, accepted: Bool) {
        #expect((name.rule.problem(with: value) == nil) == accepted)
    }

    @Test("init generates distinct secrets into a 0600 .env")
    func initSecretsAreDistinctAndPrivate() throws {
        let folder = try TemporaryDirectory()
        let bootstrap = Bootstrap()
        let answers = try Bootstrap.Answers(
            url: PublicURL(parsing: "https://sim.example.com"), proxy: .caddy, ollama: .none,
            simVersion: ImageTag("v0.8.9"), name: InstallName("sim"))
        try bootstrap.apply(try bootstrap.plan(answers, folder: folder.path), folder: folder.path)
        #expect(try folder.mode(".env") == 0o600)
        #expect(try folder.mode("docker-compose.prod.yml") == 0o644)
        let env = DotEnvParser.parse(try folder.read(".env"))
        let core: [SecretName] = [
            .betterAuthSecret, .encryptionKey, .internalAPISecret, .cronSecret, .apiEncryptionKey,
        ]
        let values = core.compactMap { env[$0.envKey]?.value }
        #expect(values.count == 5)
        #expect(Set(values).count == 5)
        #expect(values.allSatisfy { $0.count == 64 && $0.allSatisfy(\.isHexDigit) })
    }
}
