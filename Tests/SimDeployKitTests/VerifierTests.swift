import Testing

@testable import SimDeployKit

/// The judgement of each `verify` check, against a server described in code (`FakeSim`).
@Suite("verify checks")
struct VerifierTests {
    func run(_ sim: FakeSim, url: String = "https://sim.example.com", realtime: String? = nil) throws -> VerifyReport {
        let target = VerifyTarget(
            url: try PublicURL(parsing: url), realtimeURL: try realtime.map { try PublicURL(parsing: $0) })
        return Verifier(transport: sim.transport, random: FixedBytes()).run(target)
    }

    func check(_ report: VerifyReport, _ kind: VerifyCheck.Kind) -> VerifyCheck? {
        report.checks.first { $0.kind == kind }
    }

    @Test("a healthy install passes every check, in the documented order")
    func healthy() throws {
        let report = try run(FakeSim())
        #expect(
            report.checks.map(\.kind) == [
                .tls, .app, .socketIOPolling, .websocket, .realtimeHealth, .httpsRedirect, .securityHeaders,
            ])
        #expect(report.checks.allSatisfy { $0.status == .pass }, "\(report.checks)")
        #expect(!report.hasFailure)
        #expect(check(report, .tls)?.message == "valid for sim.example.com until 2027-02-27 (90 days left), TLSv1.3")
    }

    @Test("an expired certificate fails, and the routing checks still run without verification")
    func expired() throws {
        var sim = FakeSim()
        sim.certificate = .success(
            TLSReport(
                problem: .expired, verifyMessage: "certificate has expired", notAfter: "2026-10-30", daysLeft: -30))
        let report = try run(sim)
        #expect(check(report, .tls)?.status == .fail)
        #expect(check(report, .tls)?.message == "the certificate for sim.example.com expired on 2026-10-30 30 days ago")
        #expect(check(report, .tls)?.fix?.contains("certbot renew") == true)
        #expect(check(report, .app)?.status == .pass)
        #expect(check(report, .websocket)?.status == .pass)
        #expect(report.hasFailure)
    }

    @Test("a certificate for another host fails with the host in the message")
    func wrongHost() throws {
        var sim = FakeSim()
        sim.certificate = .success(
            TLSReport(
                problem: .wrongHost, verifyMessage: "hostname mismatch", notAfter: "2027-01-01", daysLeft: 30,
                subject: "/CN=other.example"))
        let tls = check(try run(sim), .tls)
        #expect(tls?.status == .fail)
        #expect(tls?.message == "the certificate (/CN=other.example) does not name sim.example.com: hostname mismatch")
    }

    @Test("a certificate with less than 14 days left is a warning, not a failure")
    func expiring() throws {
        var sim = FakeSim()
        sim.certificate = .success(TLSReport(problem: nil, verifyMessage: "ok", notAfter: "2026-12-04", daysLeft: 5))
        let report = try run(sim)
        #expect(check(report, .tls)?.status == .warn)
        #expect(check(report, .tls)?.message == "valid for sim.example.com but expires in 5 days (2026-12-04)")
        #expect(!report.hasFailure)
    }

    @Test("when nothing answers, the first check fails and the others are skipped instead of repeating it")
    func unreachable() throws {
        var sim = FakeSim()
        sim.unreachable = .connect(address: "sim.example.com:443", reason: "Connection refused")
        let report = try run(sim)
        #expect(check(report, .tls)?.status == .fail)
        #expect(check(report, .tls)?.message == "cannot connect to sim.example.com:443: Connection refused")
        let rest = report.checks.dropFirst().filter { $0.kind != .httpsRedirect }
        #expect(rest.allSatisfy { $0.status == .skip }, "\(rest)")
        #expect(check(report, .httpsRedirect)?.status == .warn)
    }

    @Test("a host that does not resolve fails once; port 80 is not asked about either")
    func unresolved() throws {
        var sim = FakeSim()
        sim.unreachable = .resolve(host: "sim.example.com", reason: "Name or service not known")
        let report = try run(sim)
        #expect(check(report, .tls)?.status == .fail)
        #expect(report.checks.dropFirst().allSatisfy { $0.status == .skip }, "\(report.checks)")
    }

    @Test("a plain-HTTP install has no certificate, redirect or HSTS to check")
    func plainHTTP() throws {
        var sim = FakeSim()
        sim.servesPlainHTTP = true
        sim.page.headers.removeAll { $0.is("Strict-Transport-Security") }
        let report = try run(sim, url: "http://sim.example.com")
        #expect(check(report, .tls)?.status == .skip)
        #expect(check(report, .httpsRedirect)?.status == .skip)
        #expect(check(report, .securityHeaders)?.status == .pass)
        #expect(!report.hasFailure)
    }

    @Test("an app that answers / but not /api/health is a warning; a 502 is a failure")
    func app() throws {
        var sim = FakeSim()
        sim.health = HTTPResponse(status: 404, headers: [HTTPHeader("Content-Type", "text/html")])
        #expect(check(try run(sim), .app)?.status == .warn)
        sim.health = HTTPResponse(status: 502)
        sim.page = HTTPResponse(status: 502)
        let app = check(try run(sim), .app)
        #expect(app?.status == .fail)
        #expect(app?.message == "GET /api/health → 502; GET / → 502")
        #expect(app?.fix?.contains("docker compose logs simstudio") == true)
    }

    @Test("a handshake answered by the app (HTML) fails with the route to add")
    func handshakeReachesApp() throws {
        var sim = FakeSim()
        sim.polling = HTTPResponse(
            status: 200, headers: [HTTPHeader("Content-Type", "text/html")], body: Array("<html>Sim</html>".utf8))
        let polling = check(try run(sim), .socketIOPolling)
        #expect(polling?.status == .fail)
        #expect(
            polling?.message
                == "GET /socket.io/?EIO=4&transport=polling → 200 text/html (<html>Sim</html>): not an Engine.IO answer, so the request did not reach realtime"
        )
        #expect(polling?.fix == Verifier.routeFix)
    }

    @Test("realtime down behind the proxy fails with the compose commands to look at")
    func realtimeDown() throws {
        var sim = FakeSim()
        sim.polling = HTTPResponse(status: 502)
        #expect(check(try run(sim), .socketIOPolling)?.fix == Verifier.realtimeDownFix)
    }

    @Test(
        "a websocket upgrade that is dropped, answered with a wrong accept, or silent",
        arguments: [
            (FakeSim.Upgrade.dropped, VerifyCheck.Status.fail, "realtime answered, but without the upgrade"),
            (.wrongAccept, .fail, "Sec-WebSocket-Accept does not match the key sent"),
            (.silent, .warn, "no Engine.IO open packet followed"),
        ])
    func websocket(_ upgrade: FakeSim.Upgrade, _ status: VerifyCheck.Status, _ words: String) throws {
        var sim = FakeSim()
        sim.upgrade = upgrade
        let websocket = check(try run(sim), .websocket)
        #expect(websocket?.status == status)
        #expect(websocket?.message.contains(words) == true, "\(String(describing: websocket))")
    }

    @Test("realtime's /health answering JSON through the proxy is a warning")
    func healthExposed() throws {
        var sim = FakeSim()
        sim.realtimeHealth = HTTPResponse(
            status: 200, headers: [HTTPHeader("Content-Type", "application/json")], body: Array("{}".utf8))
        let health = check(try run(sim), .realtimeHealth)
        #expect(health?.status == .warn)
        #expect(health?.fix?.contains("send only /socket.io/ to realtime") == true)
    }

    @Test(
        "port 80 that does not redirect to the https origin is a warning",
        arguments: [
            HTTPResponse(status: 200),
            HTTPResponse(status: 301, headers: [HTTPHeader("Location", "http://sim.example.com/")]),
            HTTPResponse(status: 301, headers: [HTTPHeader("Location", "https://elsewhere.example/")]),
        ])
    func noRedirect(_ response: HTTPResponse) throws {
        var sim = FakeSim()
        sim.redirect = .success(response)
        #expect(check(try run(sim), .httpsRedirect)?.status == .warn)
    }

    @Test("missing security headers are listed in one warning")
    func headers() throws {
        var sim = FakeSim()
        sim.page.headers = [HTTPHeader("Content-Security-Policy", "default-src 'self'; frame-ancestors 'self'")]
        let headers = check(try run(sim), .securityHeaders)
        #expect(headers?.status == .warn)
        #expect(
            headers?.message == "GET / is missing Strict-Transport-Security, X-Content-Type-Options, Referrer-Policy")
    }

    @Test("a separate realtime host gets its own certificate check, and Socket.IO is asked there")
    func realtimeHost() throws {
        let report = try run(FakeSim(), realtime: "https://ws.sim.example.com")
        #expect(report.checks.map(\.kind).prefix(2) == [.tls, .realtimeTLS])
        #expect(report.checks.allSatisfy { $0.status == .pass })
    }

    @Test("the redirect check accepts any https URL on the same host, and nothing else")
    func redirectTarget() throws {
        #expect(Verifier.isHTTPS("https://sim.example.com/", host: "sim.example.com"))
        #expect(Verifier.isHTTPS("https://SIM.example.com:8443/login?next=/", host: "sim.example.com"))
        #expect(!Verifier.isHTTPS("http://sim.example.com/", host: "sim.example.com"))
        #expect(!Verifier.isHTTPS("https://sim.example.com.evil.example/", host: "sim.example.com"))
    }
}

/// Bytes 0, 1, 2, ... so websocket keys are stable.
struct FixedBytes: RandomSource {
    func bytes(_ count: Int) throws(SecretError) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: $0) }
    }
}
