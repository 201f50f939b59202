/// What a YAML 1.1 reader makes of a plain scalar: PyYAML's resolver, plus go-yaml v2's `y` and `n`.
///
/// Helm reads values files with go-yaml v2 (through sigs.k8s.io/yaml), a YAML 1.1 reader, so `yes`, `off`,
/// `0123` and `1:20` are not strings there. Only "is it still a string?" matters to the emitter, so this
/// answers that and nothing more. The grammars mirror the regular expressions in PyYAML's `resolver.py`.
enum YAML11Schema {
    static let booleans = [
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
        "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF",
    ]
    static let nulls = ["", "~", "null", "Null", "NULL"]
    /// The merge key and the value key: `<<` merges mappings, and PyYAML cannot load a plain `=` at all.
    static let keys = ["<<", "="]

    /// Whether a YAML 1.1 reader takes this plain text as a string.
    static func readsAsString(_ text: String) -> Bool {
        !(booleans.contains(text) || nulls.contains(text) || keys.contains(text) || isInt(text) || isFloat(text))
    }

    /// Whether the text is a YAML 1.1 int.
    ///
    /// `[-+]?(0b[0-1_]+|0[0-7_]+|(0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+|[1-9][0-9_]*(:[0-5]?[0-9])+)`
    static func isInt(_ text: String) -> Bool {
        ByteCursor.text(text, signed: true, matchesOneOf: [binary, octal, decimal, hex, sexagesimal])
    }

    /// Whether the text is a YAML 1.1 float.
    ///
    /// `[-+]?[0-9][0-9_]*\.[0-9_]*([eE][-+][0-9]+)?`, `\.[0-9_]+([eE][-+][0-9]+)?` (no sign),
    /// `[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*`, `[-+]?\.(inf|Inf|INF)` and `\.(nan|NaN|NAN)`.
    static func isFloat(_ text: String) -> Bool {
        [".nan", ".NaN", ".NAN"].contains(text)
            || ByteCursor.text(text, matchesOneOf: [fraction])
            || ByteCursor.text(text, signed: true, matchesOneOf: [decimalFloat, sexagesimalFloat, infinity])
    }
}

private extension YAML11Schema {
    static func isUnderscore(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "_") }

    /// Binary: `0b[0-1_]+`.
    static func binary(_ cursor: inout ByteCursor) -> Bool {
        cursor.take("0b") && cursor.takeAll { ASCII.isBinary($0) || isUnderscore($0) } > 0
    }

    /// Octal, `0[0-7_]+`: a leading zero makes an octal number in YAML 1.1, so `0644` is 420.
    static func octal(_ cursor: inout ByteCursor) -> Bool {
        cursor.take("0") && cursor.takeAll { ASCII.isOctal($0) || isUnderscore($0) } > 0
    }

    /// Decimal: `0|[1-9][0-9_]*`.
    static func decimal(_ cursor: inout ByteCursor) -> Bool {
        if cursor.take("0") { return true }
        guard cursor.take(where: ASCII.isNonZeroDigit) else { return false }
        cursor.takeAll(where: ASCII.isDigitOrUnderscore)
        return true
    }

    /// Hexadecimal: `0x[0-9a-fA-F_]+`.
    static func hex(_ cursor: inout ByteCursor) -> Bool {
        cursor.take("0x") && cursor.takeAll { ASCII.isHex($0) || isUnderscore($0) } > 0
    }

    /// Base 60: `[1-9][0-9_]*(:[0-5]?[0-9])+`, so `1:20` is 80.
    static func sexagesimal(_ cursor: inout ByteCursor) -> Bool {
        guard cursor.take(where: ASCII.isNonZeroDigit) else { return false }
        cursor.takeAll(where: ASCII.isDigitOrUnderscore)
        return sexagesimalGroups(&cursor)
    }

    /// A float with a dot: `[0-9][0-9_]*\.[0-9_]*([eE][-+][0-9]+)?`.
    static func decimalFloat(_ cursor: inout ByteCursor) -> Bool {
        guard cursor.take(where: ASCII.isDigit) else { return false }
        cursor.takeAll(where: ASCII.isDigitOrUnderscore)
        guard cursor.take(".") else { return false }
        cursor.takeAll(where: ASCII.isDigitOrUnderscore)
        return exponent(&cursor)
    }

    /// A fraction alone: `\.[0-9_]+([eE][-+][0-9]+)?`.
    static func fraction(_ cursor: inout ByteCursor) -> Bool {
        cursor.take(".") && cursor.takeAll(where: ASCII.isDigitOrUnderscore) > 0 && exponent(&cursor)
    }

    /// A base-60 float: `[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*`.
    static func sexagesimalFloat(_ cursor: inout ByteCursor) -> Bool {
        guard cursor.take(where: ASCII.isDigit) else { return false }
        cursor.takeAll(where: ASCII.isDigitOrUnderscore)
        guard sexagesimalGroups(&cursor), cursor.take(".") else { return false }
        cursor.takeAll(where: ASCII.isDigitOrUnderscore)
        return true
    }

    /// Infinity: `\.(inf|Inf|INF)`.
    static func infinity(_ cursor: inout ByteCursor) -> Bool {
        cursor.take(".inf") || cursor.take(".Inf") || cursor.take(".INF")
    }

    /// The base-60 groups: `(:[0-5]?[0-9])+`.
    static func sexagesimalGroups(_ cursor: inout ByteCursor) -> Bool {
        var groups = 0
        while cursor.take(":") {
            var lookahead = cursor
            let digits = lookahead.takeAll(where: ASCII.isDigit)
            guard digits == 1 || (digits == 2 && cursor.take(oneOf: "012345")) else { return false }
            cursor = lookahead
            groups += 1
        }
        return groups > 0
    }

    /// An optional `[eE][-+][0-9]+`; YAML 1.1 wants the exponent's sign.
    static func exponent(_ cursor: inout ByteCursor) -> Bool {
        guard cursor.take(oneOf: "eE") else { return true }
        return cursor.take(oneOf: "+-") && cursor.takeAll(where: ASCII.isDigit) > 0
    }
}
