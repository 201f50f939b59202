/// Lets a value into an nginx config only when nginx reads it back as one literal word.
///
/// Values are checked, never quoted: inside quotes nginx still expands `$variables`, and `;`,
/// `{`, `}`, `#`, quotes, `\` and whitespace end or change a directive. `server_name` also gives
/// a leading `~` (regex), `*` or `.` (wildcards) a meaning, so only letters, digits and `.-_:/`
/// pass, never with a leading `-` or `.`.
public enum NginxEscaping: ConfigEscaping {
    public static let formatName = "nginx config"

    /// `value` as one nginx word, or the reason it cannot be one.
    public static func word(_ value: String) throws(ValueError) -> Escaped<NginxEscaping> {
        try TokenCheck.check(value, format: formatName, extraAllowed: "._-:/")
        if value.hasPrefix(".") {
            throw ValueError(
                "\(quoted(value)) cannot go into the nginx config: a leading '.' makes a wildcard server name",
                fix: "write the full host name")
        }
        return Escaped(checked: value)
    }
}
