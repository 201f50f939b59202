import SimDeployKit

/// How a `verify` report reads: a checklist for people, JSON for automation.
enum VerifyOutput {
    static func text(_ report: VerifyReport) -> String {
        let realtime =
            report.target.isSameOrigin ? "realtime on the same origin" : "realtime at \(report.target.realtimeURL)"
        var lines = ["Verifying \(report.target.url) (\(realtime))", ""]
        let width = (report.checks.map(\.kind.title.count).max() ?? 0) + 2
        for check in report.checks {
            lines.append("  \(label(check.status))  \(check.kind.title.padding(to: width))\(check.message)")
            if let fix = check.fix, check.status == .warn || check.status == .fail {
                lines.append("        fix: \(fix)")
            }
        }
        lines.append("")
        lines.append(
            "\(report.count(.pass)) passed, \(report.count(.warn)) warning\(report.count(.warn) == 1 ? "" : "s"), "
                + "\(report.count(.fail)) failed, \(report.count(.skip)) skipped")
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(_ report: VerifyReport) -> String {
        let checks = report.checks.map { check -> JSONValue in
            .object([
                ("id", .string(check.kind.rawValue)),
                ("title", .string(check.kind.title)),
                ("status", .string(check.status.rawValue)),
                ("message", .string(check.message)),
                ("fix", check.fix.map { .string($0) } ?? .null),
            ])
        }
        let summary = VerifyCheck.Status.allCases.map { ($0.rawValue, JSONValue.int(report.count($0))) }
        return JSONValue.object([
            ("url", .string(report.target.url.description)),
            ("realtimeUrl", .string(report.target.realtimeURL.description)),
            ("ok", .bool(!report.hasFailure)),
            ("summary", .object(summary)),
            ("checks", .array(checks)),
        ]).serialized()
    }

    private static func label(_ status: VerifyCheck.Status) -> String {
        switch status {
        case .pass: "pass"
        case .warn: "WARN"
        case .fail: "FAIL"
        case .skip: "skip"
        }
    }
}
