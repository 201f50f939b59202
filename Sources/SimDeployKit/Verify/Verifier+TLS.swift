extension Verifier {
    /// Days before expiry below which a valid certificate is a warning: renewal should have happened by now.
    static let renewalWarningDays = 14

    /// Whether the certificate of an `https` origin verifies, names the host and is not about to expire.
    func certificate(_ origin: PublicURL, kind: VerifyCheck.Kind, _ session: inout Session) -> VerifyCheck {
        guard origin.scheme == .https else {
            return VerifyCheck(kind, .skip, "\(origin) is plain HTTP: no certificate to check")
        }
        let report: TLSReport
        do {
            report = try session.transport.inspectTLS(of: origin)
        } catch {
            // A failed handshake fails every later request on this origin the same way.
            session.unreachable[origin] = error
            return VerifyCheck(kind, .fail, error.description, fix: error.fix)
        }
        let host = origin.host.value
        let expiry = report.notAfter.map { " (\($0))" } ?? ""
        guard let problem = report.problem else {
            let days = report.daysLeft ?? Int.max
            if days < Self.renewalWarningDays {
                return VerifyCheck(
                    kind, .warn, "valid for \(host) but expires in \(days) day\(days == 1 ? "" : "s")\(expiry)",
                    fix:
                        "renewal is overdue: Caddy renews by itself, so read its log (journalctl -u caddy, or docker compose logs caddy); with certbot run sudo certbot renew --dry-run and check its timer"
                )
            }
            let until = report.notAfter.map { " until \($0)" } ?? ""
            let left = report.daysLeft.map { " (\($0) days left)" } ?? ""
            return VerifyCheck(kind, .pass, "valid for \(host)\(until)\(left), \(report.protocolVersion)")
        }
        session.acceptInvalidCertificate.insert(origin)
        return Self.certificateFailure(kind, problem, report, origin: origin)
    }

    private static func certificateFailure(
        _ kind: VerifyCheck.Kind, _ problem: TLSReport.Problem, _ report: TLSReport, origin: PublicURL
    ) -> VerifyCheck {
        let host = origin.host.value
        let subject = report.subject.map { " (\($0))" } ?? ""
        switch problem {
        case .expired:
            let ago = report.daysLeft.map { " \(-$0) day\($0 == -1 ? "" : "s") ago" } ?? ""
            return VerifyCheck(
                kind, .fail, "the certificate for \(host) expired\(report.notAfter.map { " on \($0)" } ?? "")\(ago)",
                fix:
                    "renew it: Caddy renews by itself once it can reach Let's Encrypt on ports 80/443 (read its log); with certbot run sudo certbot renew and reload nginx"
            )
        case .notYetValid:
            return VerifyCheck(
                kind, .fail, "the certificate for \(host) is not valid yet",
                fix: "check the clock of this machine and of the server (timedatectl)")
        case .wrongHost:
            return VerifyCheck(
                kind, .fail, "the certificate\(subject) does not name \(host): \(report.verifyMessage)",
                fix:
                    "issue a certificate that lists \(host) (Caddy and certbot do once DNS points here), or fix the DNS record that sends \(host) to another server"
            )
        case .untrusted:
            return VerifyCheck(
                kind, .fail, "the certificate for \(host) is not trusted: \(report.verifyMessage)",
                fix:
                    "serve the full chain from a public CA (nginx: ssl_certificate fullchain.pem, not cert.pem); for a private CA pass its certificate with --ca-file"
            )
        case .other:
            return VerifyCheck(
                kind, .fail, "the certificate for \(host) failed verification: \(report.verifyMessage)",
                fix: "inspect it with: openssl s_client -connect \(host):\(origin.connectPort) -servername \(host)")
        }
    }
}
