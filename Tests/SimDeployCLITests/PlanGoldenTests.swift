import Foundation
import TestSupport
import Testing

@testable import SimDeployCLI
@testable import SimDeployKit

/// The exact text of `simdeploy plan`, so a change to what operators read is a reviewed diff.
@Suite("plan output")
struct PlanGoldenTests {
    static let compose = "docker-compose.prod.yml"

    @Test("a hand edit that merges, a spec change and a new secret, redacted")
    func mergePlan() throws {
        let (folder, _) = try Scenarios.render("compose-default")
        let env = try folder.read(".env").split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("CRON_SECRET=") && $0 != "# The scheduler's bearer token." }.joined(separator: "\n")
        try folder.write(".env", env, mode: 0o600)
        try folder.write(Self.compose, try folder.read(Self.compose).replacing("memory: 8G", with: "memory: 12G"))
        try folder.write(
            "simdeploy.yaml",
            try Scenarios.spec("compose-default") + "compose:\n  postgresPort: 5433\nsettings:\n  logLevel: DEBUG\n")
        let plan = try Generator(random: SeededRandom(seed: 7)).plan(folder: folder.path)
        assertGolden(PlanReport.text(plan, folder: "demo"), "plan/compose-default-merge.txt")
    }

    @Test("a conflicting edit, shown with its markers")
    func conflictPlan() throws {
        let (folder, _) = try Scenarios.render("compose-default")
        let db = "  db:\n    image: pgvector/pgvector:pg17\n    restart: unless-stopped\n"
        let edited = try folder.read(Self.compose).replacing(db, with: db.replacing("unless-stopped", with: "always"))
        try folder.write(Self.compose, edited)
        try folder.write("simdeploy.yaml", try Scenarios.spec("compose-default") + "compose:\n  postgresPort: 5433\n")
        let plan = try Generator(random: SeededRandom(seed: 7)).plan(folder: folder.path)
        assertGolden(PlanReport.text(plan, folder: "demo"), "plan/compose-default-conflict.txt")
    }
}
