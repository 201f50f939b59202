import DotEnv
import TestSupport
import Testing

@Suite("Random input")
struct RandomInputTests {
    /// Bytes that steer random text into the parser's interesting corners, plus any byte at all.
    static let alphabet: [UInt8] =
        Array("AZaz09_.-[]=: \t\n\r#'\"\\${}?+-export\u{0B}\u{0C}".utf8)
        + [0xC2, 0xA0, 0xE3, 0x80, 0x80, 0xEF, 0xBB, 0xBF, 0xFF, 0xF0, 0x9F, 0x9A, 0x80, 0xC3, 0xA9]

    static func input(_ random: inout SeededBytes) -> [UInt8] {
        let length = random.below(120)
        return (0..<length).map { _ in
            random.below(8) == 0
                ? UInt8(truncatingIfNeeded: random.next()) : alphabet[random.below(alphabet.count)]
        }
    }

    @Test("never crashes, keeps every line and locates every issue inside the input")
    func parsesRandomBytes() throws {
        var random = SeededBytes(seed: 0x5EED_D07E)
        for _ in 0..<5_000 {
            let bytes = Self.input(&random)
            let file = DotEnvParser.parse(bytes: bytes)
            let lineCount = physicalLineCount(bytes)
            #expect(coversEveryPhysicalLine(file, count: lineCount), "\(bytes)")
            if let text = String(validating: bytes, as: UTF8.self) {
                #expect(file.text == text, "\(bytes)")
                #expect(DotEnvParser.parse(text) == file, "\(bytes)")
            }
            let physicalLines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            for issue in file.issues {
                try #require(issue.line >= 1 && issue.line <= lineCount, "\(issue) in \(bytes)")
                let width = String(decoding: physicalLines[issue.line - 1], as: UTF8.self).unicodeScalars.count
                #expect(issue.column >= 1 && issue.column <= width + 1, "\(issue) in \(bytes)")
            }
            for entry in file.entries {
                _ = Interpolation.references(in: entry)
                _ = try? Interpolation.interpolated(entry) { $0.count % 2 == 0 ? $0 : nil }
            }
            _ = try? file.resolvedValues(environment: ["A": "1"])
        }
    }
}

@Suite("Invalid UTF-8 regressions")
struct InvalidUTF8RegressionTests {
    @Test("a template error after bytes that are not UTF-8 stays on its line and reports the bytes")
    func templateErrorAfterInvalidBytes() {
        let bytes: [UInt8] = Array("A=".utf8) + [0xFF, 0xFF, 0xFF] + Array("${\nB=1\n".utf8)
        let file = DotEnvParser.parse(bytes: bytes)
        #expect(file.issues.first?.code == .invalidUTF8)
        #expect(file.issues.first?.line == 1)
        #expect(file["B"]?.value == "1")
    }
}
