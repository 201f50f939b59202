import YAML

extension InstallTopology {
    static func proxyNode(_ install: Install, services: [Service]) -> ProxyNode? {
        switch install.proxy.kind {
        case .none:
            return nil
        case .caddy where install.proxy.runsInCompose:
            let caddy = services.first { $0.name == "caddy" }
            return ProxyNode(kind: .caddy, service: "caddy", listens: caddy?.ports ?? [])
        case .caddy, .nginx:
            return ProxyNode(kind: install.proxy.kind, service: nil, listens: ["80", "443"])
        }
    }

    /// What browsers reach: through the proxy, `/` goes to the app and `/socket.io/` to realtime, on the
    /// app host and on realtime's own host when it has one; without a proxy, the published ports.
    static func routes(_ install: Install) -> [Route] {
        let origin = install.url.description
        guard install.proxy.kind != .none else {
            // No proxy in the spec: whatever fronts the install must route these to the published ports.
            return [
                Route(origin: origin, path: "/", service: "simstudio", upstream: "port 3000"),
                Route(origin: origin, path: "/socket.io/", service: "realtime", upstream: "port 3002"),
            ]
        }
        let upstreams = ProxyUpstreams(install)
        var routes = [
            Route(origin: origin, path: "/", service: "simstudio", upstream: upstreams.app),
            Route(origin: origin, path: "/socket.io/", service: "realtime", upstream: upstreams.realtime),
        ]
        if let host = install.proxy.realtimeHost {
            let realtime = PublicURL(scheme: install.url.scheme, host: host).description
            routes.append(
                Route(origin: realtime, path: "/socket.io/", service: "realtime", upstream: upstreams.realtime))
        }
        return routes
    }

    /// Servers outside the compose file, and who reaches them; also the app's link to a bundled Ollama,
    /// which it uses without waiting for it.
    static func connections(_ install: Install, services: [Service], compose: Node.Mapping)
        -> ([External], [Link])
    {
        var externals: [External] = []
        var links: [Link] = []
        func users(of variable: String) -> [String] {
            services.map(\.name).filter { name in
                compose["services"]?.mapping?[name]?.mapping?["environment"]?.mapping?[variable] != nil
            }
        }
        if case .external(let db) = install.database {
            externals.append(External(id: "postgres", title: "PostgreSQL (external)", address: "\(db.host):\(db.port)"))
            links += users(of: "DATABASE_URL").map { Link(from: $0, to: "postgres", variable: "DATABASE_URL") }
        }
        if install.redis == .external {
            externals.append(External(id: "redis", title: "Redis (external)", address: "REDIS_URL in .env"))
            links += users(of: "REDIS_URL").map { Link(from: $0, to: "redis", variable: "REDIS_URL") }
        }
        switch install.ollama {
        case .none: break
        case .external(let url):
            externals.append(External(id: "ollama", title: "Ollama (external)", address: url.text))
            links += users(of: "OLLAMA_URL").map { Link(from: $0, to: "ollama", variable: "OLLAMA_URL") }
        case .gpu, .cpu:
            // Both profiles answer as `ollama`; the link goes to the one COMPOSE_PROFILES starts.
            let target = services.first { $0.name.hasPrefix("ollama") && $0.starts }?.name ?? "ollama"
            links += users(of: "OLLAMA_URL").map { Link(from: $0, to: target, variable: "OLLAMA_URL") }
        }
        return (externals, links)
    }
}
