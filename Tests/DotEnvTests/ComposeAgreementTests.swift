import DotEnv
import Testing

/// The parser and the encoder checked against Docker Compose v2.40.3 itself.
@Suite("Agreement with Docker Compose", .serialized)
struct ComposeAgreementTests {
    @Test("Compose reads every encoded hostile value back exactly, and so do we")
    func hostileRoundTrip() throws {
        var expected: [String: String] = [:]
        var text = ""
        for (index, value) in HostileValues.all.enumerated() {
            let key = "KEY_\(index)"
            expected[key] = value
            text += try DotEnvLine.render(key: key, value: value) + "\n"
        }
        guard let compose = try ComposeReading.read(text) else { return }
        #expect(compose.exitCode == 0, "\(compose.stderr)")
        let values = try #require(compose.values, "\(compose.stderr)")
        for (key, value) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(values[key] == value, "\(key): Compose read \(String(describing: values[key]))")
        }
        #expect(values.count == expected.count)
        #expect(try resolved(text) == expected)
    }

    /// Lines whose reading by Compose is easy to get wrong; `LAST_WORD` ends the file without a newline.
    static let trickyFile = """
        A=1
        B=a#b
        C=a #b
        D=a\t#b
        E="x\\\\"
        F=pre$A
        G='it\\'s'
        H='a\\\\'
        I="\\c\\0\\012\\0012\\0123\\09\\0777"
        J= #x
        K=$
        L=$(openssl rand)
        M=a$1b
        N="multi
        line ${A}"
        O='multi
        line $A'
        P=${X:-a}}
        Q=${X:-${Y:-deep}}
        R=${X-}|${A:+alt}|${X+alt}|${A+alt}
        S=$A$A
        T=${X:-x}${Y:-y}
        U=x${X:-}y$$z
        V=${A?}
        W="a" W2=2 # c
        W3="b"junk
        X1: yaml # c
        export X2=exp
          X3 = spaced\u{3000}
        k.e-y[0]=dots
        ké=unicode
        1A=digit
        Y1=\u{A0}x\u{A0}
        Y2="\\"q\\" \\$A \\\\$A"
        Y3=${X:-{}}
        Y4="\\a\\b\\f\\v\\t"
        Y5="\\'"
        Y6=x$\u{17F}y|${\u{212A}}|$é
        BARE_UNSET
        Z=last
        Z=${Z}again
        LAST_WORD
        """

    @Test("reads a file of tricky lines exactly as Compose does")
    func trickyLines() throws {
        guard let compose = try ComposeReading.read(Self.trickyFile) else { return }
        let values = try #require(compose.values, "\(compose.stderr)")
        let ours = try resolved(Self.trickyFile)
        #expect(DotEnvParser.parse(Self.trickyFile).issues.isEmpty)
        for key in Set(values.keys).union(ours.keys).sorted() {
            #expect(ours[key] == values[key], "\(key): Compose \(String(describing: values[key]))")
        }
    }

    @Test(
        "refuses what Compose refuses, with the message Compose gives",
        arguments: [
            "A B=1\n", "A;B=1\n", "K=\"abc\nL=1\n", "K='abc\n", "A=${1}\n", "A=${B:x}\n", "A=${X:-{}} ${Y}\n",
            "A=1\nexport ", "G=\"${X:-a\\nb}\"\n", "A=1\nB=${X:?must}\n", "A=${X?}\n", "\u{3000}K=1\nMY\u{3000}KEY=1\n",
        ])
    func rejections(text: String) throws {
        let file = DotEnvParser.parse(text)
        let message: String
        if let issue = file.issues.first {
            message = issue.message
        } else {
            let error = #expect(throws: DotEnvResolutionError.self) { try file.resolvedValues() }
            message = error.map { "\($0.reason)" } ?? "no error"
        }
        guard let compose = try ComposeReading.read(text) else { return }
        #expect(compose.exitCode == 1)
        #expect(compose.values == nil)
        #expect(compose.stderr.contains(message), "ours: \(message)\nCompose: \(compose.stderr)")
    }
}
