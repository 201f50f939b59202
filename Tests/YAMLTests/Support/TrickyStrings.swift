/// Strings a naive YAML writer gets wrong: YAML 1.1 and 1.2 look-alikes of bools, nulls, numbers and
/// dates, indicators, whitespace, line breaks, non-ASCII text and shell syntax from compose files.
enum TrickyStrings {
    static let all: [String] = lookAlikes + indicators + layout + everyday

    /// Plain, each of these would read back as a bool, null, number, date or special key somewhere.
    static let lookAlikes = [
        "yes", "Yes", "YES", "no", "No", "on", "On", "off", "OFF", "y", "Y", "n", "N",
        "true", "True", "False", "FALSE", "null", "Null", "NULL", "~", "",
        "0", "0123", "0644", "0x1F", "0o17", "0b101", "1e3", "1.5e+3", "1_000", "1_000.5", "1:20", "190:20:30.15",
        "12", "-3", "+12", "-1", "+1", ".5", "1.", "1.5", ".inf", "-.Inf", "+.INF", ".nan", ".NaN",
        "2001-12-14", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "2002-1-2",
        "<<", "=",
    ]

    /// Each starts with, or holds, a character that means something to YAML.
    static let indicators = [
        "*x", "&x", "!x", "#x", "%x", "@x", "`x", "|x", ">x", "-x", "?x", ":x", ",x", "[x", "]x", "{x", "}x",
        "-", "?", ":", "- x", "? x", ": x", "---", "...", "--- x", "a: b", "a #b", "key:", "a,b", "[a]", "{a: b}",
    ]

    /// Whitespace and line breaks that only some styles can carry.
    static let layout = [
        " leading", "trailing ", " both ", "tab\there", "\tleading tab", "line1\nline2", "line\n", "\n\n", "\n",
        "\nleading newline", "  indented\nsecond", "trailing space \nnext", "crlf\r\nline", "nel\u{85}line",
        "bell\u{7}", "nul\u{0}byte", "del\u{7F}", "bom\u{FEFF}",
    ]

    /// Text that is fine plain but must stay exactly as it is.
    static let everyday = [
        "héllo ✓ 日本", "emoji 😀", "${VAR:?message}", "${POSTGRES_PASSWORD}", "$(openssl rand -hex 32)",
        "'quoted'", "\"dq\"", "it's", "say \"hi\"", "C:\\path", "back\\slash \"and\" quote",
        "redis:7-alpine", "http://localhost:3000", "postgresql://u:p@db:5432/sim?sslmode=disable",
        "80:80", "1.2.3", "10.0.0.1", "unless-stopped", "a b", "x#y", "a:b",
        String(repeating: "long value ", count: 30),
    ]
}
