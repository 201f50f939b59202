import Foundation

/// The real consumers in `../shared/validators`: Docker Compose, nginx, Caddy, Helm, yamllint.
///
/// They live beside the project, not in it. In a user's clone they may be absent, and the tests that
/// need them are skipped with a printed reason; in CI (`CI=true`) absence is a failure
/// (see `ValidatorPresenceTests`).
public enum Validators {
    /// Exit codes every validator script uses.
    public enum Verdict: Int32, Sendable {
        case valid = 0
        case invalid = 1
        case usage = 2
        case notInstalled = 3
    }

    public struct Result: Sendable, CustomStringConvertible {
        public var exitCode: Int32
        public var stdout: String
        public var stderr: String

        public var verdict: Verdict? { Verdict(rawValue: exitCode) }
        public var description: String { "exit \(exitCode)\nstdout:\n\(stdout)\nstderr:\n\(stderr)" }
    }

    /// `$SIMDEPLOY_SHARED`, else `../shared` next to the package root.
    public static let sharedDirectory: URL = {
        if let path = ProcessInfo.processInfo.environment["SIMDEPLOY_SHARED"], !path.isEmpty {
            return URL(fileURLWithPath: path, isDirectory: true)
        }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared", isDirectory: true)
    }()

    /// The repository root, found from this file's path.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // TestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    public static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    public static var scriptsDirectory: URL { sharedDirectory.appendingPathComponent("validators") }

    /// Whether the validator scripts are present (they may still report "not installed").
    public static var arePresent: Bool {
        FileManager.default.fileExists(atPath: scriptsDirectory.appendingPathComponent("validate-env.sh").path)
    }

    /// Why validator-backed tests are skipped, or `nil` when they can run.
    public static var skipReason: String? {
        arePresent ? nil : "validators not found at \(scriptsDirectory.path); set SIMDEPLOY_SHARED"
    }

    /// Runs `validate-<kind>.sh` with `arguments`.
    public static func run(_ kind: String, _ arguments: [String]) throws -> Result {
        let script = scriptsDirectory.appendingPathComponent("validate-\(kind).sh")
        return try runProcess("/bin/bash", [script.path] + arguments)
    }

    /// A path under `../shared/upstream`.
    public static func upstream(_ relativePath: String) -> URL {
        sharedDirectory.appendingPathComponent("upstream").appendingPathComponent(relativePath)
    }
}

/// Runs a program to completion and captures its output.
public func runProcess(
    _ executable: String,
    _ arguments: [String],
    stdin: Data? = nil,
    environment: [String: String]? = nil,
    currentDirectory: URL? = nil
) throws -> Validators.Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let environment { process.environment = environment }
    if let currentDirectory { process.currentDirectoryURL = currentDirectory }
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    // Read both pipes before waiting so a chatty child cannot block on a full pipe.
    let group = DispatchGroup()
    nonisolated(unsafe) var outData = Data()
    nonisolated(unsafe) var errData = Data()
    group.enter()
    DispatchQueue.global().async {
        outData = out.fileHandleForReading.readDataToEndOfFile()
        group.leave()
    }
    errData = err.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Validators.Result(
        exitCode: process.terminationStatus,
        stdout: String(decoding: outData, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self)
    )
}
