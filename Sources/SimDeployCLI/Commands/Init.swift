import ArgumentParser
import SimDeployKit

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract:
            "Create a new install: simdeploy.yaml, .env with fresh secrets, the compose file and the proxy config.",
        discussion: """
            On a terminal, init asks for what the flags did not give. With --non-interactive, or when standard input is not a terminal, it never waits: missing answers take their defaults (a local install on http://localhost:3000).

            Secrets come from OpenSSL's CSPRNG and are written only to .env (mode 0600); init never prints them. An existing install is refused unless --force, which still keeps every secret already in .env.

            Examples:
              simdeploy init --domain sim.example.com --dir /srv/sim
              simdeploy init --domain sim.example.com --proxy nginx --acme-email ops@example.com
              simdeploy init --domain sim.example.com --proxy caddy --proxy-upstream compose --ollama gpu
              simdeploy init --non-interactive --dir demo
              simdeploy init --target kubernetes --cloud aws --domain sim.example.com --dir sim-eks
              simdeploy init --target kubernetes --cloud gcp --secret-mode externalSecrets --secret-store gcp-store
            """)

    @OptionGroup var folder: DirectoryOption

    @Option(help: ArgumentHelp("Public host name; the URL becomes https://<host>.", valueName: "host"))
    var domain: String?

    @Option(help: ArgumentHelp("Public origin, e.g. https://sim.example.com (instead of --domain).", valueName: "url"))
    var url: String?

    @Option(help: "Where Sim runs: compose (Docker Compose) or kubernetes (the upstream Helm chart).")
    var target: TargetChoice?

    @Option(help: "Kubernetes platform: aws, azure, gcp or generic (picks the built-in Helm presets).")
    var cloud: Cloud?

    @Option(help: ArgumentHelp("Kubernetes namespace of the release (default: sim).", valueName: "name"))
    var namespace: String?

    @Option(
        name: .customLong("secret-mode"),
        help: "Kubernetes secrets: existingSecret (a Secret manifest to apply; default), inline or externalSecrets.")
    var secretMode: SecretModeChoice?

    @Option(
        name: .customLong("secret-store"),
        help: ArgumentHelp(
            "ClusterSecretStore of External Secrets Operator (with --secret-mode externalSecrets).", valueName: "name"))
    var secretStore: String?

    @Option(help: "Reverse proxy: caddy, nginx or none. Default: caddy for https, none otherwise (and on Kubernetes).")
    var proxy: ProxyChoice?

    @Option(
        name: .customLong("proxy-upstream"),
        help: "Where the proxy runs: host (installed on the Docker host) or compose (Caddy as a compose service).")
    var proxyUpstream: ProxyUpstreamChoice?

    @Option(
        name: .customLong("acme-email"),
        help: ArgumentHelp(
            "Address for ACME registration and certificate notices (Caddy, certbot).", valueName: "email"))
    var acmeEmail: String?

    @Option(help: "Local models: none, gpu, cpu or external.")
    var ollama: OllamaChoice?

    @Option(
        name: .customLong("ollama-url"),
        help: ArgumentHelp("URL of an external Ollama (with --ollama external).", valueName: "url"))
    var ollamaURL: String?

    @Option(name: .customLong("version"), help: ArgumentHelp("Sim image tag to pin.", valueName: "tag"))
    var simVersion: String?

    @Option(help: ArgumentHelp("Install name (compose project).", valueName: "name"))
    var name: String?

    @Flag(help: "Never ask; take defaults for what the flags do not give.")
    var nonInteractive = false

    @Flag(help: "Overwrite an existing install (secrets in .env are kept).")
    var force = false

    @Flag(help: "Show what would be written, as a diff, and write nothing.")
    var dryRun = false

    func validate() throws {
        if domain != nil, url != nil {
            throw ValidationError("give --domain or --url, not both")
        }
        if proxyUpstream == .compose, let proxy, proxy != .caddy {
            throw ValidationError("--proxy-upstream compose runs Caddy in compose; it needs --proxy caddy")
        }
        if ollamaURL != nil, let ollama, ollama != .external {
            throw ValidationError("--ollama-url needs --ollama external")
        }
        let kubernetesFlags = [
            ("--cloud", cloud != nil), ("--namespace", namespace != nil), ("--secret-mode", secretMode != nil),
            ("--secret-store", secretStore != nil),
        ]
        if target == .compose, let flag = kubernetesFlags.first(where: \.1) {
            throw ValidationError("\(flag.0) needs --target kubernetes")
        }
        if target == .kubernetes,
            let flag = [("--proxy-upstream", proxyUpstream != nil), ("--acme-email", acmeEmail != nil)]
                .first(where: \.1)
        {
            throw ValidationError("\(flag.0) configures a proxy on a Docker host; on Kubernetes the Ingress routes")
        }
        if target == .kubernetes, let proxy, proxy != .none {
            throw ValidationError("--proxy \(proxy.rawValue) runs on a Docker host; on Kubernetes the Ingress routes")
        }
        if secretMode == .externalSecrets, secretStore == nil {
            throw ValidationError("--secret-mode externalSecrets needs --secret-store NAME")
        }
        if secretStore != nil, let secretMode, secretMode != .externalSecrets {
            throw ValidationError("--secret-store needs --secret-mode externalSecrets")
        }
    }

    func run() throws {
        let console = Console.live
        let bootstrap = Bootstrap()
        let existing = bootstrap.existingInstallFiles(in: folder.directory)
        if !existing.isEmpty, !force, !dryRun {
            console.report([
                .error(
                    "\(folder.directory) already holds an install (\(existing.joined(separator: ", ")))",
                    fix:
                        "run `simdeploy generate --dir \(folder.directory)` to update it, or `init --force` to start over (secrets in .env are kept)"
                )
            ])
            throw ExitCodes.failure
        }
        let answers = try InitAnswers(command: self, console: console).collect()
        try Reporting.run(console) {
            let plan = try bootstrap.plan(answers, folder: folder.directory)
            console.report(plan.notes)
            if dryRun {
                console.standardOutput(plan.diff())
                return
            }
            let report = try bootstrap.apply(
                plan, folder: folder.directory, options: ApplyEnvironment.options(force: force))
            Reporting.summary(plan, folder: folder.directory, verb: "Created", report: report, console: console)
        }
    }
}

enum TargetChoice: String, CaseIterable, ExpressibleByArgument {
    case compose, kubernetes
}

enum SecretModeChoice: String, CaseIterable, ExpressibleByArgument {
    case existingSecret, inline, externalSecrets
}

extension Cloud: ExpressibleByArgument {}

enum ProxyChoice: String, CaseIterable, ExpressibleByArgument {
    case caddy, nginx, none
}

enum ProxyUpstreamChoice: String, CaseIterable, ExpressibleByArgument {
    case host, compose
}

enum OllamaChoice: String, CaseIterable, ExpressibleByArgument {
    case none, gpu, cpu, external
}
