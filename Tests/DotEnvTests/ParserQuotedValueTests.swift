import DotEnv
import Testing

@Suite("Parser: quoted values")
struct ParserQuotedValueTests {
    @Test("reads a single-quoted value literally")
    func singleQuotedLiteral() throws {
        let entry = try #require(onlyEntry(#"KEY='$A \n # x "q"'"# + "\n"))
        #expect(entry.quote == .single)
        #expect(entry.value == #"$A \n # x "q""#)
        #expect(entry.rawValueText == #"'$A \n # x "q"'"#)
        #expect(try Interpolation.interpolated(entry) { _ in "set" } == entry.value)
    }

    @Test("unescapes only \\' inside single quotes")
    func singleQuoteEscapes() throws {
        #expect(onlyEntry(#"KEY='it\'s a\\b \x'"#)?.value == #"it's a\\b \x"#)
    }

    @Test("reads a double-quoted value with its escapes expanded")
    func doubleQuoteEscapes() throws {
        let entry = try #require(onlyEntry(#"KEY="a\nb\tc \"q\" \\ \a\b\f\v\r""#))
        #expect(entry.quote == .double)
        #expect(entry.value == "a\nb\tc \"q\" \\ \u{07}\u{08}\u{0C}\u{0B}\r")
    }

    @Test("keeps an escaped dollar literal through interpolation")
    func escapedDollar() throws {
        let entry = try #require(onlyEntry(#"KEY="\$HOME \\$A""#))
        #expect(entry.value == #"$$HOME \$A"#)
        #expect(try Interpolation.interpolated(entry) { $0 == "A" ? "1" : nil } == #"$HOME \1"#)
    }

    @Test(
        "reads \\0 escapes the way compose-go does",
        arguments: [
            (#"\0123"#, "S"), (#"\0012"#, "\n"), (#"\012"#, #"\12"#), (#"\0"#, #"\"#), (#"\09"#, #"\9"#),
            (#"\0777"#, #"\777"#), (#"\00015"#, "\u{01}5"),
        ])
    func octalEscapes(source: String, expected: String) throws {
        #expect(onlyEntry("KEY=\"\(source)\"\n")?.value == expected)
    }

    @Test("keeps a backslash before a character Compose does not unescape")
    func unknownEscapes() throws {
        #expect(onlyEntry(#"KEY="\c\x\é\'""#)?.value == #"\c\x\é\'"#)
    }

    @Test("reads a quoted value that spans lines as one logical line")
    func multiLineQuote() throws {
        let text = "A=1\nKEY=\"first\nsecond\nthird\" # done\nB=2\n"
        let file = DotEnvParser.parse(text)
        #expect(file.lines.count == 3)
        let line = file.lines[1]
        #expect(line.lineRange == 2...4)
        #expect(line.physicalLineCount == 3)
        #expect(line.raw == "KEY=\"first\nsecond\nthird\" # done\n")
        let entry = try #require(line.entry)
        #expect(entry.value == "first\nsecond\nthird")
        #expect(entry.lineRange == 2...4)
        #expect(entry.inlineComment == " done")
        #expect(file["B"]?.keyPosition == SourcePosition(line: 5, column: 1))
    }

    @Test("reads a single-quoted value across lines")
    func multiLineSingleQuote() throws {
        #expect(onlyEntry("KEY='a\n$B'\n")?.value == "a\n$B")
    }

    @Test("reports an unterminated quote at its opening quote and goes on with the next line")
    func unterminatedQuote() throws {
        let file = DotEnvParser.parse("A=1\nK=\"abc\nL=2\n")
        let issue = try #require(file.issues.first)
        #expect(issue.code == .unterminatedQuote)
        #expect(issue.message == #"unterminated quoted value "abc"#)
        #expect(issue.position == SourcePosition(line: 2, column: 3))
        #expect(file.lines[1].issue == issue)
        #expect(file["L"]?.value == "2")
    }

    @Test("reads a final backslash before the quote as escaping it")
    func finalBackslash() throws {
        #expect(firstIssue("KEY='trail\\'\n")?.code == .unterminatedQuote)
        #expect(onlyEntry("KEY=\"trail\\\\\"\n")?.value == "trail\\")
    }

    @Test("reads a comment after a closing quote as the entry's inline comment")
    func commentAfterQuote() throws {
        let file = DotEnvParser.parse("K='a' # c\nL='b'# d\n")
        #expect(file.entries.map(\.inlineComment) == [" c", " d"])
        #expect(file.entries.allSatisfy { $0.isBare == false })
    }

    @Test("reads text after a closing quote as another statement on the same line")
    func trailingStatements() throws {
        let file = DotEnvParser.parse("K=\"a\" junk\nM=\"b\"N=2 # c\n")
        #expect(file.lines.count == 2)
        let junk = try #require(file.lines[0].trailingEntries.first)
        #expect(junk.isBare && junk.key == "junk")
        #expect(junk.keyPosition == SourcePosition(line: 1, column: 7))
        #expect(file.lines[1].trailingEntries.map(\.key) == ["N"])
        #expect(file["N"]?.inlineComment == " c")
        #expect(file.entries.map(\.key) == ["K", "junk", "M", "N"])
        #expect(try resolved("M=\"b\"N=2\n") == ["M": "b", "N": "2"])
    }

    @Test("reports an invalid template in a double-quoted value where its dollar sign is")
    func invalidTemplateInDoubleQuotes() throws {
        let issue = try #require(firstIssue("KEY=\"a\\tb\nc ${X:-a\\nb}\"\n"))
        #expect(issue.code == .invalidTemplate)
        #expect(issue.message == #"Invalid template: "a\tb\nc ${X:-a\nb}""#)
        #expect(issue.position == SourcePosition(line: 2, column: 3))
    }
}
