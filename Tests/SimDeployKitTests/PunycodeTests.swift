import Testing

@testable import SimDeployKit

@Suite("punycode and international host names")
struct PunycodeTests {
    /// RFC 3492 section 7.1 samples (A, B, E, L, S), code points as the RFC lists them.
    static let rfcSamples: [(name: String, scalars: [UInt32], punycode: String)] = [
        (
            "A Arabic (Egyptian)",
            [
                0x0644, 0x064A, 0x0647, 0x0645, 0x0627, 0x0628, 0x062A, 0x0643, 0x0644, 0x0645, 0x0648, 0x0634,
                0x0639, 0x0631, 0x0628, 0x064A, 0x061F,
            ], "egbpdaj6bu4bxfgehfvwxn"
        ),
        (
            "B Chinese (simplified)", [0x4ED6, 0x4EEC, 0x4E3A, 0x4EC0, 0x4E48, 0x4E0D, 0x8BF4, 0x4E2D, 0x6587],
            "ihqwcrb4cv8a8dqg056pqjye"
        ),
        (
            "E Hebrew",
            [
                0x05DC, 0x05DE, 0x05D4, 0x05D4, 0x05DD, 0x05E4, 0x05E9, 0x05D5, 0x05D8, 0x05DC, 0x05D0, 0x05DE,
                0x05D3, 0x05D1, 0x05E8, 0x05D9, 0x05DD, 0x05E2, 0x05D1, 0x05E8, 0x05D9, 0x05EA,
            ], "4dbcagdahymbxekheh6e0a7fei0b"
        ),
        (
            "L 3<nen>B<gumi><kinpachi><sensei>", [0x33, 0x5E74, 0x42, 0x7D44, 0x91D1, 0x516B, 0x5148, 0x751F],
            "3B-ww4c5e180e575a65lsy2b"
        ),
        ("S -> $1.00 <-", [0x2D, 0x3E, 0x20, 0x24, 0x31, 0x2E, 0x30, 0x30, 0x20, 0x3C, 0x2D], "-> $1.00 <--"),
    ]

    @Test("encodes and decodes the RFC 3492 samples", arguments: rfcSamples.indices)
    func rfcSample(_ index: Int) throws {
        let sample = Self.rfcSamples[index]
        let scalars = sample.scalars.compactMap(Unicode.Scalar.init)
        #expect(Punycode.encode(scalars) == sample.punycode, "\(sample.name)")
        #expect(Punycode.decode(sample.punycode) == scalars, "\(sample.name)")
    }

    @Test("refuses text that is not punycode", arguments: ["zzzzzzzz", "a-é", "-abc", "99999999999999"])
    func invalidPunycode(_ text: String) {
        #expect(Punycode.decode(text) == nil)
    }

    @Test(
        "an international name becomes the xn-- form browsers use",
        arguments: [
            ("bücher.example", "xn--bcher-kva.example"),
            ("BÜCHER.Example", "xn--bcher-kva.example"),
            ("münchen.de", "xn--mnchen-3ya.de"),
            ("例え.テスト", "xn--r8jz45g.xn--zckzah"),
            ("straße.de", "xn--strae-oqa.de"),
            ("παράδειγμα.gr", "xn--hxajbheg2az3al.gr"),
            ("пример.рф", "xn--e1afmkfd.xn--p1ai"),
            ("日本語。jp", "xn--wgv71a119e.jp"),
            ("xn--bcher-kva.example", "xn--bcher-kva.example"),
        ])
    func internationalName(_ input: String, _ expected: String) throws {
        #expect(try Hostname(input).value == expected)
    }

    @Test(
        "refuses Unicode it cannot convert faithfully, saying why",
        arguments: [
            ("bu\u{0308}cher.example", "combining character"),
            ("ｓim.example.com", "compatibility"),
            ("sim☃.example.com", "not a letter, mark or digit"),
            ("sim\u{200D}.example.com", "compatibility or formatting"),
            ("é sim.example.com", "' ' (U+0020) is not allowed"),
            ("é;include.example.com", "';' (U+003B) is not allowed"),
            ("é\n.example.com", "is not allowed"),
            ("\u{0301}a.example.com", "starts with a combining mark"),
            ("xn--zzzzzzzz.example", "not valid punycode"),
            ("xn--abc.example", "not a letter, mark or digit"),
            ("xn--ls8h.example", "not a letter, mark or digit"),
        ])
    func refusedUnicode(_ input: String, _ reason: String) {
        let error = #expect(throws: ValueError.self) { try Hostname(input) }
        #expect(error?.problem.contains(reason) == true, "\(error?.problem ?? "no error")")
        #expect(error?.fix != nil)
    }

    @Test("an e-mail address keeps its domain in punycode")
    func internationalEmail() throws {
        #expect(try EmailAddress("Ops@Bücher.example").value == "ops@xn--bcher-kva.example")
    }
}
