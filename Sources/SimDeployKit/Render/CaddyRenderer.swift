/// Renders the `Caddyfile`: automatic HTTPS for the public host, `/socket.io/*` to realtime,
/// everything else to the app, and realtime's own host when it has one.
///
/// Caddy on the host reaches the ports compose publishes (on 127.0.0.1, not `localhost`, which
/// can resolve to `::1` where nothing listens); Caddy as a compose service reaches the services
/// by name on the compose network.
public struct CaddyRenderer: Sendable {
    public static let fileName = "Caddyfile"

    let templates: ProxyTemplates

    public init(templates: ProxyTemplates = .embedded) {
        self.templates = templates
    }

    public func render(_ install: Install) throws(DiagnosticError) -> [RenderedFile] {
        let template = try templates.template(.caddyfile, for: CaddyEscaping.self)
        let values = try Self.values(install)
        do {
            return [RenderedFile(path: Self.fileName, contents: try template.render(values))]
        } catch {
            throw DiagnosticError(error.diagnostics)
        }
    }

    static func values(_ install: Install) throws(DiagnosticError) -> [String: Template<CaddyEscaping>.Value] {
        let proxy = install.proxy
        var values = TemplateValues(escape: CaddyEscaping.token)
        values.text("domain", install.url.host.value, from: "url")
        values.optional("realtime_host", proxy.realtimeHost?.value, from: "proxy.realtimeHost")
        values.optional("acme_email", proxy.acmeEmail?.value, from: "proxy.acmeEmail")
        let upstreams = ProxyUpstreams(install)
        values.text("app_upstream", upstreams.app, from: "proxy.upstream")
        values.text("realtime_upstream", upstreams.realtime, from: "proxy.upstream")
        // Caddy reads `M` as 10^6 bytes; `MiB` matches what nginx reads from the same spec value.
        let size = proxy.maxBodySize
        values.text("max_body_size", "\(size.amount)\(size.unit.rawValue)iB", from: "proxy.maxBodySize")
        return try values.finished()
    }
}
