/// libyaml's test for writing a scalar plain (`yaml_emitter_analyze_scalar` in 0.2.5), mirrored in Swift.
///
/// libyaml quietly switches a plain request to single quotes when plain is impossible. Knowing its rule
/// lets the style chooser decide first, so the quotes are the ones we picked.
enum PlainScalarRules {
    /// Whether libyaml would write `text` plain in a block (`inFlow == false`) or flow collection.
    static func libyamlAllowsPlain(_ text: String, inFlow: Bool, unicode: Bool) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last, first != " ", last != " " else { return false }
        // A document marker at the start would end the document.
        if text.hasPrefix("---") || text.hasPrefix("...") { return false }
        var flowIndicator = false
        var blockIndicator = false
        for (index, scalar) in scalars.enumerated() {
            guard isPrintable(scalar), !SourceFile.isBreak(scalar), unicode || scalar.isASCII else { return false }
            let followedByBlank = index + 1 == scalars.count || isBlank(scalars[index + 1])
            let precededByBlank = index > 0 && isBlank(scalars[index - 1])
            switch scalar {
            case "#" where index == 0 || precededByBlank, "&" where index == 0, "*" where index == 0,
                "!" where index == 0, "|" where index == 0, ">" where index == 0, "'" where index == 0,
                "\"" where index == 0, "%" where index == 0, "@" where index == 0, "`" where index == 0,
                "-" where index == 0 && followedByBlank:
                flowIndicator = true
                blockIndicator = true
            case ",", "[", "]", "{", "}":
                flowIndicator = true
                blockIndicator = blockIndicator || index == 0
            case "?" where index > 0:
                flowIndicator = true
            case "?", ":":
                flowIndicator = true
                blockIndicator = blockIndicator || followedByBlank
            default:
                break
            }
        }
        return inFlow ? !flowIndicator : !blockIndicator
    }

    /// Whether libyaml's `IS_PRINTABLE` holds for the character.
    ///
    /// That is LF, printable ASCII, and the Basic Multilingual Plane from U+00A0 except surrogates, the byte
    /// order mark and U+FFFE/U+FFFF. Characters beyond it (emoji) count as special, so libyaml writes them as
    /// `\U` escapes inside double quotes.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x20...0x7E, 0xA0...0xD7FF: true
        case 0xE000...0xFFFD: scalar.value != 0xFEFF
        default: false
        }
    }

    /// libyaml's blank: a space, a tab, a line break, or the end.
    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || SourceFile.isBreak(scalar)
    }
}
