/// One JSON document: the tool, the files, every finding and the counts.
public struct JSONReporter: Reporter {
    public static let identifier = "json"
    public static let summary = "One JSON object with every finding, for scripts (format version 1)."

    public init() {}

    public func report(_ run: LintReport) -> String {
        let findings: [JSONValue] = run.diagnostics.map { diagnostic in
            var pairs: [(String, JSONValue)] = []
            if let location = diagnostic.location {
                pairs += [
                    ("file", .string(location.file)), ("line", .int(location.line)),
                    ("column", .int(location.column)),
                ]
            }
            pairs += [
                ("severity", .string(diagnostic.severity.rawValue)), ("rule", .string(diagnostic.code)),
                ("message", .string(diagnostic.message)),
            ]
            if let fix = diagnostic.fix { pairs.append(("fix", .string(fix))) }
            return .object(pairs)
        }
        return JSONValue.object([
            ("version", .int(1)),
            ("tool", .object([("name", .string("simdeploy")), ("version", .string(run.toolVersion))])),
            ("files", .array(run.files.map(JSONValue.string))),
            ("findings", .array(findings)),
            (
                "summary",
                .object([
                    ("errors", .int(run.errorCount)), ("warnings", .int(run.warningCount)),
                    ("findings", .int(run.diagnostics.count)),
                ])
            ),
        ]).serialized()
    }
}
