import DotEnv

/// What a first pass over a statement noticed, so each rule visits only the statements it cares about.
///
/// A large file has a million statements and fifty rules; one pass that reads each key and value once,
/// then short lists per trait, keeps the lint close to the cost of parsing.
public struct StatementTraits: OptionSet, Hashable, Sendable {
    public let rawValue: UInt32

    public init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    /// The value as written holds `$`.
    public static let dollar = StatementTraits(rawValue: 1 << 0)
    /// Quoted with `'` or `"`.
    public static let quoted = StatementTraits(rawValue: 1 << 1)
    /// Unquoted, with `'` or `"` inside.
    public static let quoteInUnquoted = StatementTraits(rawValue: 1 << 2)
    /// Unquoted, with `\`.
    public static let backslashInUnquoted = StatementTraits(rawValue: 1 << 3)
    /// Unquoted, with `#` in the value.
    public static let hashInUnquoted = StatementTraits(rawValue: 1 << 4)
    /// Unquoted, with a blank or a shell metacharacter.
    public static let shellSpecialInUnquoted = StatementTraits(rawValue: 1 << 5)
    /// Unquoted, followed by a ` # comment`.
    public static let inlineComment = StatementTraits(rawValue: 1 << 6)
    public static let exported = StatementTraits(rawValue: 1 << 7)
    /// `KEY: value`.
    public static let colon = StatementTraits(rawValue: 1 << 8)
    /// Blanks between key and value around `=`.
    public static let spacedSeparator = StatementTraits(rawValue: 1 << 9)
    public static let lowercaseKey = StatementTraits(rawValue: 1 << 10)
    /// A character other than `[A-Za-z0-9_]` after the first.
    public static let nonPortableKey = StatementTraits(rawValue: 1 << 11)
    /// A first character that is not a letter or `_`.
    public static let badFirstKeyCharacter = StatementTraits(rawValue: 1 << 12)
    /// Blanks before the key (or its `export`).
    public static let indented = StatementTraits(rawValue: 1 << 13)
    /// `KEY` without `=`, or a last bare word read as a value.
    public static let withoutSeparator = StatementTraits(rawValue: 1 << 14)
    /// The key is a secret by catalogue or name, or the value carries credentials.
    public static let secret = StatementTraits(rawValue: 1 << 15)
    /// The value starts like a placeholder (`your…`, `dev-…`, `change…`, `p…`): checked closer by its rule.
    public static let maybePlaceholder = StatementTraits(rawValue: 1 << 16)
    /// A quoted value over several lines.
    public static let multiline = StatementTraits(rawValue: 1 << 17)

    static let count = 18

    /// The traits of `entry`, whose line starts at `keyColumn` … (see ``LintInput``).
    static func of(_ entry: DotEnvEntry, isTrailing: Bool, indentation: Int, variable: EnvVar?) -> StatementTraits {
        var traits: StatementTraits = []
        if entry.exported { traits.insert(.exported) }
        if !isTrailing && indentation > 0 { traits.insert(.indented) }
        if entry.isBare || entry.separator == .none { traits.insert(.withoutSeparator) }
        if entry.separator == .colon { traits.insert(.colon) }
        if entry.quote != .none {
            traits.insert(.quoted)
            if entry.lineRange.count > 1 { traits.insert(.multiline) }
        } else if entry.inlineComment != nil {
            traits.insert(.inlineComment)
        }
        var first = true
        var keyScalars = 0
        forEachByte(entry.key) { byte in
            if byte & 0xC0 != 0x80 { keyScalars += 1 }
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): traits.insert(.lowercaseKey)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"): break
            case UInt8(ascii: "0")...UInt8(ascii: "9"): if first { traits.insert(.badFirstKeyCharacter) }
            default:
                if first { traits.insert(.badFirstKeyCharacter) } else { traits.insert(.nonPortableKey) }
            }
            first = false
        }
        if entry.separator == .equals && entry.valuePosition.line == entry.keyPosition.line
            && entry.valuePosition.column - entry.keyPosition.column - keyScalars > 1
        {
            traits.insert(.spacedSeparator)
        }
        let unquoted = entry.quote == .none
        forEachByte(entry.rawValueText) { byte in
            switch byte {
            case UInt8(ascii: "$"): traits.insert(.dollar)
            case UInt8(ascii: "'"), UInt8(ascii: "\""): if unquoted { traits.insert(.quoteInUnquoted) }
            case UInt8(ascii: "\\"): if unquoted { traits.insert(.backslashInUnquoted) }
            case UInt8(ascii: "#"): if unquoted { traits.insert(.hashInUnquoted) }
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"),
                UInt8(ascii: ";"), UInt8(ascii: "&"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "`"):
                if unquoted { traits.insert(.shellSpecialInUnquoted) }
            default: break
            }
        }
        if let lead = entry.value.utf8.first {
            switch lead | 0x20 {
            case UInt8(ascii: "y"), UInt8(ascii: "d"), UInt8(ascii: "c"), UInt8(ascii: "p"):
                traits.insert(.maybePlaceholder)
            default: break
            }
        }
        if !entry.isBare {
            let secret =
                variable?.isSecret ?? SecretPolicy.nameLooksSecret(entry.key)
                || SecretPolicy.hasCredentials(entry.value)
            if secret { traits.insert(.secret) }
        }
        return traits
    }
}

/// What a first pass noticed about a line.
public struct LineTraits: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    public static let blank = LineTraits(rawValue: 1 << 0)
    public static let trailingBlanks = LineTraits(rawValue: 1 << 1)
    public static let carriageReturn = LineTraits(rawValue: 1 << 2)
    /// A comment whose text starts with `s`: maybe a `simdeploy-disable` comment.
    public static let maybeDirective = LineTraits(rawValue: 1 << 3)
    public static let invalid = LineTraits(rawValue: 1 << 4)
    public static let trailingEntries = LineTraits(rawValue: 1 << 5)

    static let count = 6

    static func of(_ line: DotEnvLine) -> LineTraits {
        var traits: LineTraits = []
        switch line.kind {
        case .blank: traits.insert(.blank)
        case .invalid: traits.insert(.invalid)
        case .comment(let text):
            if let first = text.utf8.first(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }),
                first == UInt8(ascii: "s")
            {
                traits.insert(.maybeDirective)
            }
        case .entry: if !line.trailingEntries.isEmpty { traits.insert(.trailingEntries) }
        }
        let bytes = line.raw.utf8
        var end = bytes.endIndex
        if end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: "\n") {
            end = bytes.index(before: end)
            if end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: "\r") {
                traits.insert(.carriageReturn)
                end = bytes.index(before: end)
            }
        }
        if end > bytes.startIndex {
            let last = bytes[bytes.index(before: end)]
            if last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { traits.insert(.trailingBlanks) }
        }
        return traits
    }
}

/// Calls `body` with each UTF-8 byte of `text`, from contiguous storage when the string has it.
@inline(__always)
func forEachByte(_ text: String, _ body: (UInt8) -> Void) {
    let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
        for byte in bytes { body(byte) }
    }
    if done == nil {
        for byte in text.utf8 { body(byte) }
    }
}
