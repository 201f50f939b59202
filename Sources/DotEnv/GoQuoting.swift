/// Go's `%q` for strings, so our messages quote text the way Compose's do.
enum GoQuoting {
    /// `text` in double quotes with Go's escapes: `\"`, `\\`, `\n`-style controls, `\x`/`\u` for the rest
    /// of what Go does not print.
    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\u{07}": result += "\\a"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{0B}": result += "\\v"
            default:
                result += isPrintable(scalar) ? String(scalar) : escaped(scalar)
            }
        }
        return result + "\""
    }

    /// Go's `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .spaceSeparator, .lineSeparator,
            .paragraphSeparator:
            return false
        default:
            return true
        }
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        let value = scalar.value
        let (prefix, width) = value < 0x80 ? ("\\x", 2) : value <= 0xFFFF ? ("\\u", 4) : ("\\U", 8)
        let digits = String(value, radix: 16)
        return prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
