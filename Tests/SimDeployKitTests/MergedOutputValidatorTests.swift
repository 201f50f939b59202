import Foundation
import TestSupport
import Testing

@testable import SimDeployKit

/// What a merge or an upgrade writes still goes through the programs that read it.
@Suite("merged and upgraded files pass the real validators", .enabled(if: Validators.arePresent))
struct MergedOutputValidatorTests {
    @Test("a compose file carrying a merged hand edit is accepted by Docker Compose")
    func mergedComposeIsValid() throws {
        let (folder, _) = try Scenarios.render("compose-default")
        let compose = "docker-compose.prod.yml"
        try folder.write(compose, try folder.read(compose).replacing("memory: 8G", with: "memory: 12G"))
        try folder.write(
            "simdeploy.yaml", try Scenarios.spec("compose-default") + "compose:\n  postgresPort: 5433\n")
        let generator = Generator(random: SeededRandom(seed: 7))
        let plan = try generator.plan(folder: folder.path)
        #expect(plan.files.contains { $0.action == .merge })
        try generator.apply(plan, folder: folder.path)
        try ValidatorIntegrationTests.fillSupplied(folder)
        let result = try Validators.run(
            "compose", ["--strict", "--env-file", folder.file(".env").path, folder.file(compose).path])
        ValidatorIntegrationTests.expectValid(result)
    }

    @Test("a spec edited in place by upgrade passes yamllint, comments and all")
    func upgradedSpecIsClean() throws {
        let folder = try TemporaryDirectory()
        try folder.write("simdeploy.yaml", UpgradeTests.commentedSpec)
        let upgrader = Upgrader(generator: Generator(random: SeededRandom(seed: 3)))
        try upgrader.apply(
            try upgrader.plan(folder: folder.path, to: try ImageTag("v0.8.9")), folder: folder.path)
        ValidatorIntegrationTests.expectValid(
            try Validators.run("yaml", ["--strict", folder.file("simdeploy.yaml").path]))
    }
}
