import ArgumentParser
import SimDeployKit

struct Graph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw the install from its spec: services, published ports, proxy routes, volumes and secrets.",
        discussion: """
            Built from the compose file and .env plan that generate writes, so it shows what will run: each service with its image, published ports, profile and the secrets it reads; the proxy's routes (/ to the app on 3000, /socket.io/ to realtime on 3002); volumes; what each service waits for (dashed); and servers the install uses without running them.

            Mermaid renders on GitHub in a mermaid code block; DOT renders with Graphviz.

            Examples:
              simdeploy graph --dir /srv/sim > install.mmd
              simdeploy graph --format dot | dot -Tsvg > install.svg
            """)

    @OptionGroup var folder: DirectoryOption

    @Option(help: "Output format: mermaid or dot.")
    var format: GraphFormat = .mermaid

    func run() throws {
        let console = Console.live
        try Reporting.run(console) {
            let topology = try InstallTopology.load(folder: folder.directory)
            console.standardOutput(topology.render(format.topologyFormat))
        }
    }
}

enum GraphFormat: String, CaseIterable, ExpressibleByArgument {
    case mermaid, dot

    var topologyFormat: TopologyFormat {
        switch self {
        case .mermaid: .mermaid
        case .dot: .dot
        }
    }
}
