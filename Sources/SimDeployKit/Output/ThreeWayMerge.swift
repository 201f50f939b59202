/// A diff3-style line merge: the operator's edits and simdeploy's new output, against the last render.
///
/// Both sides are diffed against the base with `LineDiff`'s LCS. Lines all three agree on are
/// stable; between two stable runs, a change made on one side only is taken, the same change made on
/// both sides is taken once, and different changes are a conflict. Changes that touch (with no
/// stable line between them) count as overlapping, as in GNU diff3 and git: a merge never guesses
/// the order of two edits to one spot.
public enum ThreeWayMerge {
    /// One place where both sides changed the same lines differently.
    public struct Conflict: Hashable, Sendable {
        /// 1-based line in the proposed file where the `<<<<<<<` marker sits.
        public var line: Int
        public var ours: [String]
        public var theirs: [String]
    }

    public enum Outcome: Hashable, Sendable {
        case clean(String)
        /// The text with git-style markers, and each conflict.
        case conflicted(proposal: String, conflicts: [Conflict])
    }

    public static let oursMarker = "<<<<<<< ours"
    public static let separatorMarker = "======="
    public static let theirsMarker = ">>>>>>> simdeploy"

    public static func merge(base: String, ours: String, theirs: String) -> Outcome {
        let base = lines(base)
        let ours = lines(ours)
        let theirs = lines(theirs)
        var output: [String] = []
        var conflicts: [Conflict] = []
        var (b, o, t) = (0, 0, 0)
        for sync in syncRegions(base: base, ours: ours, theirs: theirs) {
            let baseChunk = Array(base[b..<sync.base])
            let oursChunk = Array(ours[o..<sync.ours])
            let theirsChunk = Array(theirs[t..<sync.theirs])
            if oursChunk == theirsChunk {
                output += oursChunk
            } else if oursChunk == baseChunk {
                output += theirsChunk
            } else if theirsChunk == baseChunk {
                output += oursChunk
            } else {
                conflicts.append(Conflict(line: output.count + 1, ours: oursChunk, theirs: theirsChunk))
                output.append(oursMarker + "\n")
                output += terminated(oursChunk)
                output.append(separatorMarker + "\n")
                output += terminated(theirsChunk)
                output.append(theirsMarker + "\n")
            }
            output += base[sync.base..<(sync.base + sync.length)]
            (b, o, t) = (sync.base + sync.length, sync.ours + sync.length, sync.theirs + sync.length)
        }
        let text = output.joined()
        return conflicts.isEmpty ? .clean(text) : .conflicted(proposal: text, conflicts: conflicts)
    }
}

private extension ThreeWayMerge {
    /// A run of `length` lines equal in all three texts, starting at these indices.
    struct SyncRegion {
        var base: Int
        var ours: Int
        var theirs: Int
        var length: Int
    }

    /// A run of equal lines between two texts.
    struct Block {
        var a: Int
        var b: Int
        var length: Int
    }

    /// Lines with their terminators, so a file's last line without `\n` survives the merge as it was.
    static func lines(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == "\n" || character == "\r\n" {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// A conflict side must end in a newline, or the marker after it would join its last line.
    static func terminated(_ chunk: [String]) -> [String] {
        guard let last = chunk.last, !last.hasSuffix("\n") else { return chunk }
        return chunk.dropLast() + [last + "\n"]
    }

    /// Regions where base, ours and theirs all match, ending with an empty sentinel at the ends.
    static func syncRegions(base: [String], ours: [String], theirs: [String]) -> [SyncRegion] {
        let withOurs = matchingBlocks(base, ours)
        let withTheirs = matchingBlocks(base, theirs)
        var regions: [SyncRegion] = []
        var i = 0
        var j = 0
        while i < withOurs.count, j < withTheirs.count {
            let left = withOurs[i]
            let right = withTheirs[j]
            let start = max(left.a, right.a)
            let end = min(left.a + left.length, right.a + right.length)
            if start < end {
                regions.append(
                    SyncRegion(
                        base: start, ours: left.b + (start - left.a), theirs: right.b + (start - right.a),
                        length: end - start))
            }
            if left.a + left.length < right.a + right.length {
                i += 1
            } else {
                j += 1
            }
        }
        regions.append(SyncRegion(base: base.count, ours: ours.count, theirs: theirs.count, length: 0))
        return regions
    }

    /// Runs of equal lines in `LineDiff`'s edit script, as index pairs.
    static func matchingBlocks(_ a: [String], _ b: [String]) -> [Block] {
        var blocks: [Block] = []
        var i = 0
        var j = 0
        for edit in LineDiff.diff(a, b) {
            switch edit {
            case .same:
                if let last = blocks.last, last.a + last.length == i, last.b + last.length == j {
                    blocks[blocks.count - 1].length += 1
                } else {
                    blocks.append(Block(a: i, b: j, length: 1))
                }
                i += 1
                j += 1
            case .removed: i += 1
            case .added: j += 1
            }
        }
        return blocks
    }
}
