import DotEnv

/// Small helpers rules share: positions inside keys and values, and the end of a line.
extension DotEnvEntry {
    /// The position of the scalar at `offset` in ``rawValueText`` (the opening quote is offset 0).
    func positionInRawValue(_ offset: Int) -> SourcePosition {
        var position = valuePosition
        for scalar in rawValueText.unicodeScalars.prefix(offset) { position.advance(over: scalar) }
        return position
    }

    /// The position of the first scalar of ``rawValueText`` for which `matches` holds, in one pass.
    func positionInRawValue(firstWhere matches: (Unicode.Scalar) -> Bool) -> SourcePosition? {
        var position = valuePosition
        for scalar in rawValueText.unicodeScalars {
            if matches(scalar) { return position }
            position.advance(over: scalar)
        }
        return nil
    }

    /// The position of the scalar at `offset` in ``key``.
    func positionInKey(_ offset: Int) -> SourcePosition {
        SourcePosition(line: keyPosition.line, column: keyPosition.column + offset)
    }

    /// The scalar offset in ``rawValueText`` of the value's first character (after an opening quote).
    var contentOffset: Int { quote == .none ? 0 : 1 }

    /// `value` shown in a message, or a neutral phrase when the key is secret.
    var displayedValue: String {
        SecretPolicy.isSecret(key: key, value: value) ? "the value" : "'\(value)'"
    }
}

extension SourcePosition {
    /// The position after `scalar`: the next column, or the start of the next line after a line break.
    fileprivate mutating func advance(over scalar: Unicode.Scalar) {
        if scalar == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }
}

/// The end of a logical line: its last physical line, its line break and trailing blanks.
struct LineEnd {
    /// The last physical line's number.
    var line: Int
    /// Scalars on the last physical line before the line break (a BOM not counted).
    var width: Int
    /// Trailing spaces and tabs before the line break.
    var trailingBlanks: Int
    var hasCarriageReturn: Bool
    var hasNewline: Bool

    init(_ line: DotEnvLine, isFirstLineWithByteOrderMark: Bool) {
        let bytes = line.raw.utf8
        var end = bytes.endIndex
        hasNewline = false
        hasCarriageReturn = false
        if end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: "\n") {
            hasNewline = true
            end = bytes.index(before: end)
            if end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: "\r") {
                hasCarriageReturn = true
                end = bytes.index(before: end)
            }
        }
        var start = end
        while start > bytes.startIndex, bytes[bytes.index(before: start)] != UInt8(ascii: "\n") {
            start = bytes.index(before: start)
        }
        var blanks = 0
        var index = end
        while index > start {
            let previous = bytes.index(before: index)
            let byte = bytes[previous]
            guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") else { break }
            blanks += 1
            index = previous
        }
        trailingBlanks = blanks
        var width = 0
        for byte in bytes[start..<end] where byte & 0xC0 != 0x80 {
            width += 1
        }
        if isFirstLineWithByteOrderMark && line.lineRange.lowerBound == line.lineRange.upperBound {
            width -= 1
        }
        self.width = width
        self.line = line.lineRange.upperBound
    }
}

extension LintInput {
    /// The end of the line at `index`.
    func lineEnd(_ index: Int) -> LineEnd {
        LineEnd(file.lines[index], isFirstLineWithByteOrderMark: index == 0 && file.hasByteOrderMark)
    }

    /// Whether `name` is set by a statement before the one at `statementIndex`, and the nearest such statement.
    func earlierStatement(setting name: String, before statementIndex: Int) -> Statement? {
        guard let last = lastIndex(of: name) else { return nil }
        if last < statementIndex { return statements[last] }
        var found: Statement?
        for pair in duplicates where pair.earlier < statementIndex && statements[pair.earlier].entry.key == name {
            found = statements[pair.earlier]
        }
        return found
    }

    /// The index in ``statements`` of each statement, for rules that need "earlier".
    func index(of statement: Statement) -> Int? {
        lastIndex(of: statement.entry.key)
    }
}

/// `true`/`1` in any case: how Sim's `isTruthy` reads a flag.
func isTruthy(_ value: String) -> Bool {
    value == "1" || value.lowercased() == "true"
}

/// Whether `host` names the machine itself (a container's own loopback, when read inside one).
func isLoopbackHost(_ host: String) -> Bool {
    let host = host.lowercased()
    return host == "localhost" || host.hasSuffix(".localhost") || host.hasPrefix("127.") || host == "[::1]"
        || host == "0.0.0.0"
}
