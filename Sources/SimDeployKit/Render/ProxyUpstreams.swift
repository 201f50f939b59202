/// The `host:port` addresses a proxy forwards to, wherever it runs.
struct ProxyUpstreams {
    var app: String
    var realtime: String

    init(_ install: Install) {
        if install.proxy.runsInCompose {
            app = "simstudio:3000"
            realtime = "realtime:3002"
            return
        }
        // The proxy on the host reaches the ports where compose publishes them.
        var address = IPv4Address.loopback
        if case .compose(let options) = install.target, let listen = options.listen, listen != .any {
            address = listen
        }
        app = "\(address):3000"
        realtime = "\(address):3002"
    }
}
