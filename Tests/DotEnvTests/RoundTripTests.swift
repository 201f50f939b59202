import DotEnv
import Testing

@Suite("Lossless round trip")
struct RoundTripTests {
    static let corpus: [String] = [
        "",
        "\n",
        "A=1",
        "A=1\n",
        "A=1\r\nB=2\r\n",
        "A=1\r\nB=2",
        "\u{FEFF}A=1\n# c\n",
        "\u{FEFF}",
        "# only a comment",
        "\n\n  \n\t\n",
        "export A=1\nexport\tB='2'\n",
        "KEY: yaml # c\nBARE\n",
        "M=\"line1\nline2\r\nline3\" trailing\nN=1\n",
        "S='a\n\nb' # c\n",
        "BAD KEY=1\nA;B=2\nU=\"unterminated\nV=1\n",
        "T=${1}\nW=ok\n",
        "K=\"a\" B='b' C=\"c\n\" # d\nE=1",
        "ké=日本 # 🚀\n\u{3000}\n",
        "export ",
        "LAST=\"x\"",
        "WORD",
    ]

    @Test("joins raw lines back to the input byte for byte", arguments: corpus)
    func rawJoinsBack(text: String) {
        let file = DotEnvParser.parse(text)
        #expect(file.text == text)
        #expect(file.lines.map(\.raw).joined().utf8.elementsEqual(text.utf8))
    }

    @Test("covers every physical line exactly once", arguments: corpus)
    func coversLines(text: String) {
        let file = DotEnvParser.parse(text)
        #expect(coversEveryPhysicalLine(file, count: physicalLineCount(Array(text.utf8))))
        #expect(file.lines.map(\.physicalLineCount).reduce(0, +) == physicalLineCount(Array(text.utf8)))
    }

    @Test("puts each raw line break at the end of its line", arguments: corpus)
    func lineBreaksEndLines(text: String) {
        let lines = DotEnvParser.parse(text).lines
        for line in lines.dropLast() {
            #expect(line.raw.utf8.last == UInt8(ascii: "\n"))
        }
    }
}
