import TestSupport
import Testing

@testable import SimDeployKit

@Suite("proxy options in the spec")
struct ProxySpecTests {
    static func load(_ proxy: String, url: String = "https://sim.example.com") throws -> SpecLoader.Loaded {
        try SpecLoader.load("version: 1\nurl: \(url)\nproxy:\n\(proxy)")
    }

    static func errors(_ spec: String) -> [Diagnostic] {
        do {
            _ = try SpecLoader.load(spec)
            return []
        } catch {
            return error.diagnostics.filter { $0.severity == .error }
        }
    }

    @Test("defaults: on the host, 250M bodies, certbot's usual webroot, built-in templates")
    func defaults() throws {
        let proxy = try Self.load("  type: caddy\n").install.proxy
        #expect(proxy.upstream == .host)
        #expect(proxy.maxBodySize == ByteSize(250, .mebibytes))
        #expect(proxy.acmeWebroot.value == "/var/www/certbot")
        #expect(proxy.templates == nil)
    }

    @Test("every proxy option survives a write and a read")
    func roundTrip() throws {
        let install = try Self.load(
            """
              type: caddy
              upstream: compose
              realtimeHost: ws.example.com
              acmeEmail: ops@example.com
              maxBodySize: 512m
              templates: proxy-templates

            """
        ).install
        #expect(install.proxy.maxBodySize == ByteSize(512, .mebibytes))
        let written = try SpecWriter.yaml(install)
        #expect(written.contains("  upstream: compose\n"))
        #expect(written.contains("  maxBodySize: 512M\n"))
        #expect(try SpecLoader.load(written).install == install)
    }

    @Test(
        "a hostile or foreign host name is refused at its line and column, for both proxies",
        arguments: ["caddy", "nginx"],
        [
            "\"https://a.example.com; include /etc/passwd\"", "\"https://a.example.com\\n  respond 200\"",
            "\"https://a{b.example.com\"", "\"https://a}b.example.com\"", "\"https://a b.example.com\"",
            "\"https://a\\\"b.example.com\"", "\"https://$host.example.com\"", "\"https://sim☃.example.com\"",
        ])
    func hostileURL(_ proxy: String, _ url: String) throws {
        let errors = Self.errors("version: 1\nurl: \(url)\nproxy:\n  type: \(proxy)\n")
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.location == SourceLocation(file: "simdeploy.yaml", line: 2, column: 6))
        #expect(errors.first?.message.hasPrefix("url: ") == true)
        #expect(errors.first?.fix != nil)
    }

    @Test(
        "hostile values in the other proxy keys are refused where they are written",
        arguments: ["caddy", "nginx"],
        [
            ("realtimeHost", "\"ws.example.com\\n  respond 200\""), ("realtimeHost", "\"ws.example.com;\""),
            ("acmeEmail", "\"ops@example.com; include x\""), ("acmeEmail", "\"o{p}s@example.com\""),
            ("acmeWebroot", "\"/var/www; include /etc/passwd\""), ("acmeWebroot", "\"/var/$host\""),
            ("acmeWebroot", "relative/path"), ("maxBodySize", "\"250M; x\""), ("templates", "\"a b\""),
        ])
    func hostileProxyValues(_ proxy: String, _ entry: (key: String, value: String)) throws {
        let spec =
            "version: 1\nurl: https://sim.example.com\nproxy:\n  type: \(proxy)\n  \(entry.key): \(entry.value)\n"
        let errors = Self.errors(spec)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.location?.line == 5)
        #expect(errors.first?.message.hasPrefix("proxy.\(entry.key): ") == true)
    }

    @Test(
        "a Unicode domain is converted, noted, and written in punycode by both proxies", arguments: ["caddy", "nginx"])
    func internationalDomain(_ proxy: String) throws {
        let loaded = try Self.load(
            "  type: \(proxy)\n  realtimeHost: ws.bücher.example\n", url: "https://bücher.example")
        #expect(loaded.install.url.description == "https://xn--bcher-kva.example")
        let notes = loaded.warnings.filter { $0.severity == .note }
        #expect(
            notes.map(\.message) == [
                "url: the host is written as xn--bcher-kva.example (punycode) in every file",
                "proxy.realtimeHost: the host is written as ws.xn--bcher-kva.example (punycode) in every file",
            ])
        let files = try Outputs.render(loaded.install)
        for file in files {
            let ascii = file.contents.unicodeScalars.allSatisfy { $0.isASCII }
            #expect(ascii, "\(file.path) has non-ASCII text")
        }
        let proxyFiles = files.filter { $0.path != ComposeRenderer.fileName }
        #expect(proxyFiles.allSatisfy { $0.contents.contains("ws.xn--bcher-kva.example") })
    }

    @Test("nginx does not run in compose")
    func nginxInCompose() {
        let errors = Self.errors(
            "version: 1\nurl: https://sim.example.com\nproxy:\n  type: nginx\n  upstream: compose\n")
        #expect(
            errors.map(\.message) == ["proxy.upstream: compose is for Caddy; nginx runs on the host, next to certbot"])
        #expect(errors.first?.location?.line == 5)
    }

    @Test("a port in the public URL cannot be served by the proxy on 443")
    func portWithProxy() {
        let errors = Self.errors("version: 1\nurl: https://sim.example.com:8443\nproxy:\n  type: caddy\n")
        #expect(errors.first?.message == "url: has port 8443, but proxy.type caddy serves HTTPS on 443")
    }

    @Test(
        "sizes take binary units and refuse anything else",
        arguments: [("250M", 250 << 20), ("1g", 1 << 30), ("512K", 512 << 10)])
    func sizes(_ text: String, _ bytes: Int) throws {
        #expect(try ByteSize(parsing: text).bytes == bytes)
    }

    @Test(
        "a size that is not a number and a unit is refused",
        arguments: ["250MB", "250", "M", "0M", "-1M", "1.5G", "99999999M"])
    func badSizes(_ text: String) {
        #expect(throws: ValueError.self) { try ByteSize(parsing: text) }
    }

    @Test("options the chosen proxy ignores draw a warning, and so does a limit under Sim's own")
    func warnings() throws {
        let none = try Self.load("  type: none\n  acmeEmail: ops@example.com\n  maxBodySize: 1G\n")
        #expect(
            none.warnings.map(\.message) == [
                "proxy.acmeEmail: is ignored with `type: none`", "proxy.maxBodySize: is ignored with `type: none`",
            ])
        let caddy = try Self.load("  type: caddy\n  acmeWebroot: /srv/acme\n  maxBodySize: 100M\n")
        #expect(
            caddy.warnings.map(\.message) == [
                "proxy.acmeWebroot: is ignored without nginx: Caddy answers ACME challenges itself",
                "proxy.maxBodySize: 100M is below Sim's own 220 MB request limit; larger uploads fail with 413",
            ])
    }
}
