import ArgumentParser
import SimDeployKit

struct SecretsList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Name, users, rotation class and state of every secret; values only with --show.",
        discussion: """
            Examples:
              simdeploy secrets list --dir /srv/sim
              simdeploy secrets list --dir /srv/sim --show   # prints secret values: mind the terminal and logs
            """)

    @OptionGroup var folder: DirectoryOption

    @Flag(help: "Also print each value.")
    var show = false

    func run() throws {
        let console = Console.live
        try Reporting.run(console) {
            let items = try SecretInventory().list(folder: folder.directory, includeValues: show)
            console.standardOutput(SecretsTable.text(items, showValues: show))
        }
    }
}

/// The `secrets list` table: one row per secret, its rotation consequence indented under it.
enum SecretsTable {
    static func text(_ items: [SecretInventory.Item], showValues: Bool) -> String {
        let nameWidth = max(4, items.map(\.key.count).max() ?? 0) + 2
        let usersWidth = max(7, items.map { users($0).count }.max() ?? 0) + 2
        var header =
            "NAME".padding(to: nameWidth) + "CLASS".padding(to: 12) + "USED BY".padding(to: usersWidth) + "STATE"
        if showValues { header += "".padding(to: 10) + "VALUE" }
        var lines = [header]
        for item in items {
            let state = self.state(item)
            var row = item.key.padding(to: nameWidth) + rotationClass(item).padding(to: 12)
            row +=
                users(item).padding(to: usersWidth) + (showValues ? state.padding(to: 15) + (item.value ?? "") : state)
            lines.append(row)
            if let consequence = consequence(item) { lines.append("  \(consequence)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func users(_ item: SecretInventory.Item) -> String {
        item.consumers.joined(separator: ", ")
    }

    static func rotationClass(_ item: SecretInventory.Item) -> String {
        if item.origin == .supplied { return "supplied" }
        switch item.rotation {
        case .free, .rotatable: return "rotatable"
        case .dataBound: return "data-bound"
        }
    }

    private static func state(_ item: SecretInventory.Item) -> String {
        switch item.status {
        case .set: "set"
        case .missing: "missing"
        case .invalid: "invalid"
        }
    }

    private static func consequence(_ item: SecretInventory.Item) -> String? {
        if case .invalid(let problem) = item.status { return "invalid: \(problem)" }
        guard item.origin != .supplied else { return nil }
        switch item.rotation {
        case .free: return nil
        case .rotatable(let text): return "rotating: \(text)"
        case .dataBound(let text): return "never rotate: \(text)"
        }
    }
}
