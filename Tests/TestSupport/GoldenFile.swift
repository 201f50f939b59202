import Foundation
import Testing

/// Compares output with a committed golden file under `Golden/` next to the calling test file.
///
/// `SIMDEPLOY_RECORD=1 swift test` (or a missing golden file) writes the file and records a test
/// issue: recording never passes, so a golden change is always a deliberate, reviewed commit.
public func assertGolden(
    _ actual: String,
    _ relativePath: String,
    filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let golden = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden").appendingPathComponent(relativePath)
    let record = ProcessInfo.processInfo.environment["SIMDEPLOY_RECORD"] == "1"
    let expected = try? String(contentsOf: golden, encoding: .utf8)
    if record || expected == nil {
        do {
            try FileManager.default.createDirectory(
                at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: golden)
            Issue.record(
                Comment(rawValue: "recorded golden file \(relativePath); review and commit it"),
                sourceLocation: sourceLocation)
        } catch {
            Issue.record(
                Comment(rawValue: "cannot record golden file \(relativePath): \(error)"), sourceLocation: sourceLocation
            )
        }
        return
    }
    if actual != expected {
        let difference = firstDifference(expected ?? "", actual)
        let message =
            "output differs from Golden/\(relativePath); run SIMDEPLOY_RECORD=1 swift test to update it\n\(difference)"
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
}

/// The first differing line, for a readable failure.
private func firstDifference(_ expected: String, _ actual: String) -> String {
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(a.count, b.count) {
        let left = index < a.count ? String(a[index]) : "<end of file>"
        let right = index < b.count ? String(b[index]) : "<end of file>"
        if left != right {
            return "line \(index + 1):\n  expected: \(left)\n  actual:   \(right)"
        }
    }
    return "(only line endings differ)"
}
