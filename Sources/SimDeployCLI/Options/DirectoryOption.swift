import ArgumentParser

/// `--dir`: the install folder every command works in.
struct DirectoryOption: ParsableArguments {
    @Option(name: .customLong("dir"), help: ArgumentHelp("Install folder.", valueName: "dir"))
    var directory: String = "."

    func validate() throws {
        if directory.isEmpty {
            throw ValidationError("--dir needs a folder path")
        }
        if directory.hasPrefix("-") {
            throw ValidationError(
                "--dir '\(directory)' looks like an option; write --dir=./\(directory) for such a folder")
        }
    }
}
