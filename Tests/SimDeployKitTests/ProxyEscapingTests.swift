import Testing

@testable import SimDeployKit

@Suite("proxy escapers")
struct ProxyEscapingTests {
    /// Each would end a directive, open or close a block, start a comment, expand a variable or
    /// placeholder, or change how the next word is read, in Caddy, nginx or both.
    static let hostile = [
        "a.example.com; include /etc/passwd", "a.example.com\n  respond 200", "a.example.com\r\nx", "a{b", "a}b",
        "a b", "a\tb", "\"a\"", "'a'", "$host", "{$HOME}", "{env.HOME}", "a#b", "#a", "a\\b", "`id`", "~^.*$",
        "*.example.com", "-Server", "", "bücher.example", "a\u{0}b",
    ]

    @Test("Caddy refuses every hostile value, saying which character", arguments: hostile)
    func caddyRefuses(_ value: String) {
        let error = #expect(throws: ValueError.self) { try CaddyEscaping.token(value) }
        #expect(error?.problem.contains("Caddyfile") == true)
    }

    @Test("nginx refuses every hostile value, saying which character", arguments: hostile + [".example.com"])
    func nginxRefuses(_ value: String) {
        let error = #expect(throws: ValueError.self) { try NginxEscaping.word(value) }
        #expect(error?.problem.contains("nginx config") == true)
    }

    @Test(
        "the values simdeploy writes pass unchanged",
        arguments: [
            "sim.example.com", "xn--bcher-kva.example", "127.0.0.1:3000", "simstudio:3000", "250M", "/var/www/certbot",
        ])
    func plainValuesPass(_ value: String) throws {
        #expect(try CaddyEscaping.token(value).text == value)
        #expect(try NginxEscaping.word(value).text == value)
    }

    @Test("an e-mail address passes for Caddy, where the email option takes it")
    func emailForCaddy() throws {
        #expect(try CaddyEscaping.token("ops+certs@example.com").text == "ops+certs@example.com")
    }

    @Test("a refused value names the spec key it came from")
    func refusalNamesKey() {
        var values = TemplateValues(escape: NginxEscaping.word)
        values.text("acme_webroot", "/var/www; include /etc/passwd", from: "proxy.acmeWebroot")
        let error = #expect(throws: DiagnosticError.self) { try values.finished() }
        #expect(error?.diagnostics.first?.message.hasPrefix("proxy.acmeWebroot: ") == true)
    }
}
