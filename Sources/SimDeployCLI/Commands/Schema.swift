import ArgumentParser
import SimDeployKit

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of simdeploy.yaml, for editor completion and validation.",
        discussion: """
            The schema is generated from the same description simdeploy loads specs with, so it lists every key, its type, choices, range and default.

            Examples:
              simdeploy schema > simdeploy.schema.json
              # then, first line of simdeploy.yaml (YAML language server):
              # yaml-language-server: $schema=./simdeploy.schema.json
            """)

    func run() throws {
        Console.live.standardOutput(SpecJSONSchema.text())
    }
}
