extension Verifier {
    static let healthPath = "/api/health"

    /// The app answers its liveness endpoint through the proxy; `/` is the fallback for a proxy that
    /// routes only pages.
    func app(_ origin: PublicURL, _ session: inout Session) -> VerifyCheck {
        if let skip = session.skipIfUnreachable(origin, .app) { return skip }
        let health: HTTPResponse
        switch session.get(origin, Self.healthPath) {
        case .failure(let error): return VerifyCheck(.app, .fail, error.description, fix: error.fix)
        case .success(let response): health = response
        }
        if health.isSuccess { return VerifyCheck(.app, .pass, Self.line(Self.healthPath, health)) }
        let root = session.get(origin, "/")
        if case .success(let page) = root, page.isSuccess || page.isRedirect {
            return VerifyCheck(
                .app, .warn, "\(Self.line(Self.healthPath, health)), but \(Self.line("/", page))",
                fix:
                    "the app answers, its health endpoint does not: route every path to the app (port 3000), not only pages, so monitors can use /api/health"
            )
        }
        let rootText = (try? root.get()).map { "; \(Self.line("/", $0))" } ?? ""
        return VerifyCheck(
            .app, .fail, Self.line(Self.healthPath, health) + rootText,
            fix: [502, 503, 504].contains(health.status)
                ? "the proxy cannot reach the app: docker compose ps; docker compose logs simstudio (a first start runs migrations and can take minutes)"
                : "route / on \(origin.host) to the app on port 3000 (simdeploy generate writes a proxy config that does)"
        )
    }

    /// HSTS (on https), nosniff, a referrer policy and a framing rule, on the page browsers load.
    func securityHeaders(_ origin: PublicURL, _ session: inout Session) -> VerifyCheck {
        if let skip = session.skipIfUnreachable(origin, .securityHeaders) { return skip }
        let page: HTTPResponse
        switch session.get(origin, "/") {
        case .failure(let error): return VerifyCheck(.securityHeaders, .skip, "not checked: \(error)")
        case .success(let response): page = response
        }
        var missing: [String] = []
        if origin.scheme == .https, page.header("Strict-Transport-Security") == nil {
            missing.append("Strict-Transport-Security")
        }
        if page.header("X-Content-Type-Options")?.lowercased() != "nosniff" { missing.append("X-Content-Type-Options") }
        if page.header("Referrer-Policy") == nil { missing.append("Referrer-Policy") }
        let framing = page.header("Content-Security-Policy")?.lowercased().contains("frame-ancestors") == true
        if page.header("X-Frame-Options") == nil && !framing {
            missing.append("X-Frame-Options (or CSP frame-ancestors)")
        }
        guard !missing.isEmpty else {
            return VerifyCheck(.securityHeaders, .pass, "GET / carries every expected header")
        }
        return VerifyCheck(
            .securityHeaders, .warn, "GET / is missing \(missing.joined(separator: ", "))",
            fix:
                "set them in the proxy (simdeploy's Caddyfile and nginx site do): Caddy header { Strict-Transport-Security \"max-age=63072000\" ... }; nginx add_header Strict-Transport-Security \"max-age=63072000\" always; and the same for X-Content-Type-Options nosniff and Referrer-Policy strict-origin-when-cross-origin"
        )
    }

    /// Plain HTTP on the proxy's port 80 sends browsers to the HTTPS origin.
    func redirect(_ target: VerifyTarget, _ session: inout Session) -> VerifyCheck {
        let url = target.url
        guard url.scheme == .https else {
            return VerifyCheck(.httpsRedirect, .skip, "\(url) is plain HTTP: nothing to redirect to")
        }
        if case .resolve = session.unreachable[url] {
            return VerifyCheck(.httpsRedirect, .skip, "not checked: \(url.host) does not resolve")
        }
        let plain = PublicURL(scheme: .http, host: url.host, port: target.httpPort == 80 ? nil : target.httpPort)
        let response: HTTPResponse
        switch session.get(plain, "/") {
        case .failure(let error):
            return VerifyCheck(
                .httpsRedirect, .warn, "nothing answers \(plain): \(error)",
                fix:
                    "open port \(target.httpPort) in the firewall: visitors who type the bare name get an error otherwise, and HTTP-01 certificate renewals need it"
            )
        case .success(let value): response = value
        }
        let location = response.header("Location") ?? ""
        if response.isRedirect, Self.isHTTPS(location, host: url.host.value) {
            return VerifyCheck(.httpsRedirect, .pass, "\(plain)/ → \(response.status) \(location)")
        }
        let seen = response.isRedirect ? "\(response.status) to \(location)" : "\(response.summary) without redirecting"
        return VerifyCheck(
            .httpsRedirect, .warn, "\(plain)/ answers \(seen)",
            fix:
                "redirect port \(target.httpPort) to https://\(url.host)/ (Caddy does by itself; nginx: return 301 https://$host$request_uri; in the port-80 server simdeploy writes)"
        )
    }

    /// Whether `location` is an `https` URL on `host` (any port, any path).
    static func isHTTPS(_ location: String, host: String) -> Bool {
        guard location.lowercased().hasPrefix("https://") else { return false }
        let authority = location.dropFirst("https://".count).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let name = authority.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
        return name.lowercased() == host
    }
}
