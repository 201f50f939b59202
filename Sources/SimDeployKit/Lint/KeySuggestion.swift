import DotEnv

/// Finds the catalogue name a misspelt key was meant to be, fast enough to ask for every key of a big file.
///
/// A key is compared only with names of nearly the same length whose sets of characters differ by at
/// most what the allowed edits can change; the few that pass get an exact edit distance (with
/// transpositions, so `ULR` is one edit from `URL`).
struct KeySuggestion: Sendable {
    static let shared = KeySuggestion(names: EnvCatalogue.allNames)

    private struct Candidate: Sendable {
        var name: String
        var bytes: [UInt8]
        var mask: UInt64
    }

    /// Candidates by name length, and their masks alone so the filter loop reads one small array.
    private var byLength: [[Candidate]]
    private var masksByLength: [[UInt64]]
    /// Every character any name of a length has: a key with more than the allowed edits' worth of other
    /// characters is far from all of them at once.
    private var unionByLength: [UInt64]

    init(names: [String]) {
        let longest = names.map(\.utf8.count).max() ?? 0
        byLength = [[Candidate]](repeating: [], count: longest + 3)
        masksByLength = [[UInt64]](repeating: [], count: longest + 3)
        unionByLength = [UInt64](repeating: 0, count: longest + 3)
        for name in Set(names).sorted() {
            let bytes = Array(name.uppercased().utf8)
            let mask = Self.mask(bytes)
            byLength[bytes.count].append(Candidate(name: name, bytes: bytes, mask: mask))
            masksByLength[bytes.count].append(mask)
            unionByLength[bytes.count] |= mask
        }
    }

    /// The closest name within the allowed distance (1 for keys under 8 characters, 2 from 8 on), if any.
    func closest(to key: String) -> String? {
        // The mask and length say whether any name can be close; only then are the bytes copied.
        var mask: UInt64 = 0
        var count = 0
        forEachByte(key) { byte in
            mask |= Self.bit(Self.upper(byte))
            count += 1
        }
        guard count >= 4 else { return nil }
        let allowed = count < 8 ? 1 : 2
        var bytes: [UInt8]?
        var best: (name: String, distance: Int)?
        for length in (count - allowed)...(count + allowed) where length < masksByLength.count {
            // An edit brings in at most one character the other side lacks (a transposition none), so each
            // side may have at most `allowed` characters the other has not.
            guard Self.hasAtMost(allowed, bitsIn: mask & ~unionByLength[length]) else { continue }
            let masks = masksByLength[length]
            for index in masks.indices
            where Self.hasAtMost(allowed, bitsIn: mask & ~masks[index])
                && Self.hasAtMost(allowed, bitsIn: masks[index] & ~mask)
            {
                let candidate = byLength[length][index]
                if bytes == nil { bytes = key.utf8.map(Self.upper) }
                let distance = Self.distance(bytes ?? [], candidate.bytes, limit: allowed)
                if distance <= allowed && distance < (best?.distance ?? Int.max) && candidate.name != key {
                    best = (candidate.name, distance)
                }
            }
        }
        return best?.name
    }

    @inline(__always)
    private static func upper(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 32 : byte
    }

    @inline(__always)
    private static func bit(_ byte: UInt8) -> UInt64 {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): 1 << UInt64(byte - UInt8(ascii: "A"))
        case UInt8(ascii: "0")...UInt8(ascii: "9"): 1 << UInt64(26 + byte - UInt8(ascii: "0"))
        case UInt8(ascii: "_"): 1 << 36
        default: 1 << 37
        }
    }

    /// Whether at most `count` bits are set; cheaper than `nonzeroBitCount`, which baseline x86-64 computes
    /// without a popcount instruction.
    @inline(__always)
    private static func hasAtMost(_ count: Int, bitsIn bits: UInt64) -> Bool {
        var bits = bits
        for _ in 0..<count { bits &= bits &- 1 }
        return bits == 0
    }

    /// Which characters occur: A–Z, 0–9, `_`, anything else.
    private static func mask(_ bytes: [UInt8]) -> UInt64 {
        bytes.reduce(0) { $0 | bit($1) }
    }

    /// Optimal string alignment distance, giving up (returning `limit + 1`) once every path exceeds `limit`.
    static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(1, a.count) where !a.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...max(1, b.count) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
