import Foundation
import TestSupport
import Testing

/// What Docker Compose itself reads from a `.env` file, through `validate-env.sh --print-json`.
struct ComposeReading {
    var exitCode: Int32
    /// Compose's parsed map; `nil` when Compose rejected the file.
    var values: [String: String]?
    var stderr: String

    /// Runs Compose on `text`; `nil` when the validators are not installed here (the caller then returns).
    ///
    /// Outside CI a missing validator skips the test with a printed reason; with `CI=true` it fails it.
    static func read(_ text: String) throws -> ComposeReading? {
        if let reason = Validators.skipReason {
            unavailable(reason)
            return nil
        }
        let directory = try TemporaryDirectory("dotenv-compose")
        let file = try directory.write("test.env", text)
        let result = try Validators.run("env", ["--print-json", file.path])
        if result.verdict == .notInstalled || result.verdict == .usage {
            unavailable("validate-env.sh could not run Compose: \(result.stderr)")
            return nil
        }
        var values: [String: String]?
        if let data = result.stdout.data(using: .utf8), !result.stdout.isEmpty {
            values = try JSONSerialization.jsonObject(with: data) as? [String: String]
        }
        return ComposeReading(exitCode: result.exitCode, values: values, stderr: result.stderr)
    }

    private static func unavailable(_ reason: String) {
        if Validators.isCI {
            Issue.record("Compose validator required in CI: \(reason)")
        } else {
            print("skipped: \(reason)")
        }
    }
}
