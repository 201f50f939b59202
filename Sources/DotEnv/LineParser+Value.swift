/// The value half of a statement: compose-go's `extractVarValue`.
extension LineParser {
    /// An unquoted value: to the end of the line, cut at the first space-hash, trailing blanks trimmed.
    mutating func scanUnquotedValue(
        key: KeySpan, separator: DotEnvEntry.Separator, at valueStart: Int
    ) -> StatementOutcome {
        var index = valueStart
        var hasDollar = false
        // Only a space (not a tab) before `#` starts a comment: compose-go cuts at the two bytes " #".
        while index < bytes.count {
            let byte = bytes[index]
            if byte == .newline || (byte == .hash && index > valueStart && bytes[index - 1] == .space) { break }
            if byte == .dollar { hasDollar = true }
            index += 1
        }
        var inlineComment: String?
        var cut = index
        var breakIndex = index
        if index < bytes.count && bytes[index] == .hash {
            breakIndex = endOfLine(from: index)
            var commentEnd = breakIndex
            if commentEnd > index + 1 && bytes[commentEnd - 1] == .carriageReturn { commentEnd -= 1 }
            inlineComment = UTF8Bytes.string(bytes, index + 1..<commentEnd)
            cut = index - 1
        }
        let valueEnd = trimmingTrailingSpaces(valueStart, cut)
        let value = UTF8Bytes.string(bytes, valueStart..<valueEnd)
        if hasDollar, let error = Template(value).firstSyntaxError() {
            // Offsets count the decoded value; bytes that are not UTF-8 decode to the longer U+FFFD, so
            // stay on the line (which then reports the bad bytes instead).
            let offset = min(valueStart + error.offset, valueEnd)
            return .failure(invalidTemplate(error, at: position(of: offset)), at: offset)
        }
        let entry = DotEnvEntry(
            key: UTF8Bytes.string(bytes, key.start..<key.end), value: value, quote: .none, exported: key.exported,
            separator: separator, inlineComment: inlineComment, isBare: false, keyPosition: position(of: key.start),
            valuePosition: position(of: valueStart), lineRange: line...line, rawValueText: value)
        return .entry(entry, next: breakIndex < bytes.count ? breakIndex + 1 : bytes.count, endsLine: true)
    }

    /// A quoted value: up to the first matching quote that no backslash escapes, across lines.
    mutating func scanQuotedValue(
        key: KeySpan, separator: DotEnvEntry.Separator, at valueStart: Int
    ) -> StatementOutcome {
        let quote = bytes[valueStart]
        var index = valueStart + 1
        var escaped = false
        var hasBackslash = false
        var hasDollar = false
        var lineBreaks = 0
        var lastBreak = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == .newline {
                lineBreaks += 1
                lastBreak = index
            }
            if escaped {
                escaped = false
            } else if byte == quote {
                break
            } else if byte == .backslash {
                escaped = true
                hasBackslash = true
            } else if byte == .dollar {
                hasDollar = true
            }
            index += 1
        }
        guard index < bytes.count else { return unterminatedQuote(at: valueStart) }
        let content = valueStart + 1..<index
        let value: String
        if hasBackslash {
            value = String(decoding: QuotedValue.unescape(bytes, content, quote: quote), as: UTF8.self)
        } else {
            value = UTF8Bytes.string(bytes, content)
        }
        if quote == .doubleQuote && hasDollar, let error = Template(value).firstSyntaxError() {
            let source = QuotedValue.sourceOffset(ofValueOffset: error.offset, in: bytes, content, quote: quote)
            let issue = invalidTemplate(error, at: locate(source, from: line, lineStart: lineStart))
            return .failure(issue, at: source)
        }
        let keyPosition = position(of: key.start)
        let valuePosition = position(of: valueStart)
        let firstLine = line
        if lineBreaks > 0 {
            line += lineBreaks
            lineStart = lastBreak + 1
        }
        let entry = DotEnvEntry(
            key: UTF8Bytes.string(bytes, key.start..<key.end), value: value,
            quote: quote == .doubleQuote ? .double : .single, exported: key.exported, separator: separator,
            inlineComment: nil, isBare: false, keyPosition: keyPosition, valuePosition: valuePosition,
            lineRange: firstLine...line, rawValueText: UTF8Bytes.string(bytes, valueStart..<index + 1))
        return .entry(entry, next: index + 1, endsLine: false)
    }

    private func unterminatedQuote(at valueStart: Int) -> StatementOutcome {
        var end = endOfLine(from: valueStart)
        if end > valueStart && bytes[end - 1] == .carriageReturn { end -= 1 }
        let fix =
            bytes[valueStart] == .doubleQuote
            ? #"add the closing " (inside the value write \" for a quote and \\ for a final backslash)"#
            : #"add the closing ' (inside the value write \' for a quote; a final backslash needs double quotes)"#
        let issue = ParseIssue(
            code: .unterminatedQuote,
            message: "unterminated quoted value " + UTF8Bytes.string(bytes, valueStart..<end),
            position: position(of: valueStart), fix: fix)
        return .failure(issue, at: valueStart)
    }

    private func invalidTemplate(_ error: Template.SyntaxError, at position: SourcePosition) -> ParseIssue {
        ParseIssue(
            code: .invalidTemplate, message: "Invalid template: \(GoQuoting.quote(error.template))",
            position: position, fix: "write $$ for a literal '$', or single-quote the value")
    }
}
