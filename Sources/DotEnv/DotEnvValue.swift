/// Writes values so that Docker Compose reads them back unchanged, with no interpolation.
public enum DotEnvValue {
    /// The text to put after `KEY=` so that Compose reads exactly `value`.
    ///
    /// - Empty, or only `[A-Za-z0-9_./:@%+,=-]`: unquoted, as written.
    /// - Otherwise, if it has no `'`, no control character and does not end with `\`: single-quoted. Compose
    ///   reads single quotes literally, so `$`, `#`, blanks, `"` and inner backslashes are safe there.
    /// - Otherwise double-quoted, with `\\`, `\"` and `\$` escaped and control characters written as
    ///   `\t`, `\a`, `\b`, `\f`, `\v` or `\0NNN`, all of which Compose unescapes.
    ///
    /// Throws for a line feed, a carriage return or NUL: these have no single-line spelling worth having.
    public static func encode(_ value: String) throws(DotEnvEncodingError) -> String {
        var isPlain = true
        var needsDoubleQuotes = false
        for byte in value.utf8 {
            switch byte {
            case .newline: throw .newline
            case .carriageReturn: throw .carriageReturn
            case 0x00: throw .nul
            case 0x01...0x1F, 0x7F, .singleQuote: needsDoubleQuotes = true
            default: break
            }
            if isPlain && !isPlainByte(byte) { isPlain = false }
        }
        if isPlain { return value }
        // A final backslash would escape the closing single quote.
        if !needsDoubleQuotes && value.utf8.last != .backslash { return "'" + value + "'" }
        return doubleQuoted(value)
    }

    /// Bytes Compose reads literally in an unquoted value, wherever they sit in it.
    private static func isPlainByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: "@"),
            UInt8(ascii: "%"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: "="), UInt8(ascii: "-"):
            true
        default:
            false
        }
    }

    private static func doubleQuoted(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "$": result += "\\$"
            case "\t": result += "\\t"
            case "\u{07}": result += "\\a"
            case "\u{08}": result += "\\b"
            case "\u{0B}": result += "\\v"
            case "\u{0C}": result += "\\f"
            case "\u{01}"..."\u{1F}", "\u{7F}": result += octalEscape(scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// `\0` and three octal digits: the one numeric escape Compose knows.
    private static func octalEscape(_ value: UInt32) -> String {
        let digits = String(value, radix: 8)
        return "\\0" + String(repeating: "0", count: 3 - digits.count) + digits
    }
}
