/// The boxes and arrows of an `InstallTopology`, decided once for both Mermaid and Graphviz.
struct TopologyPicture: Hashable, Sendable {
    enum Shape: Hashable, Sendable { case box, rounded, cylinder }

    /// How a box is drawn beyond its shape.
    enum Look: Hashable, Sendable {
        case normal
        /// A service its compose profile does not start.
        case inactive
        /// A server the install does not run.
        case external
    }

    struct Box: Hashable, Sendable {
        var id: String
        /// The first line is the name; the rest are facts about it.
        var lines: [String]
        var shape: Shape = .box
        var look: Look = .normal
    }

    enum Line: Hashable, Sendable {
        case solid
        /// Waits for, or talks to: not traffic from browsers.
        case dashed
        /// No arrowhead: a mount.
        case plain
    }

    struct Arrow: Hashable, Sendable {
        var from: String
        var to: String
        var label: String
        var line: Line = .solid
    }

    var title: String
    /// Browser, a proxy on the host, external servers.
    var outside: [Box]
    var clusterTitle: String
    /// Services and volumes of the compose project.
    var inside: [Box]
    var arrows: [Arrow]
}

extension TopologyPicture {
    init(_ topology: InstallTopology) {
        title = "\(topology.name): \(topology.url)"
        clusterTitle = "compose project \(topology.name)"
        var outside = [Box(id: "browser", lines: ["Browser"], shape: .rounded)]
        var arrows: [Arrow] = []
        // Where browser traffic enters: a proxy on the host, Caddy in the compose file, or the services.
        let entry = topology.proxy.map { proxy in proxy.service.map(Self.serviceID) ?? "proxy" }
        if let proxy = topology.proxy, proxy.service == nil {
            let name = proxy.kind == .nginx ? "nginx" : "Caddy"
            outside.append(
                Box(id: "proxy", lines: ["\(name) on the host", "listens :" + proxy.listens.joined(separator: ", :")]))
        }
        var origins: [String] = []
        for route in topology.routes where !origins.contains(route.origin) { origins.append(route.origin) }
        if let entry {
            arrows += origins.map { Arrow(from: "browser", to: entry, label: $0) }
            for route in topology.routes {
                let prefix = route.origin == topology.url ? "" : Self.host(of: route.origin)
                arrows.append(
                    Arrow(
                        from: entry, to: Self.serviceID(route.service),
                        label: "\(prefix)\(route.path) → \(route.upstream)"))
            }
        } else {
            arrows += topology.routes.map {
                Arrow(from: "browser", to: Self.serviceID($0.service), label: "\($0.origin)\($0.path) → \($0.upstream)")
            }
        }
        outside += topology.externals.map {
            Box(id: "ext_" + $0.id, lines: [$0.title, $0.address], look: .external)
        }
        var inside = topology.services.map(Self.box)
        inside += topology.volumes.map { Box(id: Self.volumeID($0), lines: [$0], shape: .cylinder) }
        for service in topology.services {
            let id = Self.serviceID(service.name)
            // Caddy in the compose file waits for the services it routes to; the route arrow says enough.
            let routed = Set(arrows.filter { $0.from == id }.map(\.to))
            arrows += service.dependsOn.filter { !routed.contains(Self.serviceID($0.service)) }.map {
                Arrow(from: id, to: Self.serviceID($0.service), label: "waits: \($0.condition)", line: .dashed)
            }
            arrows += service.mounts.filter(\.isVolume).map {
                Arrow(from: id, to: Self.volumeID($0.source), label: $0.target, line: .plain)
            }
        }
        let externalIDs = Set(topology.externals.map(\.id))
        arrows += topology.links.map {
            let target = externalIDs.contains($0.to) ? "ext_" + $0.to : Self.serviceID($0.to)
            return Arrow(from: Self.serviceID($0.from), to: target, label: $0.variable, line: .dashed)
        }
        self.outside = outside
        self.inside = inside
        self.arrows = arrows
    }

    private static func box(_ service: InstallTopology.Service) -> Box {
        var lines = [service.name, service.image]
        if !service.ports.isEmpty { lines.append("ports " + service.ports.joined(separator: ", ")) }
        for mount in service.mounts where !mount.isVolume {
            lines.append("mounts \(mount.source)\(mount.readOnly ? " (read-only)" : "")")
        }
        if let profile = service.profile {
            lines.append("profile \(profile)\(service.starts ? "" : ", not started")")
        }
        if service.runsOnce { lines.append("runs once") }
        if !service.secrets.isEmpty { lines += wrap("secrets: ", service.secrets) }
        return Box(id: serviceID(service.name), lines: lines, look: service.starts ? .normal : .inactive)
    }

    /// Names joined with ", " in lines of about 48 characters, the first behind `lead`.
    private static func wrap(_ lead: String, _ names: [String]) -> [String] {
        var lines: [String] = []
        var current = lead
        for name in names {
            let piece = current == lead ? name : ", " + name
            if current != lead && current.count + piece.count > 48 {
                lines.append(current + ",")
                current = name
            } else {
                current += piece
            }
        }
        return lines + [current]
    }

    /// Ids are letters, digits and `_` only, which both formats accept unquoted.
    static func serviceID(_ name: String) -> String { "svc_" + identifier(name) }
    static func volumeID(_ name: String) -> String { "vol_" + identifier(name) }

    private static func identifier(_ name: String) -> String {
        String(name.map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }

    private static func host(of origin: String) -> String {
        origin.firstRange(of: "://").map { String(origin[$0.upperBound...]) } ?? origin
    }
}
