import Foundation
import TestSupport

/// Runs the built `simdeploy` binary, as an operator would.
enum CommandRunner {
    static var binary: String {
        let folder = Bundle.main.bundleURL.deletingLastPathComponent()
        for candidate in [folder, folder.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("simdeploy").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return Validators.packageRoot.appendingPathComponent(".build/debug/simdeploy").path
    }

    /// Runs with standard input from /dev/null (not a terminal), so a prompt would mean a hang.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Validators.Result {
        let base = ["PATH": "/usr/bin:/bin", "NO_COLOR": "1"]
        return try runProcess(
            binary, arguments, stdin: Data(), environment: base.merging(environment) { _, new in new })
    }
}
