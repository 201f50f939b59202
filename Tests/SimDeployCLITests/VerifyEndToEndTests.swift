import Foundation
import TestSupport
import Testing

/// `simdeploy verify` against a real server on loopback (Python's http.server and ssl, see
/// `Support/verify_server.py`): sockets, OpenSSL, HTTP parsing and exit codes together.
@Suite("simdeploy verify end to end", .serialized)
struct VerifyEndToEndTests {
    /// The server, or `nil` with a printed reason outside CI when python3 or openssl is missing.
    func server(plain: Bool = false, cert: String = "good", break broken: String = "none") throws -> VerifyServer? {
        if let reason = VerifyServer.unavailableReason {
            if Validators.isCI {
                Issue.record("CI=true but the verify test server cannot run: \(reason)")
            } else {
                print("note: skipping a verify end-to-end test: \(reason)")
            }
            return nil
        }
        return try VerifyServer(plain: plain, cert: cert, break: broken)
    }

    /// The checklist line of a check, e.g. `  pass  App answers  GET /api/health → 200 application/json`.
    func line(_ output: String, _ title: String) -> String {
        output.split(separator: "\n").first { $0.contains("  \(title)  ") }.map(String.init) ?? ""
    }

    @Test("a healthy install behind TLS passes every check and exits 0")
    func healthy() throws {
        guard let server = try server() else { return }
        let run = try server.verify()
        #expect(run.exitCode == 0, "\(run)")
        #expect(run.stdout.contains("7 passed, 0 warnings, 0 failed, 0 skipped"), "\(run)")
        #expect(line(run.stdout, "TLS certificate").contains("valid for localhost until "))
        #expect(line(run.stdout, "TLS certificate").contains("days left), TLSv1."))
        #expect(line(run.stdout, "WebSocket upgrade").contains("→ 101 and realtime sent its open packet"))
        #expect(line(run.stdout, "HTTP redirects to HTTPS").contains("308 https://localhost:\(server.port)/"))
        #expect(run.stderr.isEmpty)
    }

