/// A SARIF 2.1.0 log, the format GitHub code scanning uploads (`github/codeql-action/upload-sarif`).
///
/// The driver lists every rule with its summary, rationale and default level, so code scanning shows
/// the rule's help next to each alert. Columns count Unicode code points, as in the other formats.
public struct SARIFReporter: Reporter {
    public static let identifier = "sarif"
    public static let summary = "SARIF 2.1.0 for GitHub code scanning and other SARIF viewers."
    public static let schemaURI =
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    public static let informationURI = "https://github.com/simstudioai/sim"

    public init() {}

    public func report(_ run: LintReport) -> String {
        let ruleIndex = Dictionary(
            run.rules.enumerated().map { ($1.identifier, $0) }, uniquingKeysWith: { first, _ in first })
        let artifactIndex = Dictionary(
            run.files.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let rules: [JSONValue] = run.rules.map(Self.rule)
        let results: [JSONValue] = run.diagnostics.map { diagnostic in
            var pairs: [(String, JSONValue)] = []
            if !diagnostic.code.isEmpty {
                pairs.append(("ruleId", .string(diagnostic.code)))
                if let index = ruleIndex[diagnostic.code] { pairs.append(("ruleIndex", .int(index))) }
            }
            pairs.append(("level", .string(Self.level(diagnostic.severity))))
            var text = diagnostic.message
            if let fix = diagnostic.fix { text += " (fix: \(fix))" }
            pairs.append(("message", .object([("text", .string(text))])))
            if let location = diagnostic.location {
                var artifact: [(String, JSONValue)] = [("uri", .string(Self.uri(location.file)))]
                if let index = artifactIndex[location.file] { artifact.append(("index", .int(index))) }
                pairs.append(
                    (
                        "locations",
                        .array([
                            .object([
                                (
                                    "physicalLocation",
                                    .object([
                                        ("artifactLocation", .object(artifact)),
                                        (
                                            "region",
                                            .object([
                                                ("startLine", .int(location.line)),
                                                ("startColumn", .int(location.column)),
                                            ])
                                        ),
                                    ])
                                )
                            ])
                        ])
                    ))
            }
            return .object(pairs)
        }
        let artifacts: [JSONValue] = run.files.map { file in
            .object([("location", .object([("uri", .string(Self.uri(file)))]))])
        }
        let driver: JSONValue = .object([
            ("name", .string("simdeploy")),
            ("version", .string(run.toolVersion)),
            ("semanticVersion", .string(Self.semanticVersion(run.toolVersion))),
            ("informationUri", .string(Self.informationURI)),
            ("rules", .array(rules)),
        ])
        return JSONValue.object([
            ("$schema", .string(Self.schemaURI)),
            ("version", .string("2.1.0")),
            (
                "runs",
                .array([
                    .object([
                        ("tool", .object([("driver", driver)])),
                        ("artifacts", .array(artifacts)),
                        ("results", .array(results)),
                        ("columnKind", .string("unicodeCodePoints")),
                    ])
                ])
            ),
        ]).serialized()
    }

    private static func rule(_ description: RuleDescription) -> JSONValue {
        .object([
            ("id", .string(description.identifier)),
            ("name", .string(pascalCase(description.identifier))),
            ("shortDescription", .object([("text", .string(description.summary))])),
            ("fullDescription", .object([("text", .string(description.rationale))])),
            (
                "help",
                .object([
                    ("text", .string(description.rationale + "\nMore: simdeploy explain " + description.identifier)),
                    ("markdown", .string(RuleDocumentation.markdownBody(description))),
                ])
            ),
            (
                "defaultConfiguration",
                .object([("level", .string(level(description.severity))), ("enabled", .bool(!description.isOptIn))])
            ),
            ("properties", .object([("tags", .array([.string(description.kind.rawValue)]))])),
        ])
    }

    static func level(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    /// `duplicate-key` → `DuplicateKey`.
    private static func pascalCase(_ identifier: String) -> String {
        identifier.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// `0.1.0-dev` stays; a non-semver version gets `0.0.0+` in front.
    private static func semanticVersion(_ version: String) -> String {
        let core = version.split(separator: "-").first ?? ""
        let parts = core.split(separator: ".")
        return parts.count == 3 && parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) ? version : "0.0.0+\(version)"
    }

    /// A relative or absolute path as a URI reference: unreserved characters and `/` stay, the rest is %-encoded.
    public static func uri(_ path: String) -> String {
        var out = path.hasPrefix("/") ? "file://" : ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                out += "%"
                out.unicodeScalars.append(hex[Int(byte >> 4)])
                out.unicodeScalars.append(hex[Int(byte & 0xF)])
            }
        }
        return out
    }
}
