/// What the operator runs after `init` or `generate` so the proxy serves the new files.
///
/// Lines starting with `#` explain the commands under them; every value comes from a typed field,
/// and is quoted for the shell anyway.
enum ProxyNextSteps {
    static func steps(_ install: Install) -> [String] {
        switch install.proxy.kind {
        case .caddy: caddy(install)
        case .nginx: nginx(install)
        case .none: []
        }
    }

    private static func caddy(_ install: Install) -> [String] {
        let dns =
            "# DNS for \(hostList(install)) must point here, ports 80 and 443 open: Caddy then gets the certificates"
        if install.proxy.runsInCompose {
            return [
                dns,
                "# the caddy service reads Caddyfile at start; after a change to it:",
                "docker compose -f \(ComposeRenderer.fileName) restart caddy",
            ]
        }
        return [
            dns,
            "sudo cp \(CaddyRenderer.fileName) /etc/caddy/Caddyfile",
            "sudo caddy validate --config /etc/caddy/Caddyfile --adapter caddyfile",
            "sudo systemctl reload caddy",
        ]
    }

    private static func nginx(_ install: Install) -> [String] {
        let site = "/etc/nginx/sites-available/sim.conf"
        let webroot = shellWord(install.proxy.acmeWebroot.value)
        return [
            "# nginx, first time and whenever the host names change (DNS for \(hostList(install)) must point here):",
            "sudo mkdir -p \(webroot)",
            "sudo cp \(NginxRenderer.bootstrapPath) \(site)",
            "sudo ln -sf \(site) /etc/nginx/sites-enabled/sim.conf",
            "sudo nginx -t && sudo systemctl reload nginx",
            certbotCommand(install),
            "# then, and after every change to \(NginxRenderer.sitePath):",
            "sudo cp \(NginxRenderer.sitePath) \(site)",
            "sudo nginx -t && sudo systemctl reload nginx",
        ]
    }

    /// `certonly --webroot` proves the names through the bootstrap site. `-i nginx` prepares
    /// certbot's nginx installer, which puts `options-ssl-nginx.conf` and `ssl-dhparams.pem` in
    /// /etc/letsencrypt and reloads nginx after every renewal; it does not edit the site files.
    static func certbotCommand(_ install: Install) -> String {
        let domain = shellWord(install.url.host.value)
        var words = [
            "sudo certbot certonly --webroot -w \(shellWord(install.proxy.acmeWebroot.value)) -i nginx",
            "--cert-name \(domain) -d \(domain)",
        ]
        if let realtime = install.proxy.realtimeHost { words.append("-d \(shellWord(realtime.value))") }
        if let email = install.proxy.acmeEmail {
            words.append("--email \(shellWord(email.value))")
        } else {
            words.append("--register-unsafely-without-email")
        }
        words.append("--agree-tos -n")
        return words.joined(separator: " ")
    }

    private static func hostList(_ install: Install) -> String {
        ([install.url.host] + (install.proxy.realtimeHost.map { [$0] } ?? [])).map(\.value).joined(separator: " and ")
    }

    /// `text` as one shell word: as is when it holds only safe characters, else single-quoted.
    static func shellWord(_ text: String) -> String {
        let safe = !text.isEmpty && text.utf8.allSatisfy { isAlphanumeric($0) || "._-+/@%:=,".utf8.contains($0) }
        if safe { return text }
        return "'" + text.replacing("'", with: "'\\''") + "'"
    }
}
