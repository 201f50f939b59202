import Foundation
import TestSupport
import Testing

@testable import SimDeployKit

@Suite("simdeploy graph end to end")
struct GraphEndToEndTests {
    static var defaultInstall: String { Validators.packageRoot.appendingPathComponent("compose/default").path }

    @Test("prints the Mermaid picture of the install folder's spec", arguments: TopologyFormat.allCases)
    func prints(_ format: TopologyFormat) throws {
        let run = try CommandRunner.run(["graph", "--dir", Self.defaultInstall, "--format", format.rawValue])
        #expect(run.exitCode == 0, "\(run)")
        #expect(run.stdout == (try InstallTopology.load(folder: Self.defaultInstall).render(format)))
        #expect(run.stderr.isEmpty)
    }

    @Test("defaults to Mermaid")
    func mermaidByDefault() throws {
        let run = try CommandRunner.run(["graph", "--dir", Self.defaultInstall])
        #expect(run.stdout.hasPrefix("flowchart LR\n"))
    }

    @Test("a folder without a spec exits 1 with the command that creates one")
    func noSpec() throws {
        let folder = try TemporaryDirectory()
        let run = try CommandRunner.run(["graph", "--dir", folder.path])
        #expect(run.exitCode == 1)
        #expect(run.stderr.contains("error: no simdeploy.yaml in \(folder.path)"))
        #expect(run.stderr.contains("fix: run `simdeploy init --dir \(folder.path)`"))
    }

    @Test("an unknown --format is a usage error")
    func badFormat() throws {
        let run = try CommandRunner.run(["graph", "--dir", Self.defaultInstall, "--format", "png"])
        #expect(run.exitCode == 2)
        #expect(run.stderr.contains("--format"))
    }
}
