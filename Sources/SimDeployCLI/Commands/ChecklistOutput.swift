import SimDeployKit

/// How a checklist (`verify`, `doctor`) reads: aligned lines for people, JSON for automation.
enum ChecklistOutput {
    static func text(heading: String, items: [ChecklistItem]) -> String {
        var lines = [heading, ""]
        let width = (items.map(\.title.count).max() ?? 0) + 2
        for item in items {
            lines.append("  \(label(item.status))  \(item.title.padding(to: width))\(item.message)")
            if let fix = item.fix, item.status == .warn || item.status == .fail {
                lines.append("        fix: \(fix)")
            }
        }
        lines.append("")
        let warnings = items.count(.warn)
        lines.append(
            "\(items.count(.pass)) passed, \(warnings) warning\(warnings == 1 ? "" : "s"), "
                + "\(items.count(.fail)) failed, \(items.count(.skip)) skipped")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `fields` come first (what was checked), then `ok`, `summary` and `checks`.
    static func json(fields: [(String, JSONValue)], items: [ChecklistItem]) -> String {
        let checks = items.map { item -> JSONValue in
            .object([
                ("id", .string(item.id)),
                ("title", .string(item.title)),
                ("status", .string(item.status.rawValue)),
                ("message", .string(item.message)),
                ("fix", item.fix.map { .string($0) } ?? .null),
            ])
        }
        let summary = CheckStatus.allCases.map { ($0.rawValue, JSONValue.int(items.count($0))) }
        return JSONValue.object(
            fields + [("ok", .bool(!items.hasFailure)), ("summary", .object(summary)), ("checks", .array(checks))]
        ).serialized()
    }

    private static func label(_ status: CheckStatus) -> String {
        switch status {
        case .pass: "pass"
        case .warn: "WARN"
        case .fail: "FAIL"
        case .skip: "skip"
        }
    }
}
