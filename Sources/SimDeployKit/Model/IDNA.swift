/// Internationalised host names: a Unicode name becomes the `xn--` form DNS, certificates and
/// proxy configs use, or is refused with the reason.
///
/// This is the part of IDNA2008 (RFC 5891) and UTS #46 a config generator needs, without their
/// Unicode tables: names are lower-cased, a label must already be in composed form (NFC) and
/// hold only letters, marks, digits and hyphens, and compatibility characters (full-width
/// letters, ligatures) are refused rather than mapped. `ß` and `ς` are kept, as browsers do.
/// The bidirectional rule (RFC 5893) is not checked.
enum IDNA {
    /// Characters UTS #46 reads as label separators besides `.`.
    private static let dots: Set<Unicode.Scalar> = [".", "\u{3002}", "\u{FF0E}", "\u{FF61}"]

    /// IDNA2008 keeps these two, which case folding would turn into `ss` and `σ`.
    private static let deviations: Set<Unicode.Scalar> = ["\u{00DF}", "\u{03C2}"]

    /// The ASCII form of a host name that has non-ASCII characters.
    static func toASCII(_ text: String) throws(ValueError) -> String {
        var labels: [String] = []
        var label: [Unicode.Scalar] = []
        for scalar in text.lowercased().unicodeScalars {
            if dots.contains(scalar) {
                labels.append(try asciiLabel(label, in: text))
                label = []
            } else {
                label.append(scalar)
            }
        }
        labels.append(try asciiLabel(label, in: text))
        return labels.joined(separator: ".")
    }

    /// Checks an `xn--` label: it must decode, and encode back to itself, as a valid Unicode label.
    static func checkACELabel(_ label: Substring, in text: String) throws(ValueError) {
        let fix = "write the name in Unicode, or copy its xn-- form from your registrar"
        guard let scalars = Punycode.decode(String(label.dropFirst(4))), !scalars.allSatisfy(\.isASCII) else {
            throw ValueError("\(quoted(text)) has \(quoted(String(label))), which is not valid punycode", fix: fix)
        }
        try checkUnicodeLabel(scalars, in: text)
        guard Punycode.encode(scalars).map({ "xn--" + $0 }) == String(label) else {
            throw ValueError("\(quoted(text)) has \(quoted(String(label))), which is not in canonical form", fix: fix)
        }
    }

    private static func asciiLabel(_ label: [Unicode.Scalar], in text: String) throws(ValueError) -> String {
        if label.allSatisfy(\.isASCII) { return String(String.UnicodeScalarView(label)) }
        try checkUnicodeLabel(label, in: text)
        guard let encoded = Punycode.encode(label) else {
            throw ValueError("\(quoted(text)) has a label too long to encode", fix: "use a shorter name")
        }
        return "xn--" + encoded
    }

    private static func checkUnicodeLabel(_ label: [Unicode.Scalar], in text: String) throws(ValueError) {
        let fix = "write the name in its usual composed form, or in its punycode form (xn--...)"
        if let first = label.first, isMark(first) {
            throw ValueError("\(quoted(text)) has a label that starts with a combining mark", fix: fix)
        }
        if label.count >= 4, label[2] == "-", label[3] == "-" {
            throw ValueError("\(quoted(text)) has a label with '--' in third and fourth position", fix: fix)
        }
        for scalar in label {
            if let problem = problem(with: scalar) {
                throw ValueError("\(quoted(text)) is not a valid international host name: \(problem)", fix: fix)
            }
        }
    }

    /// Why `scalar` cannot appear in a Unicode label, or `nil` when it can.
    private static func problem(with scalar: Unicode.Scalar) -> String? {
        let shown = "\(quoted(String(scalar))) (U+\(hex(scalar)))"
        if scalar.isASCII {
            let allowed = (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") || scalar == "-"
            return allowed ? nil : "\(shown) is not allowed"
        }
        if deviations.contains(scalar) { return nil }
        // A decomposed letter (e + U+0301, kana + U+3099, conjoining Hangul jamo) has a composed
        // form that browsers use; encoding the decomposed one would name another host.
        if (0x0300...0x036F).contains(scalar.value) || (0x3099...0x309A).contains(scalar.value)
            || (0x1100...0x11FF).contains(scalar.value)
        {
            return "\(shown) is a combining character written apart from its letter"
        }
        if scalar.properties.changesWhenNFKCCaseFolded {
            return "\(shown) is a compatibility or formatting character; write the plain character"
        }
        switch scalar.properties.generalCategory {
        case .lowercaseLetter, .otherLetter, .modifierLetter, .nonspacingMark, .spacingMark, .decimalNumber:
            return nil
        default:
            return "\(shown) is not a letter, mark or digit"
        }
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    private static func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
