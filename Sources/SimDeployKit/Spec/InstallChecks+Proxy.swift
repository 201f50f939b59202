import YAML

/// Checks of the `proxy:` options against the rest of the install.
extension InstallChecks {
    func checkProxyOptions(_ install: Install) {
        let proxy = install.proxy
        noteInternationalNames(install)
        if proxy.kind != .none, let port = install.url.port {
            context.error(
                "url", "has port \(port), but proxy.type \(proxy.kind.rawValue) serves HTTPS on 443", at: mark("url"),
                fix: "drop the port, or set proxy.type: none and route the port yourself")
        }
        if proxy.kind == .nginx, proxy.upstream == .compose {
            context.error(
                "proxy.upstream", "compose is for Caddy; nginx runs on the host, next to certbot",
                at: mark("proxy", "upstream"), fix: "set `type: caddy` to run the proxy in compose, or `upstream: host`"
            )
        }
        let ignored: [(key: String, when: Bool, reason: String)] = [
            ("upstream", proxy.kind == .none, "with `type: none`"),
            ("acmeEmail", proxy.kind == .none, "with `type: none`"),
            ("maxBodySize", proxy.kind == .none, "with `type: none`"),
            ("templates", proxy.kind == .none, "with `type: none`"),
            ("acmeWebroot", proxy.kind != .nginx, "without nginx: Caddy answers ACME challenges itself"),
        ]
        for entry in ignored where entry.when && present("proxy", entry.key) {
            context.warning(
                "proxy.\(entry.key)", "is ignored \(entry.reason)", at: mark("proxy", entry.key),
                fix: "remove it, or choose the proxy that uses it")
        }
        if proxy.kind != .none, proxy.maxBodySize.bytes < ByteSize.simLargestLimit {
            context.warning(
                "proxy.maxBodySize",
                "\(proxy.maxBodySize) is below Sim's own 220 MB request limit; larger uploads fail with 413",
                at: mark("proxy", "maxBodySize"), fix: "use \(ByteSize.proxyDefault) or more")
        }
    }

    /// Says when a Unicode host name was converted, since DNS and certificates use the `xn--` form.
    private func noteInternationalNames(_ install: Install) {
        let names: [(path: [String], host: Hostname?)] = [
            (["url"], install.url.host), (["proxy", "realtimeHost"], install.proxy.realtimeHost),
        ]
        for (path, host) in names {
            guard let host, let text = scalar(path), !text.unicodeScalars.allSatisfy(\.isASCII) else { continue }
            context.report(
                .note, path.joined(separator: "."), "the host is written as \(host) (punycode) in every file",
                at: mark(at: path), fix: "create the DNS records for \(host)")
        }
    }

    private func present(_ path: String...) -> Bool {
        scalar(path) != nil
    }

    /// The text of the scalar at a key path, when there is one.
    private func scalar(_ path: [String]) -> String? {
        var node: Node? = reader.mapping.map { .mapping($0) }
        for key in path {
            guard let mapping = node?.mapping, let pair = mapping.pair(key) else { return nil }
            node = pair.value
        }
        return node?.scalar?.value
    }
}
