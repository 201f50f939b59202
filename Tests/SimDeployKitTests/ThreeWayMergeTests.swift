import Testing

@testable import SimDeployKit

@Suite("three-way line merge")
struct ThreeWayMergeTests {
    let base = "a\nb\nc\nd\ne\nf\ng\n"

    @Test("takes the operator's edit and simdeploy's change when they touch different lines")
    func disjointEdits() {
        let ours = "a\nB-ours\nc\nd\ne\nf\ng\n"
        let theirs = "a\nb\nc\nd\ne\nF-new\ng\n"
        #expect(ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs) == .clean("a\nB-ours\nc\nd\ne\nF-new\ng\n"))
    }

    @Test("keeps lines the operator added and lines simdeploy added, each where it was put")
    func insertions() {
        let ours = "# ops note\na\nb\nc\nd\ne\nf\ng\n"
        let theirs = "a\nb\nc\nd\ne\nf\ng\nh\n"
        #expect(
            ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs)
                == .clean("# ops note\na\nb\nc\nd\ne\nf\ng\nh\n"))
    }

    @Test("the same change made on both sides is taken once")
    func identicalChanges() {
        let both = "a\nb\nC\nd\ne\nf\ng\n"
        #expect(ThreeWayMerge.merge(base: base, ours: both, theirs: both) == .clean(both))
    }

    @Test("a line deleted by the operator stays deleted while simdeploy changes another")
    func deletion() {
        let ours = "a\nc\nd\ne\nf\ng\n"
        let theirs = "a\nb\nc\nd\ne\nf\nG\n"
        #expect(ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs) == .clean("a\nc\nd\ne\nf\nG\n"))
    }

    @Test("different changes to the same line are a conflict with git-style markers")
    func overlappingEdits() {
        let ours = "a\nb\nc-ours\nd\ne\nf\ng\n"
        let theirs = "a\nb\nc-new\nd\ne\nf\ng\n"
        let outcome = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs)
        let expected = "a\nb\n<<<<<<< ours\nc-ours\n=======\nc-new\n>>>>>>> simdeploy\nd\ne\nf\ng\n"
        #expect(
            outcome
                == .conflicted(
                    proposal: expected, conflicts: [.init(line: 3, ours: ["c-ours\n"], theirs: ["c-new\n"])]))
    }

    @Test("edits on adjacent lines overlap: a merge never guesses their order")
    func adjacentEditsConflict() {
        let ours = "a\nb\nC\nd\ne\nf\ng\n"
        let theirs = "a\nb\nc\nD\ne\nf\ng\n"
        guard case .conflicted(_, let conflicts) = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs) else {
            Issue.record("expected a conflict")
            return
        }
        #expect(conflicts.count == 1)
    }

    @Test("a last line without a newline keeps its shape, and markers stay on their own lines")
    func missingFinalNewline() {
        #expect(ThreeWayMerge.merge(base: "a\nb", ours: "A\nb", theirs: "a\nb") == .clean("A\nb"))
        guard case .conflicted(let proposal, _) = ThreeWayMerge.merge(base: "a\nb", ours: "a\nx", theirs: "a\ny")
        else {
            Issue.record("expected a conflict")
            return
        }
        #expect(proposal == "a\n<<<<<<< ours\nx\n=======\ny\n>>>>>>> simdeploy\n")
    }

    @Test("with no edits on one side the result is exactly the other side", arguments: ["a\nb\n", "", "x\ny\nz\n"])
    func oneSided(_ other: String) {
        #expect(ThreeWayMerge.merge(base: base, ours: base, theirs: other) == .clean(other))
        #expect(ThreeWayMerge.merge(base: base, ours: other, theirs: base) == .clean(other))
    }
}
