import ArgumentParser
import SimDeployKit

/// How commands turn Kit results and failures into terminal output and exit codes.
enum Reporting {
    /// Runs `body`; a `DiagnosticError` is printed and becomes exit code 1.
    static func run(_ console: Console, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as DiagnosticError {
            console.report(error.diagnostics)
            throw ExitCodes.failure
        }
    }

    static func summary(_ plan: GenerationPlan, folder: String, verb: String, console: Console) {
        let changed = plan.files.contains { $0.action != .unchanged }
        console.out(
            "\(changed ? verb : "Checked") \(folder) (\(plan.install.target.name) install for \(plan.install.url)):")
        for planned in plan.files {
            var line = "  \(planned.action.rawValue.padding(to: 11))\(planned.file.path)"
            if planned.file.containsSecrets {
                line += "  (mode 0600"
                if !plan.generatedSecrets.isEmpty {
                    line += "; \(plan.generatedSecrets.count) secret(s) generated with OpenSSL: "
                    line += plan.generatedSecrets.map(\.envKey).joined(separator: ", ")
                }
                line += ")"
            }
            console.out(line)
        }
        console.out("Next:")
        if folder != "." { console.out("  cd \(folder)") }
        for step in plan.nextSteps { console.out("  \(step)") }
    }
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
