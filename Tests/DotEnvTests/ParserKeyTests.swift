import DotEnv
import Testing

@Suite("Parser: keys and separators")
struct ParserKeyTests {
    @Test("reads KEY=value with the positions of key and value")
    func plainEntry() throws {
        let entry = try #require(onlyEntry("KEY=value\n"))
        #expect(entry.key == "KEY")
        #expect(entry.value == "value")
        #expect(entry.quote == .none)
        #expect(entry.separator == .equals)
        #expect(!entry.exported && !entry.isBare)
        #expect(entry.keyPosition == SourcePosition(line: 1, column: 1))
        #expect(entry.valuePosition == SourcePosition(line: 1, column: 5))
        #expect(entry.lineRange == 1...1)
        #expect(entry.rawValueText == "value")
    }

    @Test("allows blanks around the equals sign")
    func blanksAroundEquals() throws {
        let entry = try #require(onlyEntry("  KEY \t=  value\n"))
        #expect(entry.key == "KEY")
        #expect(entry.value == "value")
        #expect(entry.keyPosition.column == 3)
        #expect(entry.valuePosition.column == 11)
    }

    @Test("accepts an export prefix and points at the key after it")
    func exportPrefix() throws {
        let entry = try #require(onlyEntry("export  KEY=x\n"))
        #expect(entry.exported)
        #expect(entry.key == "KEY")
        #expect(entry.keyPosition.column == 9)
    }

    @Test("reads export glued to a name as part of the key")
    func exportWithoutSpace() throws {
        let entry = try #require(onlyEntry("exportC=3\n"))
        #expect(!entry.exported)
        #expect(entry.key == "exportC")
    }

    @Test("reads the YAML-style KEY: value form")
    func colonSeparator() throws {
        let entry = try #require(onlyEntry("KEY:  yaml # note\n"))
        #expect(entry.separator == .colon)
        #expect(entry.value == "yaml")
        #expect(entry.inlineComment == " note")
    }

    @Test("reads a bare key as inherited from the environment")
    func bareKey() throws {
        let entry = try #require(onlyEntry("INHERITED  \n"))
        #expect(entry.isBare)
        #expect(entry.key == "INHERITED")
        #expect(entry.separator == .none)
        #expect(entry.value.isEmpty)
    }

    @Test("reads a last word without newline as the value of an empty key, as Compose does")
    func wordAtEndOfFile() throws {
        let file = DotEnvParser.parse("A=1\nWORD")
        let entry = try #require(file.entries.last)
        #expect(entry.key.isEmpty)
        #expect(entry.value == "WORD")
        #expect(!entry.isBare)
        #expect(entry.keyPosition == SourcePosition(line: 2, column: 1))
    }

    @Test("accepts dots, dashes, brackets, digits first and Unicode letters in keys")
    func keyCharacters() throws {
        let file = DotEnvParser.parse("K.a-b[0]=1\nké=2\n1A=3\n日本=4\n")
        #expect(file.issues.isEmpty)
        #expect(file.entries.map(\.key) == ["K.a-b[0]", "ké", "1A", "日本"])
    }

    @Test("reads an empty key from a line that starts with the separator")
    func emptyKey() throws {
        let entry = try #require(onlyEntry("=x\n"))
        #expect(entry.key.isEmpty)
        #expect(entry.value == "x")
    }

    @Test("reports a space inside a key at the space")
    func spaceInKey() throws {
        let issue = try #require(firstIssue("MY KEY=x\n"))
        #expect(issue.code == .spaceInKey)
        #expect(issue.message == "key cannot contain a space")
        #expect(issue.position == SourcePosition(line: 1, column: 3))
        #expect(issue.fix != nil)
    }

    @Test("reports a character Compose refuses in a key, with Compose's message")
    func invalidKeyCharacter() throws {
        let issue = try #require(firstIssue("OK=1\nA;B=1\n"))
        #expect(issue.code == .invalidKeyCharacter)
        #expect(issue.message == #"unexpected character ";" in variable name "A;B=1""#)
        #expect(issue.position == SourcePosition(line: 2, column: 2))
    }

    @Test("reports export followed by nothing at the end of the file")
    func danglingExport() throws {
        let issue = try #require(firstIssue("A=1\nexport "))
        #expect(issue.code == .emptyStatement)
        #expect(issue.message == "zero length string")
        #expect(issue.line == 2)
    }

    @Test("keeps the last definition of a key, as Compose does")
    func lastDefinitionWins() throws {
        let file = DotEnvParser.parse("A=1\nB=2\nA=3\n")
        #expect(file["A"]?.value == "3")
        #expect(file["A"]?.keyPosition.line == 3)
        #expect(file["missing"] == nil)
        #expect(try resolved("A=1\nB=2\nA=3\n") == ["A": "3", "B": "2"])
    }

    @Test("counts columns in Unicode scalars, not bytes")
    func unicodeColumns() throws {
        let entry = try #require(onlyEntry("ké=日本 x\n"))
        #expect(entry.valuePosition.column == 4)
        let issue = try #require(firstIssue("日本 語=1\n"))
        #expect(issue.position.column == 3)
    }
}
