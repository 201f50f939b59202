/// One parse in progress: splits the input into logical lines and classifies each one.
///
/// compose-go reads a file as a stream of statements; this parser follows the same rules but cuts the
/// stream at physical line breaks, which is where a statement ends unless a quote keeps it open.
struct LineParser {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Only input that failed UTF-8 validation up front is checked line by line.
    let checksUTF8: Bool
    var lines: [DotEnvLine] = []
    /// The physical line the cursor is on, and the offset where that line starts (columns count from it).
    var line = 1
    var lineStart = 0

    init(bytes: UnsafeBufferPointer<UInt8>, checksUTF8: Bool) {
        self.bytes = bytes
        self.checksUTF8 = checksUTF8
    }

    mutating func parseFile() -> DotEnvFile {
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        var cursor = hasBOM ? 3 : 0
        lineStart = cursor
        // Growing an array of lines this size copies it over and over; one counting pass is far cheaper.
        lines.reserveCapacity(lineBreakCount() + 1)
        while cursor < bytes.count {
            // The first line's raw text keeps the byte-order mark, so that joining raw gives the input back.
            cursor = parseLogicalLine(rawStart: lines.isEmpty ? 0 : cursor, at: cursor)
        }
        if lines.isEmpty && hasBOM {
            lines.append(DotEnvLine(raw: UTF8Bytes.string(bytes, 0..<3), kind: .blank, lineRange: 1...1))
        }
        return DotEnvFile(lines: lines, hasByteOrderMark: hasBOM)
    }
}

extension LineParser {
    /// Parses the logical line starting at `start` and returns where the next one starts.
    private mutating func parseLogicalLine(rawStart: Int, at start: Int) -> Int {
        let opening = LineOpening(rawStart: rawStart, line: line, lineStart: lineStart)
        var cursor = skipSpaces(from: start)
        if cursor == bytes.count || bytes[cursor] == .newline {
            return finish(opening, .blank, end: lineEnd(after: cursor))
        }
        if bytes[cursor] == .hash {
            let breakIndex = endOfLine(from: cursor)
            return finish(opening, .comment(commentText(cursor + 1, breakIndex)), end: lineEnd(after: breakIndex))
        }
        var first: DotEnvEntry
        var next: Int
        var endsLine: Bool
        switch scanStatement(at: cursor) {
        case .failure(let issue, let offset):
            return finish(opening, .invalid(issue), end: lineEnd(after: endOfLine(from: offset)))
        case .entry(let entry, let after, let ends):
            (first, next, endsLine) = (entry, after, ends)
        }
        var trailing: [DotEnvEntry] = []
        // After a closing quote Compose looks for the next statement right away, on the same line.
        while !endsLine {
            cursor = skipSpaces(from: next)
            if cursor == bytes.count || bytes[cursor] == .newline {
                next = lineEnd(after: cursor)
                break
            }
            if bytes[cursor] == .hash {
                let breakIndex = endOfLine(from: cursor)
                let comment = commentText(cursor + 1, breakIndex)
                if trailing.isEmpty {
                    first.inlineComment = comment
                } else {
                    trailing[trailing.count - 1].inlineComment = comment
                }
                next = lineEnd(after: breakIndex)
                break
            }
            switch scanStatement(at: cursor) {
            case .failure(let issue, let offset):
                return finish(opening, .invalid(issue), end: lineEnd(after: endOfLine(from: offset)))
            case .entry(let entry, let after, let ends):
                trailing.append(entry)
                (next, endsLine) = (after, ends)
            }
        }
        return finish(opening, .entry(first), trailing: trailing, end: next)
    }

    /// Records the line that ends at `end` (just past its line break) and moves to the next physical line.
    private mutating func finish(
        _ opening: LineOpening, _ kind: DotEnvLine.Kind, trailing: [DotEnvEntry] = [], end: Int
    ) -> Int {
        let range = opening.rawStart..<end
        let raw = UTF8Bytes.string(bytes, range)
        if checksUTF8, let bad = UTF8Bytes.firstInvalidOffset(in: bytes, range) {
            let issue = ParseIssue(
                code: .invalidUTF8, message: "invalid UTF-8 byte 0x\(hex(bytes[bad]))",
                position: locate(bad, from: opening.line, lineStart: opening.lineStart), fix: "save the file as UTF-8")
            lines.append(DotEnvLine(raw: raw, kind: .invalid(issue), lineRange: opening.line...line))
        } else {
            lines.append(DotEnvLine(raw: raw, kind: kind, lineRange: opening.line...line, trailingEntries: trailing))
        }
        if end > 0 && bytes[end - 1] == .newline {
            line += 1
            lineStart = end
        }
        return end
    }

    private func lineBreakCount() -> Int {
        var count = 0
        for byte in bytes where byte == .newline {
            count += 1
        }
        return count
    }

    /// Where a line ends, given the index of its `\n` (or the end of input).
    @inline(__always)
    private func lineEnd(after breakIndex: Int) -> Int {
        breakIndex < bytes.count ? breakIndex + 1 : bytes.count
    }

    /// The text of a comment between `start` and the line break, without a CR of a CRLF.
    private func commentText(_ start: Int, _ breakIndex: Int) -> String {
        var end = breakIndex
        if end > start && bytes[end - 1] == .carriageReturn { end -= 1 }
        return UTF8Bytes.string(bytes, start..<end)
    }

    private func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        return String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]], as: UTF8.self)
    }
}

/// Where a logical line started, kept while its statements are scanned.
struct LineOpening {
    var rawStart: Int
    var line: Int
    var lineStart: Int
}
