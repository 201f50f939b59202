import ArgumentParser
import SimDeployKit

/// The root command.
public struct SimDeploy: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "simdeploy",
        abstract: "Generate and keep correct every file of a self-hosted Sim Studio install.",
        version: ToolVersion.current
    )

    public init() {}
}
