import YAML

/// Every file an install needs besides `.env`, and the commands that follow a write.
///
/// One place lists the renderers, so adding an output kind (a proxy, Helm values) is one line here.
enum Outputs {
    static func render(_ install: Install, templates: ProxyTemplates = .embedded) throws(DiagnosticError)
        -> [RenderedFile]
    {
        var files: [RenderedFile] = []
        do {
            files.append(try ComposeRenderer().render(install))
        } catch {
            throw DiagnosticError(.error("cannot render \(ComposeRenderer.fileName): \(error)"))
        }
        switch install.proxy.kind {
        case .caddy: files += try CaddyRenderer(templates: templates).render(install)
        case .nginx: files += try NginxRenderer(templates: templates).render(install)
        case .none: break
        }
        return files
    }

    /// Commands to run after the files are written, in order.
    static func nextSteps(_ install: Install) -> [String] {
        ["docker compose -f \(ComposeRenderer.fileName) up -d"] + ProxyNextSteps.steps(install)
    }
}
