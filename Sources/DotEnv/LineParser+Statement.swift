/// What scanning one statement produced.
enum StatementOutcome {
    /// An entry, where scanning stopped, and whether the line break was consumed (unquoted and bare values).
    case entry(DotEnvEntry, next: Int, endsLine: Bool)
    /// A problem, and an offset on the physical line where the parser should resume after the line break.
    case failure(ParseIssue, at: Int)
}

/// The key half of a statement: compose-go's `locateKeyName`.
extension LineParser {
    /// Scans `[export ]KEY=value`, `KEY: value` or a bare `KEY` starting at `start`.
    mutating func scanStatement(at start: Int) -> StatementOutcome {
        var keyStart = start
        let exported = hasExportPrefix(at: start)
        if exported {
            keyStart = skipInlineSpaces(from: start + 6)
            // compose-go's message for an `export ` that ends the file.
            if keyStart == bytes.count {
                let issue = ParseIssue(
                    code: .emptyStatement, message: "zero length string", position: position(of: start),
                    fix: "remove the dangling 'export' or add KEY=value after it")
                return .failure(issue, at: start)
            }
        }
        let key: KeySpan
        let index: Int
        do {
            (key, index) = try scanKey(from: keyStart, exported: exported)
        } catch {
            return .failure(error.issue, at: error.offset)
        }
        guard index < bytes.count else { return wordAtEndOfFile(key) }
        if bytes[index] == .newline {
            return .entry(bareEntry(key), next: index + 1, endsLine: true)
        }
        let separator: DotEnvEntry.Separator = bytes[index] == .equals ? .equals : .colon
        let valueStart = skipInlineSpaces(from: index + 1)
        if valueStart < bytes.count && (bytes[valueStart] == .doubleQuote || bytes[valueStart] == .singleQuote) {
            return scanQuotedValue(key: key, separator: separator, at: valueStart)
        }
        return scanUnquotedValue(key: key, separator: separator, at: valueStart)
    }

    /// The key from `keyStart`, and the index of what ended it (`=`, `:`, `\n`, or the end of input).
    ///
    /// Blanks may sit inside the key region: trailing ones are trimmed, an inner space is an error.
    private func scanKey(from keyStart: Int, exported: Bool) throws(KeyFailure) -> (KeySpan, Int) {
        var index = keyStart
        var keyEnd = keyStart
        var firstSpace: Int?
        scan: while index < bytes.count {
            let byte = bytes[index]
            if GoUnicode.isASCIIKeyByte(byte) {
                index += 1
                keyEnd = index
                continue
            }
            switch byte {
            case .equals, .colon, .newline:
                break scan
            case .space:
                if firstSpace == nil { firstSpace = index }
                index += 1
            case .tab, 0x0B, 0x0C, .carriageReturn:
                index += 1
            case 0x80...:
                let scalar = UTF8Bytes.scalar(in: bytes, at: index)
                if GoUnicode.isInlineSpace(scalar.value) {
                    index += scalar.length
                } else if GoUnicode.isKeyScalar(scalar.value) {
                    index += scalar.length
                    keyEnd = index
                } else {
                    throw invalidKeyCharacter(at: index, keyStart: keyStart)
                }
            default:
                throw invalidKeyCharacter(at: index, keyStart: keyStart)
            }
        }
        if let firstSpace, firstSpace < keyEnd {
            let issue = ParseIssue(
                code: .spaceInKey, message: "key cannot contain a space", position: position(of: firstSpace),
                fix: "remove the space or use '_' in the key")
            throw KeyFailure(issue: issue, offset: firstSpace)
        }
        return (KeySpan(start: keyStart, end: keyEnd, exported: exported), index)
    }

    /// Whether `export` followed by one of Go's `\s` (`\t \n \f \r` or space) starts at `start`.
    private func hasExportPrefix(at start: Int) -> Bool {
        guard start + 6 < bytes.count else { return false }
        let word: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0x65, 0x78, 0x70, 0x6F, 0x72, 0x74)
        guard bytes[start] == word.0, bytes[start + 1] == word.1, bytes[start + 2] == word.2,
            bytes[start + 3] == word.3, bytes[start + 4] == word.4, bytes[start + 5] == word.5
        else { return false }
        switch bytes[start + 6] {
        case .tab, .newline, 0x0C, .carriageReturn, .space: return true
        default: return false
        }
    }

    private func invalidKeyCharacter(at index: Int, keyStart: Int) -> KeyFailure {
        let scalar = UTF8Bytes.scalar(in: bytes, at: index)
        let character = UTF8Bytes.string(bytes, index..<index + scalar.length)
        let statement = UTF8Bytes.string(bytes, keyStart..<endOfLine(from: keyStart))
        let issue = ParseIssue(
            code: .invalidKeyCharacter,
            message:
                "unexpected character \(GoQuoting.quote(character)) in variable name \(GoQuoting.quote(statement))",
            position: position(of: index),
            fix: "keys may hold letters, digits, '_', '.', '-', '[' and ']'; quote the value if it contains this")
        return KeyFailure(issue: issue, offset: index)
    }

    /// A `KEY` line: Compose takes the value from its environment, or drops the key.
    private func bareEntry(_ key: KeySpan) -> DotEnvEntry {
        let keyPosition = position(of: key.start)
        return DotEnvEntry(
            key: UTF8Bytes.string(bytes, key.start..<key.end), value: "", quote: .none, exported: key.exported,
            separator: .none, inlineComment: nil, isBare: true, keyPosition: keyPosition,
            valuePosition: position(of: key.end), lineRange: line...line, rawValueText: "")
    }

    /// A last line with neither separator nor newline.
    ///
    /// compose-go reads it as an empty key whose value is the line's text (`"": "WORD"`). Odd, but it is
    /// what Compose passes on.
    private func wordAtEndOfFile(_ key: KeySpan) -> StatementOutcome {
        let text = UTF8Bytes.string(bytes, key.start..<key.end)
        let start = position(of: key.start)
        let entry = DotEnvEntry(
            key: "", value: text, quote: .none, exported: key.exported, separator: .none, inlineComment: nil,
            isBare: false, keyPosition: start, valuePosition: start, lineRange: line...line, rawValueText: text)
        return .entry(entry, next: bytes.count, endsLine: true)
    }
}

/// A key Compose would refuse, and where.
struct KeyFailure: Error {
    var issue: ParseIssue
    var offset: Int
}

/// Where a scanned key sits.
struct KeySpan {
    var start: Int
    /// Just past the last character that is not a blank.
    var end: Int
    var exported: Bool
}
