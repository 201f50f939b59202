/// The template text each proxy renderer fills: the built-in ones, or the operator's own.
public struct ProxyTemplates: Hashable, Sendable {
    /// One template file; its name is the file an operator puts in `proxy.templates` to replace it.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case caddyfile = "Caddyfile.tmpl"
        case nginxSite = "nginx-site.conf.tmpl"
        case nginxBootstrap = "nginx-bootstrap.conf.tmpl"

        /// The templates a proxy kind reads.
        static func used(by proxy: Proxy.Kind) -> [Kind] {
            switch proxy {
            case .caddy: [.caddyfile]
            case .nginx: [.nginxSite, .nginxBootstrap]
            case .none: []
            }
        }
    }

    /// A template's text and the name errors point at.
    public struct Source: Hashable, Sendable {
        public var text: String
        public var fileName: String

        public init(text: String, fileName: String) {
            self.text = text
            self.fileName = fileName
        }
    }

    private var sources: [Kind: Source]

    public subscript(kind: Kind) -> Source {
        get { sources[kind] ?? Self.builtIn(kind) }
        set { sources[kind] = newValue }
    }

    /// The templates compiled into simdeploy from `templates/`.
    public static let embedded = ProxyTemplates(sources: [:])

    private static func builtIn(_ kind: Kind) -> Source {
        let bytes: [UInt8] =
            switch kind {
            case .caddyfile: PackageResources.Caddyfile_tmpl
            case .nginxSite: PackageResources.nginx_site_conf_tmpl
            case .nginxBootstrap: PackageResources.nginx_bootstrap_conf_tmpl
            }
        return Source(text: String(decoding: bytes, as: UTF8.self), fileName: "templates/\(kind.rawValue)")
    }

    /// Parses one template for `Format`, turning syntax errors into located diagnostics.
    func template<Format>(_ kind: Kind, for format: Format.Type) throws(DiagnosticError) -> Template<Format> {
        let source = self[kind]
        do {
            return try Template<Format>(source.text, fileName: source.fileName)
        } catch {
            throw DiagnosticError(error.diagnostics)
        }
    }
}
