import Foundation
import TestSupport
import Testing

@testable import SimDeployKit

@Suite("helm/examples are fresh")
struct HelmExamplesTests {
    static var examples: [String] {
        let folder = Validators.packageRoot.appendingPathComponent("helm/examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted()
    }

    @Test("there is an example for every cloud")
    func everyCloud() {
        #expect(Self.examples == Cloud.allCases.map(\.rawValue).sorted())
    }

    @Test("helm/examples/<cloud> holds exactly what its spec renders, without secret values", arguments: examples)
    func exampleIsFresh(_ name: String) throws {
        let folder = Validators.packageRoot.appendingPathComponent("helm/examples/\(name)")
        let spec = try String(contentsOf: folder.appendingPathComponent("simdeploy.yaml"), encoding: .utf8)
        let install = try SpecLoader.load(spec).install
        #expect(install.target.kubernetes?.cloud.rawValue == name)
        #expect(install.target.kubernetes?.secrets == .existingSecret(name: nil), "examples keep secrets out of values")
        for file in try ExampleRender.files(install) {
            try assertFresh(file.contents, at: "helm/examples/\(name)/\(file.path)")
        }
    }
}
