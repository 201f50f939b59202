/// A unified diff of two texts, line by line, like `diff -u`.
public enum LineDiff {
    enum Edit: Equatable {
        case same(String)
        case removed(String)
        case added(String)
    }

    /// `--- a/path` / `+++ b/path` and hunks with `context` lines around each change; empty when equal.
    public static func unified(old: String, new: String, path: String, context: Int = 3) -> String {
        guard old != new else { return "" }
        let edits = diff(lines(old), lines(new))
        var out = ["--- \(old.isEmpty ? "/dev/null" : "a/\(path)")", "+++ b/\(path)"]
        for hunk in hunks(edits, context: context) {
            out.append(hunk)
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func lines(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        var result = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if result.last == "" { result.removeLast() }
        return result
    }

    /// Longest-common-subsequence edit script, after trimming the common prefix and suffix.
    static func diff(_ a: [String], _ b: [String]) -> [Edit] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
            suffix += 1
        }
        let midA = Array(a[prefix..<(a.count - suffix)])
        let midB = Array(b[prefix..<(b.count - suffix)])
        let head = a[..<prefix].map(Edit.same)
        let tail = a[(a.count - suffix)...].map(Edit.same)
        return head + lcsEdits(midA, midB) + tail
    }

    private static func lcsEdits(_ a: [String], _ b: [String]) -> [Edit] {
        let n = a.count
        let m = b.count
        var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0
        var j = 0
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] {
                edits.append(.same(a[i]))
                i += 1
                j += 1
            } else if i < n, j == m || table[i + 1][j] >= table[i][j + 1] {
                // Removals first on a tie, so a changed line reads `-old` then `+new`, as in `diff -u`.
                edits.append(.removed(a[i]))
                i += 1
            } else {
                edits.append(.added(b[j]))
                j += 1
            }
        }
        return edits
    }

    /// Groups edits into `@@ -l,s +l,s @@` hunks.
    private static func hunks(_ edits: [Edit], context: Int) -> [String] {
        let changed = edits.indices.filter {
            if case .same = edits[$0] { return false }
            return true
        }
        guard !changed.isEmpty else { return [] }
        var ranges: [ClosedRange<Int>] = []
        for index in changed {
            let range = max(0, index - context)...min(edits.count - 1, index + context)
            if let last = ranges.last, range.lowerBound <= last.upperBound + 1 {
                ranges[ranges.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                ranges.append(range)
            }
        }
        var out: [String] = []
        for range in ranges {
            var oldStart = 1
            var newStart = 1
            for edit in edits[..<range.lowerBound] {
                if case .added = edit {} else { oldStart += 1 }
                if case .removed = edit {} else { newStart += 1 }
            }
            var body: [String] = []
            var oldCount = 0
            var newCount = 0
            for edit in edits[range] {
                switch edit {
                case .same(let line):
                    body.append(" " + line)
                    oldCount += 1
                    newCount += 1
                case .removed(let line):
                    body.append("-" + line)
                    oldCount += 1
                case .added(let line):
                    body.append("+" + line)
                    newCount += 1
                }
            }
            let oldLabel = oldCount == 0 ? "\(oldStart - 1),0" : "\(oldStart),\(oldCount)"
            let newLabel = newCount == 0 ? "\(newStart - 1),0" : "\(newStart),\(newCount)"
            out.append("@@ -\(oldLabel) +\(newLabel) @@")
            out += body
        }
        return out
    }
}
