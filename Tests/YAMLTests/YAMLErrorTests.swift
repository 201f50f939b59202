import Testing
import YAML

/// The full text a user sees for broken input: location, problem, context, the line and a caret.
@Suite("YAMLError rendering")
struct YAMLErrorTests {
    static func error(parsing text: String) throws -> YAMLError {
        try #require(throws: YAMLError.self) { try Parser.parse(text, fileName: "simdeploy.yaml") }
    }

    @Test("an unclosed flow sequence points past the end of its line")
    func unclosedBracket() throws {
        let error = try Self.error(parsing: "name: sim\nurl: [broken\n")
        #expect(error.kind == .syntax)
        #expect(
            error.description == """
                simdeploy.yaml:2:13: error: did not find expected ',' or ']' \
                (while parsing a flow sequence started at 2:6)
                  url: [broken
                              ^
                """)
    }

    @Test("a tab used for indentation is named, with the caret under the tab")
    func tabIndentation() throws {
        let error = try Self.error(parsing: "services:\n  web:\n\timage: redis\n")
        #expect(
            error.description == """
                simdeploy.yaml:3:1: error: found a tab character that cannot start any token; indent with spaces
                  \timage: redis
                  ^
                """)
    }

    @Test("an unterminated quote points at the end and names where the quote began")
    func unterminatedQuote() throws {
        let error = try Self.error(parsing: "a: 1\nname: \"sim studio\nb: 2\n")
        #expect(
            error.description == """
                simdeploy.yaml:3:5: error: found unexpected end of stream \
                (while scanning a quoted scalar started at 2:7)
                  b: 2
                      ^
                """)
    }

    @Test("a key out of line names the mapping it broke")
    func misindentedKey() throws {
        let error = try Self.error(parsing: "proxy:\n  domain: sim.example.com\n tls: true\n")
        #expect(
            error.description == """
                simdeploy.yaml:3:2: error: did not find expected key (while parsing a block mapping started at 1:1)
                   tls: true
                   ^
                """)
    }

    @Test("the caret copies tabs before the column, so it lines up in any terminal")
    func caretAfterTabs() throws {
        let error = try Self.error(parsing: "key: {a: 1,\t\tb: [x\n")
        #expect(error.sourceLine == "key: {a: 1,\t\tb: [x")
        #expect(error.mark == Mark(line: 1, column: 19))
        let caret = "  " + String(repeating: " ", count: "key: {a: 1,".count) + "\t\t" + "     ^"
        #expect(error.description.hasSuffix("\n  key: {a: 1,\t\tb: [x\n" + caret))
        let built = YAMLError(
            kind: .syntax, problem: "p", mark: Mark(line: 1, column: 4), fileName: "f", sourceLine: "\t\tab")
        #expect(built.description == "f:1:4: error: p\n  \t\tab\n  \t\t ^")
    }

    @Test("a duplicate key shows the second one")
    func duplicateKey() throws {
        let error = try Self.error(parsing: "image: a\nports: []\nimage: b\n")
        #expect(
            error.description == """
                simdeploy.yaml:3:1: error: duplicate key 'image' (first defined on line 1)
                  image: b
                  ^
                """)
    }

    @Test("control characters in the quoted line are shown as U+FFFD")
    func controlCharacters() throws {
        let error = try Self.error(parsing: "a: \u{1B}[31mred\n")
        #expect(
            error.description
                == "simdeploy.yaml:1:4: error: control characters are not allowed (U+001B)\n"
                + "  a: \u{FFFD}[31mred\n     ^"
        )
        #expect(error.sourceLine == "a: \u{1B}[31mred")
    }

    @Test("an error without a source line or position leaves them out")
    func unlocated() {
        let error = YAMLError(kind: .emitter, problem: "cannot write", mark: Mark(line: 0, column: 0), fileName: "")
        #expect(error.description == "error: cannot write")
        let named = YAMLError(
            kind: .emitter, problem: "cannot write", mark: Mark(line: 0, column: 0), fileName: "out.yaml")
        #expect(named.description == "out.yaml: error: cannot write")
    }
}
