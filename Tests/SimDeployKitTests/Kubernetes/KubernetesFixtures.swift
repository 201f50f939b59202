import DotEnv
import Foundation
import TestSupport
import YAML

@testable import SimDeployKit

/// A rendered Kubernetes scenario, read back the way Helm and kubectl would read it.
struct RenderedKubernetes {
    let folder: TemporaryDirectory
    let plan: GenerationPlan
    let options: KubernetesOptions

    init(_ scenario: String) throws {
        (folder, plan) = try Scenarios.render(scenario)
        guard let options = plan.install.target.kubernetes else { throw FixtureError("\(scenario) is not kubernetes") }
        self.options = options
    }

    /// Renders `spec` (a spec text) in a fresh folder with seeded secrets.
    init(spec: String, files: [String: String] = [:]) throws {
        folder = try TemporaryDirectory("kubernetes")
        try folder.write("simdeploy.yaml", spec)
        for (name, text) in files { try folder.write(name, text) }
        let generator = Generator(random: SeededRandom(seed: 7))
        plan = try generator.plan(folder: folder.path)
        try generator.apply(plan, folder: folder.path)
        guard let options = plan.install.target.kubernetes else { throw FixtureError("not a kubernetes spec") }
        self.options = options
    }

    var valuesPath: String { "helm/values-\(options.cloud.rawValue).yaml" }

    var valuesText: String { (try? folder.read(valuesPath)) ?? "" }

    var values: Node {
        get throws {
            guard let node = try Parser.parse(valuesText, fileName: valuesPath) else {
                throw FixtureError("empty values")
            }
            return node
        }
    }

    var env: DotEnvFile {
        get throws { DotEnvParser.parse(try folder.read(".env")) }
    }

    /// The documents of a multi-document manifest.
    func documents(_ path: String) throws -> [Node] {
        try Parser.parseDocuments(try folder.read(path), fileName: path)
    }

    /// Every file this render wrote, by path.
    var files: [String] { plan.files.map(\.file.path) }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}

extension Node {
    /// The scalar text at a path, or `nil`.
    func text(_ path: String...) -> String? {
        value(at: path)?.scalar?.value
    }

    /// The keys of the mapping at a path.
    func keys(_ path: String...) -> [String] {
        (value(at: path)?.mapping?.pairs ?? []).compactMap(\.key.scalar?.value)
    }
}
