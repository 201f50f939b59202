import Foundation
import TestSupport
import Testing

@Suite("simdeploy end to end: proxies")
struct ProxyEndToEndTests {
    @Test("init --proxy nginx writes both sites and prints the certbot command")
    func initNginx() throws {
        let folder = try TemporaryDirectory()
        let run = try CommandRunner.run([
            "init", "--non-interactive", "--domain", "sim.example.com", "--proxy", "nginx", "--acme-email",
            "ops@example.com", "--dir", folder.path,
        ])
        #expect(run.exitCode == 0, "\(run)")
        #expect(run.stdout.contains("create     nginx/sim-bootstrap.conf"))
        #expect(run.stdout.contains("create     nginx/sim.conf"))
        #expect(
            run.stdout.contains(
                "  sudo certbot certonly --webroot -w /var/www/certbot -i nginx --cert-name sim.example.com"
                    + " -d sim.example.com --email ops@example.com --agree-tos -n\n"))
        #expect(try folder.read("simdeploy.yaml").contains("  acmeEmail: ops@example.com\n"))
        #expect(try folder.mode("nginx/sim.conf") == 0o644)
    }

    @Test("init --proxy-upstream compose puts Caddy in the compose file")
    func initCaddyInCompose() throws {
        let folder = try TemporaryDirectory()
        let run = try CommandRunner.run([
            "init", "--non-interactive", "--domain", "sim.example.com", "--proxy-upstream", "compose", "--dir",
            folder.path,
        ])
        #expect(run.exitCode == 0, "\(run)")
        #expect(try folder.read("docker-compose.prod.yml").contains("  caddy:\n"))
        #expect(try folder.read("Caddyfile").contains("reverse_proxy simstudio:3000 {"))
        #expect(run.stdout.contains("docker compose -f docker-compose.prod.yml restart caddy"))
    }

    @Test(
        "a hostile domain in the spec stops generate with exit 1 and a located error, for both proxies",
        arguments: ["caddy", "nginx"])
    func hostileDomain(_ proxy: String) throws {
        let folder = try TemporaryDirectory()
        try folder.write(
            "simdeploy.yaml",
            "version: 1\nurl: \"https://a.example.com; include /etc/passwd\"\nproxy:\n  type: \(proxy)\n")
        let run = try CommandRunner.run(["generate", "--dir", folder.path])
        #expect(run.exitCode == 1)
        #expect(run.stderr.contains("simdeploy.yaml:2:6: error: url: 'https://a.example.com; include /etc/passwd'"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["simdeploy.yaml"])
    }

    @Test("nginx in compose and a bad --acme-email are usage errors")
    func usageErrors() throws {
        for arguments in [
            ["init", "--proxy", "nginx", "--proxy-upstream", "compose"],
            ["init", "--non-interactive", "--domain", "sim.example.com", "--acme-email", "ops@example.com;x"],
        ] {
            let run = try CommandRunner.run(arguments)
            #expect(run.exitCode == 2, "\(run)")
        }
    }
}
