import Testing
import YAML

/// The exact text the emitter writes for a string value: the style-choice rules, one example each.
@Suite("Scalar style choice")
struct ScalarStyleTests {
    static func emitted(_ node: Node) throws -> String {
        try Emitter.emit(["k": node])
    }

    @Test("quotes yes so Helm reads a string", arguments: ["yes", "no", "on", "off", "y", "N", "True", "NULL", "~"])
    func yamlOneOneWords(_ text: String) throws {
        #expect(try Self.emitted(.string(text)) == "k: \"\(text)\"\n")
    }

    @Test(
        "quotes numbers of either YAML version and go-yaml",
        arguments: [
            "0123", "0x1F", "0o17", "0b101", "1e3", "1_000", "1:20", ".5", "1.", "-1", "+1", ".inf", "-.Inf", ".nan",
            "12",
        ])
    func numberLookAlikes(_ text: String) throws {
        #expect(try Self.emitted(.string(text)) == "k: \"\(text)\"\n")
    }

    @Test(
        "quotes dates, the merge key and the value key",
        arguments: ["2001-12-14", "2001-12-14t21:59:43.10-05:00", "<<", "="])
    func otherLookAlikes(_ text: String) throws {
        #expect(try Self.emitted(.string(text)) == "k: \"\(text)\"\n")
    }

    @Test("writes the empty string as \"\"")
    func emptyString() throws {
        #expect(try Self.emitted("") == "k: \"\"\n")
    }

    @Test("quotes a string that starts with an indicator", arguments: Array("-?:,[]{}#&*!|>%@`").map { "\($0)x" })
    func leadingIndicator(_ text: String) throws {
        #expect(try Self.emitted(.string(text)) == "k: \"\(text)\"\n")
    }

    @Test(
        "leaves everyday values plain",
        arguments: [
            "redis:7-alpine", "unless-stopped", "http://localhost:3000", "${POSTGRES_PASSWORD}", "${VAR:?message}",
            "$(openssl rand -hex 32)", "a b", "x#y", "a:b", "1.2.3", "10.0.0.1", "80:80", "C:\\path", "héllo ✓ 日本",
            "it's",
            #"say "hi""#,
        ])
    func everydayPlain(_ text: String) throws {
        #expect(try Self.emitted(.string(text)) == "k: \(text)\n")
    }

    @Test(
        "double-quotes what plain would misread or cannot hold",
        arguments: [
            ("a: b", #""a: b""#), ("a #b", #""a #b""#), ("key:", #""key:""#), (" lead", #"" lead""#),
            ("trail ", #""trail ""#), ("tab\there", #""tab\there""#), ("\n\n", #""\n\n""#), ("cr\rlf", #""cr\rlf""#),
            ("bell\u{7}", #""bell\a""#), ("emoji 😀", #""emoji \U0001F600""#), ("'quoted'", #""'quoted'""#),
        ])
    func doubleQuoted(_ text: String, _ expected: String) throws {
        #expect(try Self.emitted(.string(text)) == "k: \(expected)\n")
    }

    @Test(
        "single-quotes text with \" or \\ that needs no other escape",
        arguments: [
            (#""dq""#, #"'"dq"'"#), (#""it's" she said"#, #"'"it''s" she said'"#), (#"a: "b\c""#, #"'a: "b\c"'"#),
        ])
    func singleQuoted(_ text: String, _ expected: String) throws {
        #expect(try Self.emitted(.string(text)) == "k: \(expected)\n")
    }

    @Test("writes multi-line text as a literal block")
    func literalBlock() throws {
        #expect(try Self.emitted("line1\nline2") == "k: |-\n  line1\n  line2\n")
        #expect(try Self.emitted("line\n") == "k: |\n  line\n")
        #expect(try Self.emitted("  indented\nnext\n") == "k: |2\n    indented\n  next\n")
    }

    @Test("double-quotes multi-line text a block would change")
    func multiLineQuoted() throws {
        #expect(try Self.emitted("trailing space \nnext") == "k: \"trailing space \\nnext\"\n")
        #expect(try Self.emitted("kept\n\n") == "k: \"kept\\n\\n\"\n")
        #expect(try Self.emitted(.flowSequence(["a\nb"])) == "k: [\"a\\nb\"]\n")
    }

    @Test(
        "honours explicit styles",
        arguments: [
            (Node.Scalar.Style.singleQuoted, "k: 'plain'\n"), (.doubleQuoted, "k: \"plain\"\n"),
            (.literal, "k: |-\n  plain\n"),
            (.folded, "k: >-\n  plain\n"), (.plain, "k: plain\n"), (.any, "k: plain\n"),
        ])
    func explicitStyles(_ style: Node.Scalar.Style, _ expected: String) throws {
        #expect(try Self.emitted(.scalar(.init("plain", style: style))) == expected)
    }

    @Test("treats a plain request for a look-alike as the number or string it reads as")
    func plainIsAHint() throws {
        #expect(try Self.emitted(.scalar(.init("yes", style: .plain))) == "k: \"yes\"\n")
        #expect(try Self.emitted(.scalar(.init("a: b", style: .plain))) == "k: \"a: b\"\n")
        #expect(try Self.emitted(.scalar(.init("8080", style: .plain))) == "k: 8080\n")
        #expect(try Self.emitted(.scalar(.init("", style: .plain))) == "k: null\n")
    }

    @Test("literal(_:) forces a block even for one line")
    func forcedLiteral() throws {
        #expect(try Self.emitted(.literal("one line")) == "k: |-\n  one line\n")
        #expect(try Self.emitted(.literal("tab\tinside\n")) == "k: \"tab\\tinside\\n\"\n")
    }
}
