/// A cursor over the UTF-8 bytes of a short text, for matching the small grammars of YAML's implicit types.
///
/// Each `take` consumes what it matched and reports whether it did, so a grammar reads left to right like
/// the regular expression it mirrors. Copy the cursor to try an alternative from the same place.
/// Hand-written rather than `Regex`, because a regex is compiled on first use and the CLI's start-up matters.
struct ByteCursor {
    private let bytes: [UInt8]
    private var position = 0

    init(_ text: some StringProtocol) {
        bytes = Array(text.utf8)
    }

    var isAtEnd: Bool { position == bytes.count }

    /// The next byte, not consumed.
    var next: UInt8? { isAtEnd ? nil : bytes[position] }

    /// Consumes `literal` if the text continues with it.
    mutating func take(_ literal: String) -> Bool {
        let expected = Array(literal.utf8)
        guard bytes[position...].starts(with: expected) else { return false }
        position += expected.count
        return true
    }

    /// Consumes one byte if it is one of the ASCII characters in `set`.
    mutating func take(oneOf set: String) -> Bool {
        take { set.utf8.contains($0) }
    }

    /// Consumes one byte if it satisfies `predicate`.
    mutating func take(where predicate: (UInt8) -> Bool) -> Bool {
        guard let next, predicate(next) else { return false }
        position += 1
        return true
    }

    /// Consumes bytes while they satisfy `predicate` and returns how many it took.
    @discardableResult
    mutating func takeAll(where predicate: (UInt8) -> Bool) -> Int {
        let start = position
        while let next, predicate(next) { position += 1 }
        return position - start
    }
}

/// Character classes of the implicit-type grammars, on ASCII bytes.
enum ASCII {
    static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    static func isOctal(_ byte: UInt8) -> Bool { (0x30...0x37).contains(byte) }
    static func isBinary(_ byte: UInt8) -> Bool { byte == 0x30 || byte == 0x31 }
    static func isNonZeroDigit(_ byte: UInt8) -> Bool { (0x31...0x39).contains(byte) }
    static func isHex(_ byte: UInt8) -> Bool {
        isDigit(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }
    static func isDigitOrUnderscore(_ byte: UInt8) -> Bool { isDigit(byte) || byte == 0x5F }
}

extension ByteCursor {
    /// One alternative of a grammar: consumes a match and reports success.
    typealias Grammar = (inout ByteCursor) -> Bool

    /// Whether the whole of `text`, after an optional `+` or `-` when `signed`, matches one of `grammars`.
    static func text(_ text: String, signed: Bool = false, matchesOneOf grammars: [Grammar]) -> Bool {
        var start = ByteCursor(text)
        if signed { _ = start.take(oneOf: "+-") }
        return grammars.contains { grammar in
            var cursor = start
            return grammar(&cursor) && cursor.isAtEnd
        }
    }
}
