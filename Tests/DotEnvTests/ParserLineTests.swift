import DotEnv
import Testing

@Suite("Parser: lines, comments and encodings")
struct ParserLineTests {
    @Test("classifies blank, comment, entry and invalid lines")
    func kinds() throws {
        let file = DotEnvParser.parse("\n  \t\n# top\n  #indented\r\nA=1\nB C=2\n\u{3000}\n")
        #expect(
            file.lines.map(\.kind) == [
                .blank, .blank, .comment(" top"), .comment("indented"), .entry(try #require(file["A"])),
                .invalid(try #require(file.issues.first)), .blank,
            ])
    }

    @Test("skips a UTF-8 byte-order mark and keeps it in the first line's raw text")
    func byteOrderMark() throws {
        let text = "\u{FEFF}A=1\n"
        let file = DotEnvParser.parse(text)
        #expect(file.hasByteOrderMark)
        #expect(file.lines[0].raw == text)
        #expect(file["A"]?.keyPosition == SourcePosition(line: 1, column: 1))
        #expect(DotEnvParser.parse("\u{FEFF}").text == "\u{FEFF}")
    }

    @Test("gives every statement and every issue in file order")
    func entriesAndIssues() throws {
        let file = DotEnvParser.parse("A=1\nB C=2\nD='x\nE=3\n")
        #expect(file.entries.map(\.key) == ["A", "E"])
        #expect(file.issues.map(\.code) == [.spaceInKey, .unterminatedQuote])
        #expect(file.issues.map(\.line) == [2, 3])
    }

    @Test("reads an empty file as no lines")
    func emptyFile() {
        #expect(DotEnvParser.parse("").lines.isEmpty)
    }

    @Test("locates bytes that are not UTF-8 and reads the other lines")
    func invalidUTF8() throws {
        let bytes: [UInt8] = Array("A=1\nB=ok".utf8) + [0xFF, 0xFE] + Array("\nC=3".utf8)
        let file = DotEnvParser.parse(bytes: bytes)
        let issue = try #require(file.issues.first)
        #expect(issue.code == .invalidUTF8)
        #expect(issue.position == SourcePosition(line: 2, column: 5))
        #expect(file.issues.count == 1)
        #expect(file.entries.map(\.key) == ["A", "C"])
        #expect(file.lines[1].raw == "B=ok\u{FFFD}\u{FFFD}\n")
    }

    @Test("reads valid UTF-8 bytes exactly as the same text")
    func bytesAndTextAgree() {
        let text = "\u{FEFF}K=\"é\nx\" # c\r\nL=日本\n"
        #expect(DotEnvParser.parse(bytes: Array(text.utf8)) == DotEnvParser.parse(text))
    }

    @Test(
        "rejects truncated, overlong and surrogate sequences",
        arguments: [[0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] as [[UInt8]])
    func malformedSequences(sequence: [UInt8]) throws {
        let file = DotEnvParser.parse(bytes: Array("K=".utf8) + sequence)
        #expect(file.issues.map(\.code) == [.invalidUTF8])
        #expect(file.issues.first?.position == SourcePosition(line: 1, column: 3))
    }
}