    @Test("--format json lists every check in order, for automation")
    func json() throws {
        guard let server = try server(break: "no-headers") else { return }
        let run = try server.verify(["--format", "json"])
        #expect(run.exitCode == 0, "\(run)")
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let checks = object?["checks"] as? [[String: Any]] ?? []
        #expect(
            checks.compactMap { $0["id"] as? String } == [
                "tls", "app", "socketio-polling", "websocket", "realtime-health", "https-redirect", "security-headers",
            ])
        #expect(object?["ok"] as? Bool == true)
        #expect(checks.last?["status"] as? String == "warn")
        #expect((object?["summary"] as? [String: Int])?["warn"] == 1)
    }

    @Test(
        "a broken deployment fails the check it breaks, exits 1, and still runs the others",
        arguments: [
            (
                "handshake", "Socket.IO handshake (polling)",
                "not an Engine.IO answer, so the request did not reach realtime"
            ),
            ("no-upgrade", "WebSocket upgrade", "realtime answered, but without the upgrade"),
            ("wrong-accept", "WebSocket upgrade", "Sec-WebSocket-Accept does not match the key sent"),
            ("app-down", "App answers", "GET /api/health → 502 text/plain; GET / → 502 text/plain"),
        ])
    func failures(_ broken: String, _ title: String, _ words: String) throws {
        guard let server = try server(break: broken) else { return }
        let run = try server.verify()
        #expect(run.exitCode == 1, "\(run)")
        #expect(line(run.stdout, title).contains("FAIL"), "\(run.stdout)")
        #expect(line(run.stdout, title).contains(words), "\(run.stdout)")
        #expect(run.stdout.contains("        fix: "))
        #expect(line(run.stdout, "TLS certificate").contains("pass"))
    }

    @Test(
        "a weaker deployment warns and still exits 0",
        arguments: [
            ("no-headers", "Security headers", "GET / is missing Strict-Transport-Security, X-Content-Type-Options"),
            ("no-redirect", "HTTP redirects to HTTPS", "answers 200 text/html without redirecting"),
            ("health-exposed", "Realtime /health stays internal", "realtime's internal routes answer publicly"),
            ("health-404", "App answers", "GET /api/health → 404 text/html, but GET / → 200 text/html"),
        ])
    func warnings(_ broken: String, _ title: String, _ words: String) throws {
        guard let server = try server(break: broken) else { return }
        let run = try server.verify()
        #expect(run.exitCode == 0, "\(run)")
        #expect(line(run.stdout, title).contains("WARN"), "\(run.stdout)")
        #expect(line(run.stdout, title).contains(words), "\(run.stdout)")
    }

    @Test(
        "a certificate that is expired, for another host or untrusted fails TLS, and routing is still checked",
        arguments: [
            ("expired", true, "the certificate for localhost expired on "),
            ("wrong-host", true, "does not name localhost"),
            ("good", false, "the certificate for localhost is not trusted: self-signed certificate"),
        ])
    func badCertificates(_ cert: String, _ trust: Bool, _ words: String) throws {
        guard let server = try server(cert: cert) else { return }
        let run = try server.verify(trust: trust)
        #expect(run.exitCode == 1, "\(run)")
        #expect(line(run.stdout, "TLS certificate").contains("FAIL"), "\(run.stdout)")
        #expect(line(run.stdout, "TLS certificate").contains(words), "\(run.stdout)")
        #expect(line(run.stdout, "Socket.IO handshake (polling)").contains("pass"), "\(run.stdout)")
    }

    @Test("a certificate that expires within 14 days is a warning")
    func expiringCertificate() throws {
        guard let server = try server(cert: "expiring") else { return }
        let run = try server.verify()
        #expect(run.exitCode == 0, "\(run)")
        #expect(line(run.stdout, "TLS certificate").contains("WARN"))
        #expect(line(run.stdout, "TLS certificate").contains("but expires in 5 days"))
    }

    @Test("plain HTTP has no certificate or redirect to check")
    func plainHTTP() throws {
        guard let server = try server(plain: true) else { return }
        let run = try server.verify(url: "http://localhost:\(server.port)")
        #expect(run.exitCode == 0, "\(run)")
        #expect(line(run.stdout, "TLS certificate").contains("skip  TLS certificate"))
        #expect(line(run.stdout, "TLS certificate").contains("is plain HTTP: no certificate to check"))
        #expect(line(run.stdout, "HTTP redirects to HTTPS").contains("skip"))
        #expect(run.stdout.contains("5 passed, 0 warnings, 0 failed, 2 skipped"))
    }

    @Test("a separate realtime host is checked on its own origin")
    func realtimeURL() throws {
        guard let server = try server() else { return }
        let run = try server.verify(["--realtime-url", "https://127.0.0.1:\(server.port)/"])
        #expect(run.exitCode == 0, "\(run)")
        #expect(run.stdout.contains("(realtime at https://127.0.0.1:\(server.port))"))
        #expect(line(run.stdout, "TLS certificate of realtime's host").contains("valid for 127.0.0.1"))
    }

    @Test("without --url the origins come from simdeploy.yaml in --dir, realtime's own host included")
    func originsFromSpec() throws {
        guard let server = try server() else { return }
        let folder = try TemporaryDirectory()
        let created = try CommandRunner.run([
            "init", "--dir", folder.path, "--url", server.url, "--proxy", "none", "--non-interactive",
        ])
        #expect(created.exitCode == 0, "\(created)")
        let tail = ["--http-port", String(server.httpPort), "--timeout", "5", "--ca-file", server.caFile]
        let run = try CommandRunner.run(["verify", "--dir", folder.path] + tail)
        #expect(run.exitCode == 0, "\(run)")
        #expect(run.stdout.contains("7 passed, 0 warnings, 0 failed, 0 skipped"), "\(run)")

        let spec = try folder.read("simdeploy.yaml").replacing("proxy:\n", with: "proxy:\n  realtimeHost: 127.0.0.1\n")
        try folder.write("simdeploy.yaml", spec)
        // As in NEXT_PUBLIC_SOCKET_URL: the app's scheme on its default port, so nothing answers there.
        let split = try CommandRunner.run(["verify", "--dir", folder.path] + tail)
        #expect(split.stdout.hasPrefix("Verifying \(server.url) (realtime at https://127.0.0.1)"), "\(split)")
        #expect(split.exitCode == 1)
    }

    @Test("without --url and without a spec, verify says what to pass and exits 1")
    func noSpec() throws {
        let folder = try TemporaryDirectory()
        let run = try CommandRunner.run(["verify", "--dir", folder.path])
        #expect(run.exitCode == 1, "\(run)")
        #expect(run.stderr.contains("no simdeploy.yaml in \(folder.path)"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test("nothing listening fails once, skips the rest and exits 1")
    func nothingListens() throws {
        // Port 1 (tcpmux) is reserved and closed on test machines, so the connection is refused at once.
        let run = try CommandRunner.run([
            "verify", "--url", "https://127.0.0.1:1", "--http-port", "1", "--timeout", "3",
        ])
        #expect(run.exitCode == 1, "\(run)")
        #expect(line(run.stdout, "TLS certificate").contains("cannot connect to 127.0.0.1:1: Connection refused"))
        #expect(line(run.stdout, "App answers").contains("skip"))
        #expect(line(run.stdout, "WebSocket upgrade").contains("not checked: cannot connect"))
    }

    @Test(
        "a bad --url, --timeout or --ca-file is a usage error (exit 2) with the reason",
        arguments: [
            (["--url", "sim.example.com"], "--url: 'sim.example.com' is not an absolute URL"),
            (["--url", "https://sim.example.com/app"], "has a path, query, fragment or credentials"),
            (["--url", "https://sim.example.com", "--timeout", "0"], "--timeout must be between 1 and 300 seconds"),
            (
                ["--url", "https://sim.example.com", "--ca-file", "/nonexistent.pem"],
                "--ca-file /nonexistent.pem does not exist"
            ),
            (["--url", "https://sim.example.com", "--format", "yaml"], "--format"),
        ])
    func usage(_ arguments: [String], _ words: String) throws {
        let run = try CommandRunner.run(["verify"] + arguments)
        #expect(run.exitCode == 2, "\(run)")
        #expect(run.stderr.contains(words), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test("a --ca-file that is not PEM is a usage error before any request")
    func caFileNotPEM() throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write("ca.pem", "not a certificate\n")
        let run = try CommandRunner.run(["verify", "--url", "https://127.0.0.1:1", "--ca-file", file.path])
        #expect(run.exitCode == 2, "\(run)")
        #expect(run.stderr.contains("cannot load CA certificates from \(file.path)"), "\(run.stderr)")
    }
}
