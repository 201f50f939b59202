/// Docker Compose's `$` substitution in `.env` values (compose-go v2.9.1 `template`).
///
/// Supports `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?message}`, `${VAR?message}`,
/// `${VAR:+alternative}`, `${VAR+alternative}`, nesting inside defaults, and `$$` for a literal `$`.
/// A `$` that starts none of these (`$`, `$1`, `$(cmd)`) stays as it is. Single-quoted values are literal.
public enum Interpolation {
    /// What Compose makes of `entry`'s value; `lookup` answers `nil` for an unset variable.
    ///
    /// Compose compares names byte for byte. A lookup backed by `[String: String]` also matches canonically
    /// equivalent names (the Kelvin sign `K` and `K`); ``DotEnvFile/resolvedValues(environment:)`` does not.
    ///
    /// Compose's own lookup tries its environment first, then the keys defined earlier in the file;
    /// ``DotEnvFile/resolvedValues(environment:)`` does that for a whole file.
    public static func interpolated(
        _ entry: DotEnvEntry, lookup: (String) -> String?
    ) throws(InterpolationError) -> String {
        try interpolated(entry.value, quote: entry.quote, lookup: lookup)
    }

    /// What Compose makes of `value` (as found in ``DotEnvEntry/value``) written with `quote`.
    public static func interpolated(
        _ value: String, quote: DotEnvEntry.Quote, lookup: (String) -> String?
    ) throws(InterpolationError) -> String {
        guard quote != .single, value.utf8.contains(.dollar) else { return value }
        let template = Template(value)
        return String(decoding: try template.substitute(0..<template.bytes.count, lookup: lookup), as: UTF8.self)
    }

    /// The variables `entry`'s value refers to, with their place in the file; none for single quotes.
    public static func references(in entry: DotEnvEntry) -> [VariableReference] {
        guard entry.quote != .single, entry.value.utf8.contains(.dollar) else { return [] }
        let found = Template(entry.value).references()
        let raw = Array(entry.rawValueText.utf8)
        return raw.withUnsafeBufferPointer { raw in
            found.map { reference in
                var sourceOffset = reference.offset
                if entry.quote == .double {
                    sourceOffset = QuotedValue.sourceOffset(
                        ofValueOffset: reference.offset, in: raw, 1..<max(1, raw.count - 1), quote: .doubleQuote)
                }
                return VariableReference(
                    found: reference, position: advance(entry.valuePosition, over: raw, 0..<sourceOffset))
            }
        }
    }

    /// The variables `value` refers to, positioned as if it started at 1:1.
    public static func references(in value: String) -> [VariableReference] {
        guard value.utf8.contains(.dollar) else { return [] }
        let bytes = Array(value.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            Template(value).references().map { reference in
                VariableReference(
                    found: reference,
                    position: advance(SourcePosition(line: 1, column: 1), over: buffer, 0..<reference.offset))
            }
        }
    }

    /// `position` moved over `range` of `bytes`, counting scalars and line breaks.
    private static func advance(
        _ position: SourcePosition, over bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
    ) -> SourcePosition {
        var result = position
        for index in range {
            if bytes[index] == .newline {
                result.line += 1
                result.column = 1
            } else if bytes[index] & 0xC0 != 0x80 {
                result.column += 1
            }
        }
        return result
    }
}

extension VariableReference {
    init(found: Template.Found, position: SourcePosition) {
        self.init(
            name: found.name, form: found.form, isBraced: found.isBraced, isNested: found.isNested,
            argument: found.argument, valueOffset: found.offset, position: position)
    }
}
