/// GitHub Actions workflow commands: each finding becomes an annotation on the pull request.
///
/// `::error file=.env,line=3,col=1,title=duplicate-key::A is already set on line 1…`. Data is escaped
/// as the runner expects (`%`, CR, LF; in properties also `:` and `,`).
public struct GitHubActionsReporter: Reporter {
    public static let identifier = "github"
    public static let summary = "GitHub Actions workflow commands (::error file=…,line=…::), annotations on the PR."

    public init() {}

    public func report(_ run: LintReport) -> String {
        var out = ""
        for diagnostic in run.diagnostics {
            let command: String
            switch diagnostic.severity {
            case .error: command = "error"
            case .warning: command = "warning"
            case .note: command = "notice"
            }
            var properties: [String] = []
            if let location = diagnostic.location {
                properties += [
                    "file=" + Self.escapeProperty(location.file), "line=\(location.line)", "col=\(location.column)",
                ]
            }
            if !diagnostic.code.isEmpty { properties.append("title=" + Self.escapeProperty(diagnostic.code)) }
            var message = diagnostic.message
            if let fix = diagnostic.fix { message += "\nfix: " + fix }
            out += "::\(command) \(properties.joined(separator: ","))::\(Self.escapeData(message))\n"
        }
        return out
    }

    static func escapeData(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func escapeProperty(_ text: String) -> String {
        var out = ""
        for scalar in escapeData(text).unicodeScalars {
            switch scalar {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
