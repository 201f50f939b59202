import TestSupport
import Testing

@testable import SimDeployKit

@Suite("proxy renders")
struct ProxyRenderTests {
    static let proxyScenarios = Scenarios.names.filter { name in
        (try? SpecLoader.load(Scenarios.spec(name)).install.proxy.kind) != Proxy.Kind.none
    }

    static func install(_ spec: String) throws -> Install {
        try SpecLoader.load(spec).install
    }

    @Test("generating twice gives the same bytes, and the second run changes nothing", arguments: proxyScenarios)
    func byteStable(_ name: String) throws {
        let (folder, first) = try Scenarios.render(name)
        let (_, second) = try Scenarios.render(name)
        #expect(first.files.map(\.file) == second.files.map(\.file))
        let again = try Generator(random: SeededRandom()).plan(folder: folder.path)
        #expect(again.files.allSatisfy { $0.action == .unchanged }, "\(again.files.map { ($0.file.path, $0.action) })")
    }

    @Test("Caddy in compose: a caddy service publishes 80/443, the app and realtime ports are not published")
    func caddyInCompose() throws {
        let install = try Self.install(
            "version: 1\nurl: https://sim.example.com\nproxy: {type: caddy, upstream: compose}\n")
        let compose = try ComposeRenderer().render(install).contents
        #expect(compose.contains("  caddy:\n    image: \(ComposeRenderer.caddyImage)\n"))
        #expect(compose.contains("- ./Caddyfile:/etc/caddy/Caddyfile:ro\n"))
        #expect(compose.contains("  caddy_data: {}\n"))
        #expect(!compose.contains(":3000:3000") && !compose.contains(":3002:3002"))
        let caddyfile = try CaddyRenderer().render(install)[0].contents
        #expect(caddyfile.contains("reverse_proxy simstudio:3000 {"))
        #expect(caddyfile.contains("reverse_proxy realtime:3002\n"))
    }

    @Test("a proxy on the host reaches the address compose publishes on")
    func hostUpstreamFollowsListen() throws {
        let loopback = try Self.install("version: 1\nurl: https://sim.example.com\nproxy: {type: nginx}\n")
        #expect(ProxyUpstreams(loopback).app == "127.0.0.1:3000")
        let privateAddress = try Self.install(
            "version: 1\nurl: https://sim.example.com\nproxy: {type: nginx}\ncompose: {listen: 10.0.0.4}\n")
        #expect(ProxyUpstreams(privateAddress).realtime == "10.0.0.4:3002")
        let site = try NginxRenderer().render(privateAddress)[1].contents
        #expect(site.contains("proxy_pass http://10.0.0.4:3000;"))
    }

    @Test("nginx: the next steps serve the challenge first, run certbot, then enable the TLS site")
    func nginxNextSteps() throws {
        let install = try Self.install(
            """
            version: 1
            url: https://sim.example.com
            proxy: {type: nginx, realtimeHost: ws.example.com, acmeEmail: ops@example.com, acmeWebroot: /srv/acme}

            """)
        let steps = Outputs.nextSteps(install)
        let certbot =
            "sudo certbot certonly --webroot -w /srv/acme -i nginx --cert-name sim.example.com -d sim.example.com"
            + " -d ws.example.com --email ops@example.com --agree-tos -n"
        let order = [
            "docker compose -f docker-compose.prod.yml up -d", "sudo mkdir -p /srv/acme",
            "sudo cp nginx/sim-bootstrap.conf /etc/nginx/sites-available/sim.conf", certbot,
            "sudo cp nginx/sim.conf /etc/nginx/sites-available/sim.conf",
        ]
        let positions = order.compactMap { steps.firstIndex(of: $0) }
        #expect(positions.count == order.count, "\(steps)")
        #expect(positions == positions.sorted())
        let site = try NginxRenderer().render(install)[1].contents
        #expect(site.contains("ssl_certificate /etc/letsencrypt/live/sim.example.com/fullchain.pem;"))
    }

    @Test("without an ACME e-mail certbot registers without one, as asked")
    func certbotWithoutEmail() throws {
        let install = try Self.install("version: 1\nurl: https://sim.example.com\nproxy: {type: nginx}\n")
        #expect(ProxyNextSteps.certbotCommand(install).contains("--register-unsafely-without-email --agree-tos -n"))
    }

    @Test("Caddy on the host: copy, validate, reload")
    func caddyNextSteps() throws {
        let install = try Self.install("version: 1\nurl: https://sim.example.com\nproxy: {type: caddy}\n")
        #expect(
            Outputs.nextSteps(install).suffix(3) == [
                "sudo cp Caddyfile /etc/caddy/Caddyfile",
                "sudo caddy validate --config /etc/caddy/Caddyfile --adapter caddyfile",
                "sudo systemctl reload caddy",
            ])
    }

    @Test("a shell word is quoted when it is not plain")
    func shellWords() {
        #expect(ProxyNextSteps.shellWord("/var/www/certbot") == "/var/www/certbot")
        #expect(ProxyNextSteps.shellWord("a b") == "'a b'")
        #expect(ProxyNextSteps.shellWord("it's") == "'it'\\''s'")
    }
}

@Suite("operator templates")
struct OperatorTemplateTests {
    static let spec = "version: 1\nurl: https://sim.example.com\nproxy:\n  type: caddy\n  templates: my-templates\n"

    @Test("a template in proxy.templates replaces the built-in one; its values are still checked")
    func overrideIsUsed() throws {
        let folder = try TemporaryDirectory()
        try folder.write("simdeploy.yaml", Self.spec)
        try folder.write("my-templates/Caddyfile.tmpl", "# mine\n{{domain}} {\n\treverse_proxy {{app_upstream}}\n}\n")
        let plan = try Generator(random: SeededRandom()).plan(folder: folder.path)
        let caddyfile = try #require(plan.files.first { $0.file.path == "Caddyfile" })
        #expect(caddyfile.file.contents == "# mine\nsim.example.com {\n\treverse_proxy 127.0.0.1:3000\n}\n")
    }

    @Test("a mistake in an operator template is reported at its file, line and column")
    func overrideMistakeIsLocated() throws {
        let folder = try TemporaryDirectory()
        try folder.write("simdeploy.yaml", Self.spec)
        try folder.write("my-templates/Caddyfile.tmpl", "{{domain}} {\n\treverse_proxy {{upstream}}\n}\n")
        let error = #expect(throws: DiagnosticError.self) {
            try Generator(random: SeededRandom()).plan(folder: folder.path)
        }
        let diagnostic = try #require(error?.diagnostics.first)
        #expect(diagnostic.location?.description == "\(folder.path)/my-templates/Caddyfile.tmpl:2:16")
        #expect(diagnostic.message == "unknown name 'upstream'")
    }

    @Test("a templates folder that is missing, or holds none of the proxy's templates, is an error")
    func missingFolder() throws {
        let folder = try TemporaryDirectory()
        try folder.write("simdeploy.yaml", Self.spec)
        let missing = #expect(throws: DiagnosticError.self) {
            try Generator(random: SeededRandom()).plan(folder: folder.path)
        }
        #expect(missing?.diagnostics.first?.message.hasSuffix("my-templates is not a folder") == true)
        try folder.write("my-templates/nginx-site.conf.tmpl", "x\n")
        let empty = #expect(throws: DiagnosticError.self) {
            try Generator(random: SeededRandom()).plan(folder: folder.path)
        }
        #expect(empty?.diagnostics.first?.message.contains("holds none of Caddyfile.tmpl") == true)
    }
}
