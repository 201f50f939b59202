import ArgumentParser
import SimDeployKit

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a lint rule or a Sim environment variable.",
        discussion: """
            Examples:
              simdeploy explain duplicate-key
              simdeploy explain ENCRYPTION_KEY
              simdeploy explain --list
            """)

    @Argument(help: ArgumentHelp("A rule id or an environment variable name.", valueName: "name"))
    var name: String?

    @Flag(help: "List every lint rule.")
    var list = false

    func validate() throws {
        if name == nil && !list { throw ValidationError("name a rule or a variable, or pass --list") }
    }

    func run() throws {
        let console = Console.live
        if list {
            console.standardOutput(RuleDocumentation.list())
            return
        }
        guard let name else { return }
        if let rule = EnvRules.description(name) {
            console.standardOutput(RuleDocumentation.page(rule))
        } else if let variable = EnvCatalogue.entry(name) {
            console.standardOutput(EnvVarDocumentation.page(variable))
        } else {
            let suggestion = RuleDocumentation.suggestion(for: name)
            throw ValidationError(
                "'\(name)' is neither a lint rule nor a Sim variable"
                    + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
                    + " (simdeploy explain --list lists the rules)")
        }
    }
}
