/// The character classes compose-go's dotenv parser takes from Go's `unicode` package.
///
/// Compose decides where a key, a value and a comment end with these sets, so reproducing them
/// exactly (rather than using Swift's own notion of white space) keeps our reading identical to
/// its reading, down to a no-break space at the end of a value.
enum GoUnicode {
    /// Go's `unicode.IsSpace`: ASCII white space including `\n`, NEL, NBSP and Unicode `White_Space`.
    @inline(__always)
    static func isSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            true
        default:
            false
        }
    }

    /// compose-go's own `isSpace`: blanks that never end a line (`\t \v \f \r`, space, NEL, NBSP).
    @inline(__always)
    static func isInlineSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0: true
        default: false
        }
    }

    /// compose-go's `isValidKeyRune`: Unicode letters and numbers, `_`, `.`, `-`, `[` and `]`.
    @inline(__always)
    static func isKeyScalar(_ value: UInt32) -> Bool {
        if value < 0x80 {
            return isASCIIKeyByte(UInt8(truncatingIfNeeded: value))
        }
        guard let scalar = Unicode.Scalar(value) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// The ASCII part of `isKeyScalar`, for the hot loop.
    @inline(__always)
    static func isASCIIKeyByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"),
            UInt8(ascii: "["), UInt8(ascii: "]"):
            true
        default:
            false
        }
    }
}
