import YAML

/// One layer of chart values: a built-in preset from `helm/presets/`, or an operator's preset file.
///
/// Layers apply in order over the chart's own defaults, and simdeploy's typed settings go on top:
/// chart `values.yaml` < ingress controller preset < cloud preset < `kubernetes.presets`, in order
/// < `simdeploy.yaml`. The merge is Helm's own (`ValuesMerge`), so a preset means the same here as
/// it would passed to `helm -f`.
public struct HelmPreset: Hashable, Sendable {
    /// How messages name the file: `helm/presets/aws.yaml (built in)` or the operator's path.
    public var name: String
    public var values: Node
    /// The source, so a finding can show its line.
    private var lines: [Substring]

    public init(name: String, values: Node, text: String = "") {
        self.name = name
        self.values = values
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// A finding at `mark` in this file, with the line it points into.
    func diagnostic(_ severity: Diagnostic.Severity, _ message: String, at mark: Mark?, fix: String?) -> Diagnostic {
        var sourceLine: String?
        if let mark, mark.line >= 1, mark.line <= lines.count { sourceLine = String(lines[mark.line - 1]) }
        return Diagnostic(
            severity, message, at: SourceLocation(mark: mark, file: name), fix: fix, sourceLine: sourceLine)
    }

    /// Parses a preset file; it must be a mapping of chart values.
    public static func parse(_ text: String, name: String) throws(DiagnosticError) -> HelmPreset {
        let root: Node?
        do {
            root = try Parser.parse(text, fileName: name)
        } catch {
            throw DiagnosticError(error.diagnostic)
        }
        guard let root else { return HelmPreset(name: name, values: .mapping([]), text: text) }
        let preset = HelmPreset(name: name, values: root, text: text)
        guard case .mapping = root else {
            throw DiagnosticError(
                preset.diagnostic(
                    .error, "a preset must be a mapping of chart values", at: root.mark,
                    fix: "start it with top-level chart keys such as `global:` or `app:`"))
        }
        return preset
    }

    /// The built-in presets for an install: its ingress controller's, then its cloud's.
    static func builtIn(cloud: Cloud, ingress: IngressController?) -> [HelmPreset] {
        var presets: [HelmPreset] = []
        if let ingress { presets.append(builtIn("ingress-\(ingress.rawValue)")) }
        presets.append(builtIn(cloud.rawValue))
        return presets
    }

    /// Path of a built-in preset in the repository (and in messages).
    static func builtInPath(_ stem: String) -> String { "helm/presets/\(stem).yaml" }

    private static func builtIn(_ stem: String) -> HelmPreset {
        let name = "\(builtInPath(stem)) (built in)"
        // The files are compiled in and parsed by a test, so a failure here is a build defect.
        guard let preset = try? parse(String(decoding: bytes(stem), as: UTF8.self), name: name) else {
            preconditionFailure("\(name) does not parse")
        }
        return preset
    }

    private static func bytes(_ stem: String) -> [UInt8] {
        switch stem {
        case "aws": PackageResources.aws_yaml
        case "azure": PackageResources.azure_yaml
        case "gcp": PackageResources.gcp_yaml
        case "generic": PackageResources.generic_yaml
        case "ingress-alb": PackageResources.ingress_alb_yaml
        case "ingress-application-gateway": PackageResources.ingress_application_gateway_yaml
        case "ingress-gce": PackageResources.ingress_gce_yaml
        case "ingress-nginx": PackageResources.ingress_nginx_yaml
        case "ingress-traefik": PackageResources.ingress_traefik_yaml
        default: preconditionFailure("no built-in preset \(stem)")
        }
    }
}

extension SourceLocation {
    /// A location in `file` at `mark`, or its first line when the node was built in code.
    init(mark: Mark?, file: String) {
        self.init(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }
}
