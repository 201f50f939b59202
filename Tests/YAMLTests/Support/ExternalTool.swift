import Foundation

/// Runs the programs that check our output from outside: PyYAML (a YAML 1.1 reader) and yamllint.
enum ExternalTool {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// A Python that can `import yaml`, or `nil` (with the reason) when there is none.
    static let pythonWithYAML: (path: String?, reason: String) = {
        let home = FileManager.default.homeDirectoryForCurrentUser.path
        let candidates = ["/usr/bin/python3", "\(home)/.cache/simdeploy-validate/venv/bin/python"]
        for path in candidates where FileManager.default.isExecutableFile(atPath: path) {
            if let result = try? run(path, ["-c", "import yaml"]), result.status == 0 { return (path, "") }
        }
        return (nil, "no Python with PyYAML among \(candidates.joined(separator: ", "))")
    }()

    /// `validate-yaml.sh` from the shared validators, or `nil` when it is missing.
    static let yamlValidator: String? = {
        let shared = ProcessInfo.processInfo.environment["SIMDEPLOY_SHARED"] ?? "/work/shared"
        let path = shared + "/validators/validate-yaml.sh"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }()

    static func run(_ executable: String, _ arguments: [String], stdin: String = "") throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Write stdin and drain stderr off this thread, so a chatty child never blocks on a full pipe.
        let writer = Thread {
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        nonisolated(unsafe) var errorData = Data()
        let drained = DispatchSemaphore(value: 0)
        Thread {
            errorData = errors.fileHandleForReading.readDataToEndOfFile()
            drained.signal()
        }.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self)
        )
    }
}
