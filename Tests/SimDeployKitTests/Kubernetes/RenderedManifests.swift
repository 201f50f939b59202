import Foundation
import TestSupport
import YAML

@testable import SimDeployKit

/// The objects the real chart rendered, read back from `validate-helm-values.sh --output-dir`.
///
/// Assertions about what reaches the API server (probe paths, Ingress annotations, NetworkPolicy
/// peers) read these, not the values file: only the chart knows how a value lands in an object.
struct RenderedManifests {
    struct Object {
        var kind: String
        var name: String
        var body: Node
    }

    let objects: [Object]

    init(folder: String) throws {
        var objects: [Object] = []
        let root = URL(fileURLWithPath: folder)
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        var paths: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if url.pathExtension == "yaml" { paths.append(url) }
        }
        for url in paths.sorted(by: { $0.path < $1.path }) {
            let text = try String(contentsOf: url, encoding: .utf8)
            for document in try Parser.parseDocuments(text, fileName: url.lastPathComponent) {
                guard let kind = document.text("kind"), let name = document.text("metadata", "name") else { continue }
                objects.append(Object(kind: kind, name: name, body: document))
            }
        }
        self.objects = objects
    }

    func objects(kind: String) -> [Object] { objects.filter { $0.kind == kind } }

    func object(_ kind: String, _ name: String) throws -> Object {
        guard let object = objects.first(where: { $0.kind == kind && $0.name == name }) else {
            throw FixtureError("the chart rendered no \(kind) \(name); rendered: \(objects.map(\.name))")
        }
        return object
    }

    /// Renders `values` with the real chart into a fresh folder, failing unless the validator accepts them.
    static func render(_ values: [String], strict: Bool = true) throws -> (Validators.Result, RenderedManifests?) {
        let folder = try TemporaryDirectory("rendered")
        let output = folder.file("out").path
        let result = try Validators.run(
            "helm-values", (strict ? ["--strict"] : []) + ["--output-dir", output] + values)
        guard result.verdict == .valid else { return (result, nil) }
        return (result, try RenderedManifests(folder: output))
    }
}

extension RenderedManifests.Object {
    /// The first container of a pod template (Deployment, StatefulSet).
    var container: Node? {
        body.value(at: ["spec", "template", "spec", "containers"])?.sequence?.items.first
    }
}
