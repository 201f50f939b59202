import Foundation
import TestSupport

/// Runs the built `simdeploy` binary, as an operator would.
enum CommandRunner {
    /// The debug build beside the tests, or the binary `SIMDEPLOY_BINARY` names, so the same end-to-end
    /// tests can prove a release build (`SIMDEPLOY_BINARY=dist/simdeploy swift test --filter SimDeployCLITests`).
    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["SIMDEPLOY_BINARY"], !path.isEmpty {
            return path.hasPrefix("/") ? path : Validators.packageRoot.appendingPathComponent(path).path
        }
        let folder = Bundle.main.bundleURL.deletingLastPathComponent()
        for candidate in [folder, folder.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("simdeploy").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return Validators.packageRoot.appendingPathComponent(".build/debug/simdeploy").path
    }

    /// Whether the tests run a binary other than the debug build (which alone has fault injection).
    static var isExternalBinary: Bool { !(ProcessInfo.processInfo.environment["SIMDEPLOY_BINARY"] ?? "").isEmpty }

    /// Runs with standard input from /dev/null (not a terminal), so a prompt would mean a hang.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Validators.Result {
        let base = ["PATH": "/usr/bin:/bin", "NO_COLOR": "1"]
        return try runProcess(
            binary, arguments, stdin: Data(), environment: base.merging(environment) { _, new in new })
    }
}
