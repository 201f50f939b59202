import SimDeployKit

/// How a `verify` report reads: a checklist for people, JSON for automation.
enum VerifyOutput {
    static func text(_ report: VerifyReport) -> String {
        let realtime =
            report.target.isSameOrigin ? "realtime on the same origin" : "realtime at \(report.target.realtimeURL)"
        return ChecklistOutput.text(
            heading: "Verifying \(report.target.url) (\(realtime))", items: report.checks.map(\.checklistItem))
    }

    static func json(_ report: VerifyReport) -> String {
        ChecklistOutput.json(
            fields: [
                ("url", .string(report.target.url.description)),
                ("realtimeUrl", .string(report.target.realtimeURL.description)),
            ],
            items: report.checks.map(\.checklistItem))
    }
}
