import Foundation
import TestSupport
import Testing

@testable import SimDeployKit

@Suite("install topology and graph")
struct TopologyTests {
    static let snapshotScenarios = ["compose-default", "compose-external", "proxy-caddy-compose"]

    func topology(_ scenario: String) throws -> InstallTopology {
        try InstallTopology(SpecLoader.load(try Scenarios.spec(scenario)).install)
    }

    @Test("the Mermaid and DOT pictures match their snapshots", arguments: snapshotScenarios)
    func snapshots(_ scenario: String) throws {
        let topology = try topology(scenario)
        assertGolden(topology.render(.mermaid), "graph/\(scenario).mmd")
        assertGolden(topology.render(.dot), "graph/\(scenario).dot")
    }

    @Test("the same spec gives the same bytes", arguments: Scenarios.names)
    func deterministic(_ scenario: String) throws {
        #expect(try topology(scenario).render(.mermaid) == topology(scenario).render(.mermaid))
        #expect(try topology(scenario).render(.dot) == topology(scenario).render(.dot))
    }

    @Test("services, ports and volumes are the rendered compose file's", arguments: Scenarios.names)
    func followsCompose(_ scenario: String) throws {
        let install = try SpecLoader.load(try Scenarios.spec(scenario)).install
        let compose = try ComposeRenderer().render(install).contents
        let topology = try InstallTopology(install)
        for service in topology.services {
            #expect(compose.contains("\n  \(service.name):\n"), "\(service.name) is not a compose service")
            for port in service.ports {
                #expect(compose.contains("- \(port)\n") || compose.contains("- \"\(port)\"\n"))
            }
        }
        for volume in topology.volumes { #expect(compose.contains("\n  \(volume): {}\n")) }
    }

    @Test("every generated secret is read by some service, and only secrets are listed", arguments: Scenarios.names)
    func secrets(_ scenario: String) throws {
        let install = try SpecLoader.load(try Scenarios.spec(scenario)).install
        let topology = try InstallTopology(install)
        let read = Set(topology.services.flatMap(\.secrets))
        for secret in EnvPlan(install).secrets { #expect(read.contains(secret.rawValue), "\(secret) has no reader") }
        for name in read { #expect(InstallTopology.isSecret(name), "\(name) is not a secret") }
    }

    @Test("app and realtime both read the secrets that must match across them")
    func sharedSecrets() throws {
        let services = try topology("compose-default").services
        let app = try #require(services.first { $0.name == "simstudio" })
        let realtime = try #require(services.first { $0.name == "realtime" })
        let cron = try #require(services.first { $0.name == "cron" })
        for shared in ["BETTER_AUTH_SECRET", "INTERNAL_API_SECRET"] {
            #expect(app.secrets.contains(shared) && realtime.secrets.contains(shared))
        }
        #expect(!realtime.secrets.contains("ENCRYPTION_KEY"))
        #expect(cron.secrets == ["CRON_SECRET"])
    }

    @Test("routes send / to the app and /socket.io/ to realtime, also on realtime's own host")
    func routes() throws {
        let routes = try topology("proxy-nginx-realtime").routes
        #expect(
            routes == [
                .init(origin: "https://sim.example.net", path: "/", service: "simstudio", upstream: "127.0.0.1:3000"),
                .init(
                    origin: "https://sim.example.net", path: "/socket.io/", service: "realtime",
                    upstream: "127.0.0.1:3002"),
                .init(
                    origin: "https://realtime.example.net", path: "/socket.io/", service: "realtime",
                    upstream: "127.0.0.1:3002"),
            ])
    }

    @Test("the Ollama profile COMPOSE_PROFILES does not start is drawn as not started")
    func profiles() throws {
        let services = try topology("compose-ollama-cpu").services
        #expect(services.first { $0.name == "ollama" }?.starts == false)
        #expect(services.first { $0.name == "ollama-cpu" }?.starts == true)
        #expect(
            try topology("compose-ollama-cpu").links.contains(
                .init(from: "simstudio", to: "ollama-cpu", variable: "OLLAMA_URL")))
    }

    @Test("labels cannot break out of their quotes in either format")
    func escaping() {
        #expect(MermaidWriter.escape("a\"b<c>#d&e") == "a#quot;b#lt;c#gt;#35;d#amp;e")
        #expect(DOTWriter.quote("a\"b\\c\nd") == "\"a\\\"b\\\\c\\nd\"")
    }

    @Test("Graphviz renders the DOT of every scenario to SVG", arguments: Scenarios.names)
    func graphvizRenders(_ scenario: String) throws {
        guard let dot = Graphviz.path else {
            if Validators.isCI {
                Issue.record("CI=true but Graphviz `dot` is missing; scripts/install-deps.sh installs it")
            } else {
                print("note: skipping the Graphviz render of \(scenario): `dot` not found (apt-get install graphviz)")
            }
            return
        }
        let folder = try TemporaryDirectory("graph")
        let input = try folder.write("install.dot", try topology(scenario).render(.dot))
        let result = try runProcess(dot, ["-Tsvg", input.path])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stderr.isEmpty, "dot warned: \(result.stderr)")
        #expect(result.stdout.contains("<svg"))
        #expect(result.stdout.contains("simstudio"))
    }
}

/// Graphviz's `dot`, when installed.
enum Graphviz {
    static let path: String? = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
}
