import Foundation
import SimDeployKit

/// Spec fixtures under `Tests/SimDeployKitTests/Fixtures/specs/`, rendered into a temp folder.
public enum Scenarios {
    public static var specsDirectory: URL {
        Validators.packageRoot.appendingPathComponent("Tests/SimDeployKitTests/Fixtures/specs")
    }

    /// Names of every valid scenario (`<name>.yml`), sorted.
    public static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: specsDirectory.path)) ?? []
        return files.filter { $0.hasSuffix(".yml") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// Scenarios of one target, by the file name convention `<target>-<case>.yml`.
    public static func names(target: String) -> [String] {
        names.filter { $0.hasPrefix("\(target)-") }
    }

    public static func spec(_ name: String) throws -> String {
        try String(contentsOf: specsDirectory.appendingPathComponent("\(name).yml"), encoding: .utf8)
    }

    /// Writes the scenario's spec into a fresh folder and generates every file with seeded secrets.
    public static func render(_ name: String, seed: UInt64 = 42) throws -> (
        folder: TemporaryDirectory, plan: GenerationPlan
    ) {
        let folder = try TemporaryDirectory("scenario-\(name)")
        try folder.write("simdeploy.yaml", try spec(name))
        let generator = Generator(random: SeededRandom(seed: seed))
        let plan = try generator.plan(folder: folder.path)
        try generator.apply(plan, folder: folder.path)
        return (folder, plan)
    }
}
