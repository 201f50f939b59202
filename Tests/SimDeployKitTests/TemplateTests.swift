import Testing

@testable import SimDeployKit

@Suite("templates")
struct TemplateTests {
    typealias Caddy = Template<CaddyEscaping>

    static func text(_ value: String) throws -> Caddy.Value {
        .text(try CaddyEscaping.token(value))
    }

    @Test("fills placeholders and keeps or drops sections, tag lines and comments included")
    func rendersSections() throws {
        let template = try Caddy(
            """
            {{! a comment for the template's reader }}
            {{domain}} {
            {{#email}}
            \temail {{email}}
            {{/email}}
            {{^email}}
            \t# no e-mail
            {{/email}}
            }

            """, fileName: "t.tmpl")
        let with = try template.render(["domain": Self.text("a.example.com"), "email": Self.text("ops@example.com")])
        #expect(with == "a.example.com {\n\temail ops@example.com\n}\n")
        let without = try template.render(["domain": Self.text("a.example.com"), "email": .flag(false)])
        #expect(without == "a.example.com {\n\t# no e-mail\n}\n")
    }

    @Test("ends with exactly one newline, however the template ends")
    func oneTrailingNewline() throws {
        for source in ["x", "x\n", "x\n\n\n", "x\n{{#off}}\ny\n{{/off}}\n\n"] {
            let rendered = try Caddy(source, fileName: "t.tmpl").render(["off": .flag(false)])
            #expect(rendered == "x\n", "\(source.debugDescription)")
        }
    }

    @Test("an unknown name is an error at its line and column, with the closest known name")
    func unknownName() throws {
        let template = try Caddy("a\n  reverse_proxy {{app_upstrem}}\n", fileName: "my/Caddyfile.tmpl")
        let error = #expect(throws: TemplateError.self) {
            try template.render(["app_upstream": Self.text("127.0.0.1:3000")])
        }
        let diagnostic = try #require(error?.diagnostics.first)
        #expect(diagnostic.location == SourceLocation(file: "my/Caddyfile.tmpl", line: 2, column: 17))
        #expect(diagnostic.message == "unknown name 'app_upstrem'")
        #expect(diagnostic.fix?.hasPrefix("did you mean 'app_upstream'?") == true)
        #expect(diagnostic.sourceLine == "  reverse_proxy {{app_upstrem}}")
    }

    @Test("a name is checked even inside a section that is off")
    func unknownNameInHiddenSection() throws {
        let template = try Caddy("{{#off}}\n{{typo}}\n{{/off}}\n", fileName: "t.tmpl")
        #expect(throws: TemplateError.self) { try template.render(["off": .flag(false)]) }
    }

    @Test("a placeholder without a value fails instead of leaving a hole in the config")
    func unfilledPlaceholder() throws {
        let template = try Caddy("email {{acme_email}}\n", fileName: "t.tmpl")
        let error = #expect(throws: TemplateError.self) { try template.render(["acme_email": .flag(false)]) }
        #expect(error?.diagnostics.first?.message == "'acme_email' has no value here")
        #expect(error?.diagnostics.first?.fix == "put the line inside {{#acme_email}} ... {{/acme_email}}")
    }

    @Test(
        "syntax mistakes are all reported, each located",
        arguments: [
            ("{{#a}}\nx\n", "section 'a' is never closed", 1),
            ("x\n{{/a}}\n", "{{/a}} closes no section", 2),
            ("{{#a}}\n{{#b}}\n{{/a}}\n{{/b}}\n", "{{/a}} closes section 'b' opened on line 2", 3),
            ("x {{#a}} y {{/a}}\n", "section tags and comments stand on a line of their own", 1),
            ("x {{domain\n", "'{{' is not closed on this line", 1),
            ("{{Domain}}\n", "'Domain' is not a placeholder name", 1),
        ])
    func syntaxErrors(_ source: String, _ message: String, _ line: Int) {
        let error = #expect(throws: TemplateError.self) { try Caddy(source, fileName: "t.tmpl") }
        #expect(
            error?.diagnostics.contains { $0.message == message && $0.location?.line == line } == true,
            "\(error?.diagnostics ?? [])")
    }

    @Test("the built-in templates parse, and every name they use is one the renderers offer")
    func builtInTemplatesAreComplete() throws {
        let install = try SpecLoader.load(
            "version: 1\nurl: https://sim.example.com\nproxy: {type: nginx, realtimeHost: ws.example.com}\n"
        ).install
        let caddy = try ProxyTemplates.embedded.template(.caddyfile, for: CaddyEscaping.self)
        _ = try caddy.render(try CaddyRenderer.values(install))
        for kind in [ProxyTemplates.Kind.nginxSite, .nginxBootstrap] {
            let nginx = try ProxyTemplates.embedded.template(kind, for: NginxEscaping.self)
            _ = try nginx.render(try NginxRenderer.values(install))
        }
    }
}
