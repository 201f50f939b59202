import YAML

extension ComposeRenderer {
    /// Pinned like Ollama; the release `validate-caddy.sh` checks the Caddyfile with.
    public static let caddyImage = "caddy:2.11.7"

    /// Caddy as a compose service (`proxy.upstream: compose`): it publishes 80 and 443 (and 443/udp
    /// for HTTP/3) and keeps its certificates and ACME account in named volumes, so a re-created
    /// container does not ask Let's Encrypt again.
    var caddy: Node {
        .mapping([
            ("image", .string(Self.caddyImage)),
            ("restart", "unless-stopped"),
            ("ports", ["80:80", "443:443", "443:443/udp"]),
            (
                "volumes",
                [
                    .string("./\(CaddyRenderer.fileName):/etc/caddy/Caddyfile:ro"), "caddy_data:/data",
                    "caddy_config:/config",
                ]
            ),
            ("depends_on", Self.dependsOn([("simstudio", "service_started"), ("realtime", "service_started")])),
        ])
    }

    static let caddyVolumes: [(String, Node)] = [("caddy_data", .emptyMapping), ("caddy_config", .emptyMapping)]
}
