import YAML

/// Every file an install needs besides `.env`, and the commands that follow a write.
///
/// One place lists the renderers, so adding an output kind (a proxy, Helm values) is one line here.
enum Outputs {
    static func render(
        _ install: Install, inputs: RenderInputs = RenderInputs(), templates: ProxyTemplates = .embedded
    ) throws(DiagnosticError)
        -> [RenderedFile]
    {
        var files: [RenderedFile] = []
        do {
            switch install.target {
            case .compose:
                files.append(try ComposeRenderer().render(install))
            case .kubernetes(let options):
                files.append(try HelmValuesRenderer().render(install, options: options, inputs: inputs))
                if case .existingSecret = options.secrets {
                    files.append(try KubernetesSecretRenderer().render(install, options: options, env: inputs.env))
                }
                if options.ingress?.controller == .gce {
                    files.append(try GKEIngressRenderer().render(install, options: options))
                }
            }
        } catch {
            throw DiagnosticError(.error("cannot render the \(install.target.name) files: \(error)"))
        }
        switch install.proxy.kind {
        case .caddy: files += try CaddyRenderer(templates: templates).render(install)
        case .nginx: files += try NginxRenderer(templates: templates).render(install)
        case .none: break
        }
        return files
    }

    /// Commands to run after the files are written, in order.
    static func nextSteps(_ install: Install, inputs: RenderInputs = RenderInputs()) -> [String] {
        switch install.target {
        case .compose:
            ["docker compose -f \(ComposeRenderer.fileName) up -d"] + ProxyNextSteps.steps(install)
        case .kubernetes(let options):
            KubernetesCommands(naming: ChartNaming(install: install, options: options)).nextSteps(inputs: inputs)
        }
    }
}
