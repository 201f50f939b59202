import DotEnv
import Testing

@Suite("Encoding values")
struct DotEnvValueTests {
    @Test(
        "writes each value in the plainest form Compose reads back exactly",
        arguments: [
            ("", ""), ("abc-1.2_3", "abc-1.2_3"), ("user@host:5432/db,x=%2B+y", "user@host:5432/db,x=%2B+y"),
            ("p@ss word", "'p@ss word'"), ("$HOME", "'$HOME'"), ("a #b", "'a #b'"), ("\"", "'\"'"),
            ("back\\slash", "'back\\slash'"), ("héllo", "'héllo'"), ("'", "\"'\""),
            ("it's \"quoted\"", #""it's \"quoted\"""#), ("trail\\", #""trail\\""#), ("tab\there", #""tab\there""#),
            ("it's $A", #""it's \$A""#), ("esc\u{1B}5", #""esc\00335""#),
        ])
    func encodings(value: String, expected: String) throws {
        #expect(try DotEnvValue.encode(value) == expected)
    }

    @Test("reads every hostile value back through our own parser and interpolation", arguments: HostileValues.all)
    func ownRoundTrip(value: String) throws {
        let line = try DotEnvLine.render(key: "KEY", value: value)
        let file = DotEnvParser.parse(line + "\n")
        #expect(file.issues.isEmpty, "\(line)")
        let entry = try #require(file["KEY"])
        #expect(try Interpolation.interpolated(entry) { _ in "SHOULD-NOT-APPEAR" } == value, "\(line)")
        #expect(Interpolation.references(in: entry).isEmpty, "\(line)")
    }

    @Test(
        "refuses line feed, carriage return and NUL with a clear error",
        arguments: [
            ("a\nb", DotEnvEncodingError.newline), ("a\rb", .carriageReturn), ("a\r\nb", .carriageReturn),
            ("a\u{0}b", .nul),
        ])
    func refusesLineBreaks(value: String, error: DotEnvEncodingError) {
        #expect(throws: error) { try DotEnvValue.encode(value) }
        #expect(error.description.contains("the value contains"))
    }

    @Test("renders KEY=value for portable keys only", arguments: ["", "1A", "A B", "A-B", "A.B", "ké", "A="])
    func refusesKeys(key: String) {
        #expect(throws: DotEnvEncodingError.invalidKey(key)) { try DotEnvLine.render(key: key, value: "x") }
    }

    @Test("renders a line with its key and encoded value")
    func render() throws {
        #expect(try DotEnvLine.render(key: "_Sim_1", value: "a b") == "_Sim_1='a b'")
        #expect(DotEnvEncodingError.invalidKey("1A").description.contains("\"1A\" is not a portable variable name"))
    }

    @Test("builds a parsed line with an optional comment for splicing into a file")
    func entryLine() throws {
        let line = try DotEnvFile.entryLine(key: "SECRET", value: "a#b c", comment: "rotate yearly")
        #expect(line.raw == "SECRET='a#b c' # rotate yearly\n")
        #expect(line.entry?.value == "a#b c")
        #expect(line.entry?.inlineComment == " rotate yearly")
        let bare = try DotEnvFile.entryLine(key: "PORT", value: "3000")
        var file = DotEnvParser.parse("# header\nA=1\n")
        file.lines.insert(bare, at: 1)
        #expect(file.text == "# header\nPORT=3000\nA=1\n")
        #expect(throws: DotEnvEncodingError.commentLineBreak) {
            try DotEnvFile.entryLine(key: "A", value: "1", comment: "two\nlines")
        }
    }
}
