/// An open-addressing hash table from keys to small integers, comparing keys byte for byte.
///
/// `simdeploy lint` looks up every key of a file once or twice; `Dictionary<String, Int>` hashes with
/// SipHash and compares canonical equivalence, which Compose does not do and which costs most of a lint
/// of a large file. The table stores only indexes; the caller says how to compare the key at an index.
struct KeyTable: Sendable {
    private var values: [Int32]
    private var tags: [UInt32]
    private let mask: Int

    init(minimumCapacity: Int) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        values = [Int32](repeating: -1, count: capacity)
        tags = [UInt32](repeating: 0, count: capacity)
        mask = capacity - 1
    }

    /// FNV-1a over the key's UTF-8 bytes.
    @inline(__always)
    static func hash(_ key: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        if let done = key.utf8.withContiguousStorageIfAvailable({ bytes -> UInt64 in
            var hash = hash
            for byte in bytes {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            return hash
        }) {
            return done
        }
        for byte in key.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash
    }

    /// Whether two keys have the same UTF-8 bytes, which is how Compose compares them (`String`'s `==`
    /// also matches canonically equivalent spellings; `utf8.elementsEqual` is the slow generic path).
    @inline(__always)
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        let fast = a.utf8.withContiguousStorageIfAvailable { a in
            b.utf8.withContiguousStorageIfAvailable { b in a.elementsEqual(b) }
        }
        return fast.flatMap { $0 } ?? a.utf8.elementsEqual(b.utf8)
    }

    /// The value stored for a key with `hash` for which `matches` holds.
    @inline(__always)
    func find(hash: UInt64, matches: (Int) -> Bool) -> Int? {
        let slot = slot(hash: hash, matches: matches)
        return slot.found ? Int(values[slot.index]) : nil
    }

    /// Stores `value` for the key; returns the value it replaces, if any.
    @inline(__always)
    @discardableResult
    mutating func insert(_ value: Int, hash: UInt64, matches: (Int) -> Bool) -> Int? {
        let slot = slot(hash: hash, matches: matches)
        let previous = slot.found ? Int(values[slot.index]) : nil
        values[slot.index] = Int32(value)
        tags[slot.index] = UInt32(truncatingIfNeeded: hash >> 32)
        return previous
    }

    @inline(__always)
    private func slot(hash: UInt64, matches: (Int) -> Bool) -> (index: Int, found: Bool) {
        var index = Int(truncatingIfNeeded: hash) & mask
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        while values[index] >= 0 {
            if tags[index] == tag && matches(Int(values[index])) { return (index, true) }
            index = (index + 1) & mask
        }
        return (index, false)
    }
}

/// The catalogue's names in a ``KeyTable``: is this key one of Sim's, and which.
enum CatalogueIndex {
    private static let table: KeyTable = {
        let names = EnvCatalogue.all.map(\.name)
        var table = KeyTable(minimumCapacity: names.count)
        for (index, name) in names.enumerated() {
            let hash = KeyTable.hash(name)
            // The first entry of a name wins, as in `EnvCatalogue.entry`.
            if table.find(hash: hash, matches: { KeyTable.sameBytes(names[$0], name) }) == nil {
                table.insert(index, hash: hash) { KeyTable.sameBytes(names[$0], name) }
            }
        }
        return table
    }()

    /// The index in `EnvCatalogue.all` of `key`'s entry.
    static func index(_ key: String, hash: UInt64) -> Int? {
        let all = EnvCatalogue.all
        return table.find(hash: hash) { KeyTable.sameBytes(all[$0].name, key) }
    }

    static func variable(_ key: String, hash: UInt64? = nil) -> EnvVar? {
        let all = EnvCatalogue.all
        return table.find(hash: hash ?? KeyTable.hash(key)) { KeyTable.sameBytes(all[$0].name, key) }.map {
            all[$0]
        }
    }
}
