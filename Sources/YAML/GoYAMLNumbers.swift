/// Numbers as go-yaml reads them: v2 in Helm (through sigs.k8s.io/yaml), v3 in Docker Compose.
///
/// Both drop every `_`, then try Go's `ParseInt` with base prefixes (so `0o17`, `0b101` and `1_000` are
/// numbers even where the YAML schemas disagree) and then the YAML 1.2 float syntax.
enum GoYAMLNumbers {
    /// Whether go-yaml takes this plain text as a number.
    static func isNumber(_ text: String) -> Bool {
        // go-yaml only tries numbers for text that starts like one.
        guard let first = text.utf8.first, "+-.0123456789".utf8.contains(first) else { return false }
        let digits = String(text.filter { $0 != "_" })
        return ByteCursor.text(digits, signed: true, matchesOneOf: [prefixed, decimal])
            || CoreSchema.isFloatSyntax(digits)
    }
}

private extension GoYAMLNumbers {
    /// `0[xX][0-9a-fA-F]+`, `0[bB][01]+` and `0[oO][0-7]+`.
    static func prefixed(_ cursor: inout ByteCursor) -> Bool {
        if cursor.take("0x") || cursor.take("0X") { return cursor.takeAll(where: ASCII.isHex) > 0 }
        if cursor.take("0b") || cursor.take("0B") { return cursor.takeAll(where: ASCII.isBinary) > 0 }
        if cursor.take("0o") || cursor.take("0O") { return cursor.takeAll(where: ASCII.isOctal) > 0 }
        return false
    }

    /// `[0-9]+`: Go reads a leading zero as octal, and go-yaml reads what `ParseInt` refuses as a float.
    static func decimal(_ cursor: inout ByteCursor) -> Bool {
        cursor.takeAll(where: ASCII.isDigit) > 0
    }
}
