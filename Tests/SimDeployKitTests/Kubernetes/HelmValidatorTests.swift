import Foundation
import TestSupport
import Testing
import YAML

@testable import SimDeployKit

/// Every Kubernetes output goes through the programs that will read it: Helm's schema check of the
/// values coalesced with the upstream chart's defaults (plus check-jsonschema), and yamllint.
@Suite("real validators: Helm", .enabled(if: Validators.arePresent, "validators not found; set SIMDEPLOY_SHARED"))
struct HelmValidatorTests {
    @Test(
        "the upstream chart's schema accepts every rendered values file (strict)",
        arguments: Scenarios.names(target: "kubernetes"))
    func chartAcceptsValues(_ scenario: String) throws {
        let rendered = try KubernetesSecretModeTests.renderWithSuppliedValues(scenario)
        let values = rendered.folder.file(rendered.valuesPath).path
        ValidatorIntegrationTests.expectValid(try Validators.run("helm-values", ["--strict", values]))
        let manifests = rendered.files.filter { $0.hasPrefix("helm/") }.map { rendered.folder.file($0).path }
        ValidatorIntegrationTests.expectValid(
            try Validators.run("yaml", ["--strict", rendered.folder.file("simdeploy.yaml").path] + manifests))
    }

    @Test("the committed examples pass the chart schema (strict)", arguments: HelmExamplesTests.examples)
    func examplesAreChartValues(_ name: String) throws {
        let folder = Validators.packageRoot.appendingPathComponent("helm/examples/\(name)/helm")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map {
            folder.appendingPathComponent($0).path
        }
        let values = try #require(files.first { $0.hasSuffix("/values-\(name).yaml") })
        ValidatorIntegrationTests.expectValid(try Validators.run("helm-values", ["--strict", values]))
        ValidatorIntegrationTests.expectValid(try Validators.run("yaml", ["--strict"] + files))
    }

    /// A preset is a partial values file: the chart refuses to render without secrets. So each is
    /// layered over upstream's own complete CI values (`helm -f default-values.yaml -f preset`), with
    /// the Ingress on for a controller preset, and the chart renders them as it would at install.
    @Test("every built-in preset renders over a complete values file (strict)", arguments: PresetFiles.names)
    func presetsAreChartValues(_ name: String) throws {
        let path = Validators.packageRoot.appendingPathComponent("helm/presets/\(name)").path
        let folder = try TemporaryDirectory("preset")
        var layers = [Validators.upstream("helm/sim/ci/default-values.yaml").path, path]
        if name.hasPrefix("ingress-") {
            try folder.write("ingress-on.yaml", "ingress:\n  enabled: true\n  app:\n    host: sim.example.com\n")
            layers.append(folder.file("ingress-on.yaml").path)
        }
        let output = folder.file("rendered").path
        let result = try Validators.run("helm-values", ["--strict", "--output-dir", output] + layers)
        ValidatorIntegrationTests.expectValid(result)
        // Rendering really happened: the output holds the app Deployment (and the Ingress when on).
        let rendered = try RenderedManifests(folder: output)
        #expect(rendered.objects(kind: "Deployment").contains { $0.name == "sim-app" })
        if name.hasPrefix("ingress-") { #expect(rendered.objects(kind: "Ingress").count == 1) }
        ValidatorIntegrationTests.expectValid(try Validators.run("yaml", ["--strict", path]))
    }
}

enum PresetFiles {
    static var names: [String] {
        let folder = Validators.packageRoot.appendingPathComponent("helm/presets")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
            $0.hasSuffix(".yaml")
        }.sorted()
    }
}

@Suite("built-in presets")
struct BuiltInPresetTests {
    @Test("every preset file is compiled in and parses", arguments: Cloud.allCases)
    func presetsParse(_ cloud: Cloud) {
        for controller in IngressController.allCases {
            let presets = HelmPreset.builtIn(cloud: cloud, ingress: controller)
            #expect(presets.count == 2)
            #expect(presets.allSatisfy { $0.values.mapping != nil })
        }
    }

    @Test("the compiled presets are the files in helm/presets", arguments: PresetFiles.names)
    func compiledMatchesFiles(_ name: String) throws {
        let stem = String(name.dropLast(5))
        let text = try String(
            contentsOf: Validators.packageRoot.appendingPathComponent("helm/presets/\(name)"), encoding: .utf8)
        let cloud = Cloud(rawValue: stem)
        let controller = stem.hasPrefix("ingress-") ? IngressController(rawValue: String(stem.dropFirst(8))) : nil
        let presets = HelmPreset.builtIn(cloud: cloud ?? .generic, ingress: controller)
        let compiled = try #require(presets.first { $0.name.hasPrefix("helm/presets/\(name)") })
        #expect(compiled.values == (try HelmPreset.parse(text, name: compiled.name)).values)
    }

    @Test("built-in presets pass the same checks as an operator's")
    func presetsPassChecks() {
        for cloud in Cloud.allCases {
            for preset in HelmPreset.builtIn(cloud: cloud, ingress: cloud.defaultIngressController) {
                #expect(PresetChecks.check(preset).isEmpty, "\(preset.name)")
            }
        }
    }
}

@Suite("values merge")
struct ValuesMergeTests {
    static func parse(_ text: String) throws -> Node {
        try #require(try Parser.parse(text, fileName: "t.yaml"))
    }

    @Test("maps merge key by key, lists and scalars replace, null is kept for Helm to apply")
    func helmRules() throws {
        let lower = try Self.parse("a:\n  b: 1\n  c: [1, 2]\n  d: {e: 1}\nf: x\n")
        let upper = try Self.parse("a:\n  c: [3]\n  d: null\n  g: 2\nf: y\n")
        let merged = ValuesMerge.merge(lower, upper)
        let expected = try Self.parse("a:\n  b: 1\n  c: [3]\n  d: null\n  g: 2\nf: y\n")
        #expect(try Emitter.emit(merged) == (try Emitter.emit(expected)))
    }
}
