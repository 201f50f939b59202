import DotEnv
import Testing

@Suite("Parser: unquoted values")
struct ParserUnquotedValueTests {
    @Test("reads an unquoted value up to a space-hash comment")
    func spaceHashComment() throws {
        let entry = try #require(onlyEntry("KEY=value   # the comment\n"))
        #expect(entry.value == "value")
        #expect(entry.inlineComment == " the comment")
        #expect(entry.rawValueText == "value")
    }

    @Test("keeps a hash with no space before it")
    func hashInsideValue() throws {
        #expect(onlyEntry("KEY=a#b\n")?.value == "a#b")
    }

    @Test("keeps a tab followed by a hash, since only a space starts a comment")
    func tabHash() throws {
        #expect(onlyEntry("KEY=a\t#b\n")?.value == "a\t#b")
    }

    @Test("reads a value that starts with a hash as the value, not a comment")
    func leadingHash() throws {
        let entry = try #require(onlyEntry("KEY= #not-a-comment\n"))
        #expect(entry.value == "#not-a-comment")
        #expect(entry.inlineComment == nil)
    }

    @Test("trims trailing blanks, including Unicode spaces Go trims")
    func trailingBlanks() throws {
        #expect(onlyEntry("KEY=v \t\u{3000}\n")?.value == "v")
        #expect(onlyEntry("KEY=\u{A0}x\u{A0}\n")?.value == "x")
    }

    @Test("reads an empty value")
    func emptyValue() throws {
        let entry = try #require(onlyEntry("KEY=\n"))
        #expect(entry.value.isEmpty)
        #expect(entry.valuePosition.column == 5)
    }

    @Test("keeps quotes that do not open the value")
    func innerQuotes() throws {
        #expect(onlyEntry(#"KEY=a"b'c"#)?.value == #"a"b'c"#)
    }

    @Test("keeps interpolation for later: the value is read before substitution")
    func valueBeforeInterpolation() throws {
        let entry = try #require(onlyEntry("KEY=pre${A}$$post\n"))
        #expect(entry.value == "pre${A}$$post")
        #expect(try Interpolation.interpolated(entry) { $0 == "A" ? "1" : nil } == "pre1$post")
    }

    @Test("reports an invalid template where its dollar sign is")
    func invalidTemplate() throws {
        let issue = try #require(firstIssue("KEY=ab${1}\n"))
        #expect(issue.code == .invalidTemplate)
        #expect(issue.message == #"Invalid template: "ab${1}""#)
        #expect(issue.position == SourcePosition(line: 1, column: 7))
    }

    @Test("reports an invalid template inside a default even when the variable is set")
    func invalidTemplateInDefault() throws {
        let issue = try #require(firstIssue("KEY=${A:-${B:x}}\n"))
        #expect(issue.message == #"Invalid template: "${B:x}""#)
        #expect(issue.position.column == 10)
    }

    @Test("reads CRLF line endings without keeping the CR")
    func crlf() throws {
        #expect(try resolved("A=x\r\nB=\"y\"\r\nC=z \r\n") == ["A": "x", "B": "y", "C": "z"])
    }
}
