import ArgumentParser
import SimDeployKit

/// How commands turn Kit results and failures into terminal output and exit codes.
enum Reporting {
    /// Runs `body` and gives back its result; a `DiagnosticError` is printed and becomes exit code 1.
    @discardableResult
    static func run<Value>(_ console: Console, _ body: () throws -> Value) throws -> Value {
        do {
            return try body()
        } catch let error as DiagnosticError {
            console.report(error.diagnostics)
            throw ExitCodes.failure
        }
    }

    static func summary(
        _ plan: GenerationPlan, folder: String, verb: String, report: ApplyReport = ApplyReport(), console: Console,
        nextSteps: [String]? = nil
    ) {
        let changed = plan.files.contains { $0.action != .unchanged }
        console.out(
            "\(changed ? verb : "Checked") \(folder) (\(plan.install.target.name) install for \(plan.install.url)):")
        for planned in plan.files {
            console.out(PlanReport.fileLine(planned, plan: plan, written: true))
        }
        if let backup = report.backupFolder {
            console.out("Replaced files were backed up to \(InstallFolder.display(folder, backup))/.")
        }
        console.out("Next:")
        if folder != "." { console.out("  cd \(folder)") }
        for step in nextSteps ?? plan.nextSteps { console.out("  \(step)") }
    }
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
