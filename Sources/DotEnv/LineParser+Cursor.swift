/// Cursor moves and positions shared by the line and statement scanners.
extension LineParser {
    /// Skips what Go's `unicode.IsSpace` calls space, stopping at a line break.
    @inline(__always)
    func skipSpaces(from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == .space || byte == .tab {
                index += 1
            } else if byte < 0x80 {
                guard byte != .newline, GoUnicode.isSpace(UInt32(byte)) else { return index }
                index += 1
            } else {
                let scalar = UTF8Bytes.scalar(in: bytes, at: index)
                guard GoUnicode.isSpace(scalar.value) else { return index }
                index += scalar.length
            }
        }
        return index
    }

    /// Skips compose-go's `isSpace` blanks (`\t \v \f \r`, space, NEL, NBSP).
    @inline(__always)
    func skipInlineSpaces(from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard GoUnicode.isInlineSpace(UInt32(byte)) else { return index }
                index += 1
            } else {
                let scalar = UTF8Bytes.scalar(in: bytes, at: index)
                guard GoUnicode.isInlineSpace(scalar.value) else { return index }
                index += scalar.length
            }
        }
        return index
    }

    /// The index of the next `\n` at or after `start`, or the end of input.
    @inline(__always)
    func endOfLine(from start: Int) -> Int {
        var index = start
        while index < bytes.count && bytes[index] != .newline {
            index += 1
        }
        return index
    }

    /// `end` moved back over trailing `unicode.IsSpace` scalars, not past `start`.
    @inline(__always)
    func trimmingTrailingSpaces(_ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start {
            let last = bytes[end - 1]
            if last < 0x80 {
                guard GoUnicode.isSpace(UInt32(last)) else { return end }
                end -= 1
                continue
            }
            var lead = end - 1
            while lead > start && bytes[lead] & 0xC0 == 0x80 {
                lead -= 1
            }
            let scalar = UTF8Bytes.scalar(in: bytes, at: lead)
            guard lead + scalar.length == end, GoUnicode.isSpace(scalar.value) else { return end }
            end = lead
        }
        return end
    }

    /// The position of `offset`, which must lie on the current physical line.
    @inline(__always)
    func position(of offset: Int) -> SourcePosition {
        SourcePosition(line: line, column: 1 + UTF8Bytes.scalarCount(in: bytes, lineStart..<offset))
    }

    /// The position of `offset`, counting line breaks from a known line start at or before it.
    func locate(_ offset: Int, from knownLine: Int, lineStart knownStart: Int) -> SourcePosition {
        var currentLine = knownLine
        var currentStart = knownStart
        var index = knownStart
        while index < offset {
            if bytes[index] == .newline {
                currentLine += 1
                currentStart = index + 1
            }
            index += 1
        }
        return SourcePosition(line: currentLine, column: 1 + UTF8Bytes.scalarCount(in: bytes, currentStart..<offset))
    }
}

extension UInt8 {
    static let tab = UInt8(ascii: "\t")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let hash = UInt8(ascii: "#")
    static let dollar = UInt8(ascii: "$")
    static let backslash = UInt8(ascii: "\\")
    static let singleQuote = UInt8(ascii: "'")
    static let doubleQuote = UInt8(ascii: "\"")
    static let equals = UInt8(ascii: "=")
    static let colon = UInt8(ascii: ":")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
}
