/// The backslash rules inside quotes, as compose-go applies them.
///
/// compose-go first drops the backslash of an escaped closing quote (`\'` or `\"`) and keeps every other
/// backslash pair as it is; for double quotes it then rewrites `\a \b \f \n \r \t \v \\ \" \$ \0NNN` in
/// one left-to-right pass (`\$` becomes `$$`, so that interpolation leaves a literal `$`). Because the first
/// pass always leaves backslashes in pairs, both passes fold into the single pass below.
enum QuotedValue {
    /// The value Compose hands to interpolation for the quoted text `range` (quotes excluded).
    static func unescape(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, quote: UInt8) -> [UInt8] {
        var ignored: [Int]?
        return unescape(bytes, range, quote: quote, sourceOffsets: &ignored)
    }

    /// The source offset of the escape or byte that produced byte `valueOffset` of the unescaped value.
    static func sourceOffset(
        ofValueOffset valueOffset: Int, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, quote: UInt8
    ) -> Int {
        var offsets: [Int]? = []
        _ = unescape(bytes, range, quote: quote, sourceOffsets: &offsets)
        guard let offsets, valueOffset < offsets.count else { return range.upperBound }
        return offsets[valueOffset]
    }

    /// Unescapes `range`; when `sourceOffsets` is not nil, records where each output byte came from.
    static func unescape(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, quote: UInt8, sourceOffsets: inout [Int]?
    ) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let start = index
            let byte = bytes[index]
            if byte != .backslash || index + 1 >= range.upperBound {
                output.append(byte)
                index += 1
            } else if quote == .singleQuote {
                let next = bytes[index + 1]
                if next != quote { output.append(.backslash) }
                output.append(next)
                index += 2
            } else {
                index = expandEscape(bytes, at: index, end: range.upperBound, into: &output)
            }
            if sourceOffsets != nil {
                while sourceOffsets?.count ?? 0 < output.count {
                    sourceOffsets?.append(start)
                }
            }
        }
        return output
    }

    /// Expands the double-quote escape at `index` (a backslash) and returns the index after it.
    private static func expandEscape(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int, into output: inout [UInt8]
    ) -> Int {
        let next = bytes[index + 1]
        switch next {
        case UInt8(ascii: "a"): output.append(0x07)
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "v"): output.append(0x0B)
        case .backslash, .doubleQuote: output.append(next)
        // Interpolation turns `$$` into a literal `$`.
        case .dollar: output.append(contentsOf: [.dollar, .dollar])
        case UInt8(ascii: "0"): return expandOctal(bytes, at: index, end: end, into: &output)
        // `\c` matches compose-go's pattern but Go cannot unquote it, so it stays; so does any other pair.
        default: output.append(contentsOf: [.backslash, next])
        }
        return index + 2
    }

    /// `\0` and up to three digits: `\0NNN` with three octal digits up to 0377 is that code point (as UTF-8);
    /// anything else loses its `0` (`\012` reads `\12`), because compose-go rewrites `\0` to `\` before
    /// asking Go to unquote, and keeps the rewritten text when Go refuses.
    private static func expandOctal(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int, into output: inout [UInt8]
    ) -> Int {
        var digitsEnd = index + 2
        while digitsEnd < end && digitsEnd < index + 5
            && bytes[digitsEnd] >= UInt8(ascii: "0") && bytes[digitsEnd] <= UInt8(ascii: "9")
        {
            digitsEnd += 1
        }
        let digits = UnsafeBufferPointer(rebasing: bytes[index + 2..<digitsEnd])
        let isOctal = digits.count == 3 && digits.allSatisfy { $0 <= UInt8(ascii: "7") }
        let value = digits.reduce(UInt32(0)) { $0 * 8 + UInt32($1 &- UInt8(ascii: "0")) }
        if isOctal && value <= 0o377, let scalar = Unicode.Scalar(value) {
            output.append(contentsOf: String(Character(scalar)).utf8)
        } else {
            output.append(.backslash)
            output.append(contentsOf: digits)
        }
        return digitsEnd
    }
}
