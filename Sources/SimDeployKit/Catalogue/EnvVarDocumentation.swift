/// The page `simdeploy explain NAME` prints for an environment variable.
public enum EnvVarDocumentation {
    public static func page(_ variable: EnvVar) -> String {
        var out = "\(variable.name)\n  \(variable.summary)\n\n"
        out += "  category:  \(variable.category.rawValue)\n"
        out += "  format:    \(describe(variable.format))\n"
        out += "  secret:    \(variable.isSecret ? "yes (never printed; keep the file mode 0600)" : "no")\n"
        out += "  read by:   \(variable.consumers.joined(separator: ", "))\n"
        if !variable.requiredOn.isEmpty {
            out +=
                "  required:  on \(variable.requiredOn.sorted().map(\.rawValue).joined(separator: " and ")) installs\n"
        } else if let when = variable.requiredWhen {
            out += "  required:  \(when)\n"
        } else {
            out += "  required:  no\n"
        }
        switch variable.rotation {
        case .free: break
        case .rotatable(let consequence): out += "  changing:  allowed; \(consequence)\n"
        case .dataBound(let consequence): out += "  changing:  never after first start; \(consequence)\n"
        }
        if let field = variable.specField { out += "  set by:    simdeploy.yaml \(field)\n" }
        return out
    }

    static func describe(_ format: EnvVar.Format) -> String {
        switch format {
        case .text: "text"
        case .hex64: "exactly 64 hex characters (openssl rand -hex 32)"
        case .min32: "at least 32 characters (openssl rand -hex 32)"
        case .url: "absolute http(s) URL"
        case .origin: "origin: scheme, host and optional port, no path or trailing slash"
        case .boolean: "true or false (only true and 1 count as on)"
        case .integer: "whole number"
        case .choice(let values): "one of " + values.joined(separator: ", ")
        case .csv: "comma-separated list"
        case .postgresURL: "postgresql://user:password@host:port/database (URL-safe password)"
        case .redisURL: "redis:// or rediss:// URL"
        }
    }
}
