/// A `.env` file read the way Docker Compose v2 reads it, kept whole so it can be linted and edited.
///
/// Every physical line of the input belongs to exactly one of `lines`, and `text` (the lines' `raw` joined)
/// is the input byte for byte, so a generator can splice lines and write the file back without disturbing
/// the operator's comments and layout. Build one with ``DotEnvParser/parse(_:)``.
public struct DotEnvFile: Hashable, Sendable {
    public typealias Line = DotEnvLine
    public typealias Entry = DotEnvEntry

    public var lines: [Line]
    /// Whether the input started with a UTF-8 byte-order mark.
    ///
    /// Compose skips the mark; here it stays in `lines[0].raw` and columns do not count it.
    public var hasByteOrderMark: Bool

    public init(lines: [Line], hasByteOrderMark: Bool = false) {
        self.lines = lines
        self.hasByteOrderMark = hasByteOrderMark
    }

    /// The file as text: every line's `raw`, in order.
    public var text: String { lines.map(\.raw).joined() }

    /// Every statement in file order, trailing ones included; lines Compose would reject are left out.
    public var entries: [Entry] {
        var result: [Entry] = []
        result.reserveCapacity(lines.count)
        for line in lines {
            if case .entry(let entry) = line.kind { result.append(entry) }
            result.append(contentsOf: line.trailingEntries)
        }
        return result
    }

    /// Everything Compose would refuse, in file order; each one is also an `.invalid` line.
    public var issues: [ParseIssue] { lines.compactMap(\.issue) }

    /// The entry that sets `key`: the last one, since Compose keeps the last.
    ///
    /// Keys match byte for byte, as in Compose: `String`'s `==` would also match canonically equivalent
    /// spellings, such as a precomposed and a decomposed `é`, which Compose keeps apart.
    public subscript(key: String) -> Entry? {
        let isKey = { (entry: Entry) in entry.key.utf8.elementsEqual(key.utf8) }
        for line in lines.reversed() {
            if let entry = line.trailingEntries.last(where: isKey) { return entry }
            if let entry = line.entry, isKey(entry) { return entry }
        }
        return nil
    }
}
