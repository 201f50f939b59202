import ArgumentParser
import SimDeployKit

struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Preflight the host and the install folder: a checklist with the fix for each problem.",
        discussion: """
            Install folder: simdeploy.yaml is valid, generated files are current, .env lints clean, and files holding secrets are private. Host (skip with --no-host): CPU cores, memory and free disk against Sim's sizing, Docker Engine 20.10+ and Compose 2.24+, the NVIDIA runtime for Ollama gpu, and whether the ports the install publishes are free; kubectl and helm for a Kubernetes install.

            Exit codes: 0 nothing failed (warnings allowed), 1 a check failed, 2 usage error.

            Examples:
              simdeploy doctor --dir /srv/sim
              simdeploy doctor --dir deploy --no-host --format json   # in CI
            """)

    @OptionGroup var folder: DirectoryOption

    @Flag(inversion: .prefixedNo, help: "Check the machine too (resources, Docker, ports).")
    var host = true

    @Option(help: "Output format: text or json.")
    var format: VerifyFormat = .text

    func run() throws {
        let items = Doctor().run(Doctor.Options(folder: folder.directory, host: host))
        let console = Console.live
        switch format {
        case .text:
            console.standardOutput(ChecklistOutput.text(heading: "Checking \(folder.directory)", items: items))
        case .json:
            console.standardOutput(ChecklistOutput.json(fields: [("folder", .string(folder.directory))], items: items))
        }
        if items.hasFailure { throw ExitCodes.failure }
    }
}
