import ArgumentParser

struct Secrets: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "secrets",
        abstract: "List the install's secrets or rotate one.",
        discussion: """
            Rotation classes, from Sim's own rules:
            - rotatable: a new value costs a restart and may sign users out; simdeploy rotates it.
            - data-bound: data is encrypted with it or initialised from it, so a new value loses that data; rotation is refused unless --i-understand-data-loss.
            - supplied: a key you pasted; rotate it at the provider and paste the new one.
            """,
        subcommands: [SecretsList.self, SecretsRotate.self])
}
