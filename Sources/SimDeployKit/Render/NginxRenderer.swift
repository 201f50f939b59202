/// Renders the nginx site (`nginx/sim.conf`) and the HTTP-only site certbot needs first
/// (`nginx/sim-bootstrap.conf`).
///
/// The TLS site refers to the files certbot creates: the certificate under
/// `/etc/letsencrypt/live/<app host>/` (one certificate for every host name, `--cert-name` pins
/// the folder) and the `options-ssl-nginx.conf`/`ssl-dhparams.pem` its nginx installer puts in
/// `/etc/letsencrypt`. Until those exist, the bootstrap site answers the ACME challenge alone.
public struct NginxRenderer: Sendable {
    public static let sitePath = "nginx/sim.conf"
    public static let bootstrapPath = "nginx/sim-bootstrap.conf"

    let templates: ProxyTemplates

    public init(templates: ProxyTemplates = .embedded) {
        self.templates = templates
    }

    public func render(_ install: Install) throws(DiagnosticError) -> [RenderedFile] {
        let site = try templates.template(.nginxSite, for: NginxEscaping.self)
        let bootstrap = try templates.template(.nginxBootstrap, for: NginxEscaping.self)
        let values = try Self.values(install)
        do {
            return [
                RenderedFile(path: Self.bootstrapPath, contents: try bootstrap.render(values)),
                RenderedFile(path: Self.sitePath, contents: try site.render(values)),
            ]
        } catch {
            throw DiagnosticError(error.diagnostics)
        }
    }

    static func values(_ install: Install) throws(DiagnosticError) -> [String: Template<NginxEscaping>.Value] {
        let proxy = install.proxy
        var values = TemplateValues(escape: NginxEscaping.word)
        let domain = install.url.host.value
        values.text("domain", domain, from: "url")
        values.optional("realtime_host", proxy.realtimeHost?.value, from: "proxy.realtimeHost")
        var names = [(value: domain, key: "url")]
        if let realtime = proxy.realtimeHost { names.append((realtime.value, "proxy.realtimeHost")) }
        values.list("server_names", names, separator: " ")
        values.text("cert_name", domain, from: "url")
        values.text("acme_webroot", proxy.acmeWebroot.value, from: "proxy.acmeWebroot")
        let upstreams = ProxyUpstreams(install)
        values.text("app_upstream", upstreams.app, from: "proxy.upstream")
        values.text("realtime_upstream", upstreams.realtime, from: "proxy.upstream")
        values.text("max_body_size", proxy.maxBodySize.description, from: "proxy.maxBodySize")
        return try values.finished()
    }
}
