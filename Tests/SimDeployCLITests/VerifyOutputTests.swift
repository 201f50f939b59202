import TestSupport
import Testing

@testable import SimDeployCLI
@testable import SimDeployKit

/// The exact text and JSON `verify` prints, so a change to what operators and scripts read is a reviewed diff.
@Suite("verify output")
struct VerifyOutputTests {
    static func report() throws -> VerifyReport {
        let target = VerifyTarget(
            url: try PublicURL(parsing: "https://sim.example.com"),
            realtimeURL: try PublicURL(parsing: "https://ws.sim.example.com"))
        return VerifyReport(
            target: target,
            checks: [
                VerifyCheck(.tls, .pass, "valid for sim.example.com until 2027-02-27 (90 days left), TLSv1.3"),
                VerifyCheck(
                    .realtimeTLS, .warn, "valid for ws.sim.example.com but expires in 5 days (2026-12-04)",
                    fix: "renewal is overdue"),
                VerifyCheck(.app, .pass, "GET /api/health → 200 application/json"),
                VerifyCheck(
                    .socketIOPolling, .fail,
                    "GET /socket.io/?EIO=4&transport=polling → 404 text/html: not an Engine.IO answer",
                    fix: Verifier.routeFix),
                VerifyCheck(.websocket, .skip, "not checked: \"quoted\" reason"),
            ])
    }

    @Test("the checklist: one line per check, fixes under warnings and failures, a summary")
    func text() throws {
        assertGolden(VerifyOutput.text(try Self.report()), "verify/report.txt")
    }

    @Test("the JSON document: ok, summary counts and every check with id, status, message and fix")
    func json() throws {
        assertGolden(VerifyOutput.json(try Self.report()), "verify/report.json")
    }
}
