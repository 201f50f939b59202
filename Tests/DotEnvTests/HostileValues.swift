/// Values that break naive `.env` writers: quoting, comments, interpolation, escapes, blanks, Unicode.
enum HostileValues {
    static let all: [String] = [
        "p@ss word", "a#b", "a #b", "#lead", "$HOME", "${X}", "pa$$word", "$", "'", "\"", "it's \"quoted\"",
        "back\\slash", "trail\\", "\\n", " lead", "trail ", "tab\there", "{json: \"x\"}", ";rm -rf",
        "Sim <noreply@example.com>", "héllo ✓ 日本 🚀", "=", "a=b", "`cmd`", "$(openssl rand -hex 32)", "",
        // Beyond the brief's list: the double-quoted path with `$`, control characters and escapes.
        "it's $HOME and ${X:-y}", "bell\u{07} esc\u{1B}5 del\u{7F}", "\\\\'\\$\\\"", "'\\", "trail\\\\",
        "a\u{0B}b\u{0C}c\u{08}", " #", "\u{A0}nbsp\u{A0}", "0123", "http://host:8080/path?q=1&r=2",
    ]
}
