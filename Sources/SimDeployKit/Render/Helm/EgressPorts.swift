import YAML

/// Ports of the services an install calls, as NetworkPolicy egress needs them.
enum EgressPorts {
    static func port(of url: ServiceURL) -> Int {
        let afterScheme = url.text.split(separator: "://", maxSplits: 1).last ?? ""
        let authority = afterScheme.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if !authority.hasSuffix("]"), let colon = authority.lastIndex(of: ":"),
            let port = Int(authority[authority.index(after: colon)...])
        {
            return port
        }
        return url.text.lowercased().hasPrefix("https") ? 443 : 80
    }

    /// The port of `redis[s]://[user:password@]host[:port][/db]`, 6379 when absent or unreadable.
    static func redis(_ url: String?) -> Int {
        guard let url, let rest = url.split(separator: "://", maxSplits: 1).last else { return 6379 }
        let authority = rest.prefix { $0 != "/" }
        let hostPort = authority.split(separator: "@").last ?? authority
        guard !hostPort.hasSuffix("]"), let colon = hostPort.lastIndex(of: ":"),
            let port = Int(hostPort[hostPort.index(after: colon)...]), (1...65535).contains(port)
        else { return 6379 }
        return port
    }

    static func rule(cidr: String, port: Int) -> Node {
        [
            "to": [["ipBlock": ["cidr": .string(cidr)]]],
            "ports": [["port": .int(port), "protocol": "TCP"]],
        ]
    }
}
