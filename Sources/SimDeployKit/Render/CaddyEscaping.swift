/// Lets a value into a Caddyfile only when Caddy reads it back as one literal token.
///
/// Values are checked, never quoted: inside quotes Caddy still expands `{...}` placeholders and
/// `{$ENV}`, and reads `\`, so no quoting makes arbitrary text literal. The allowed characters
/// are the ones host names, e-mail addresses, upstream addresses and sizes need; a token may not
/// start with `-`, which `header` reads as "delete this field".
public enum CaddyEscaping: ConfigEscaping {
    public static let formatName = "Caddyfile"

    /// `value` as one Caddyfile token, or the reason it cannot be one.
    public static func token(_ value: String) throws(ValueError) -> Escaped<CaddyEscaping> {
        try TokenCheck.check(value, format: formatName, extraAllowed: "._-:/@+%")
        return Escaped(checked: value)
    }
}
