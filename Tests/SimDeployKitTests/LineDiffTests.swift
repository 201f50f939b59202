import Foundation
import Testing

@testable import SimDeployKit

@Suite("unified line diff")
struct LineDiffTests {
    @Test("a changed line reads -old then +new, with three lines of context, as diff -u prints it")
    func changedLine() {
        let old = "1\n2\n3\n4\n5\n6\n7\n8\n"
        let new = "1\n2\n3\n4\nFIVE\n6\n7\n8\n"
        let expected = """
            --- a/f
            +++ b/f
            @@ -2,7 +2,7 @@
             2
             3
             4
            -5
            +FIVE
             6
             7
             8

            """
        #expect(LineDiff.unified(old: old, new: new, path: "f") == expected)
    }

    @Test("a new file is diffed against /dev/null; equal texts give no diff")
    func newAndEqual() {
        #expect(LineDiff.unified(old: "", new: "a\n", path: "f") == "--- /dev/null\n+++ b/f\n@@ -0,0 +1,1 @@\n+a\n")
        #expect(LineDiff.unified(old: "a\n", new: "a\n", path: "f").isEmpty)
    }

    @Test("changes far apart make separate hunks with their own line numbers")
    func separateHunks() {
        let old = (1...20).map(String.init).joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "\n2\n", with: "\ntwo\n")
            .replacingOccurrences(of: "\n19\n", with: "\nnineteen\n")
        let hunks = LineDiff.unified(old: old, new: new, path: "f").split(separator: "\n").filter {
            $0.hasPrefix("@@")
        }
        #expect(hunks == ["@@ -1,5 +1,5 @@", "@@ -16,5 +16,5 @@"])
    }
}
