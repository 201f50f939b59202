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
    static func run(_ arguments: [String]) throws -> Validators.Result {
        try runProcess(binary, arguments, stdin: Data(), environment: ["PATH": "/usr/bin:/bin", "NO_COLOR": "1"])
    }
}
