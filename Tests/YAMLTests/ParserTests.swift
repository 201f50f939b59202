import Testing
import YAML

@Suite("Parser")
struct ParserTests {
    static let document = """
        # comment
        services:
          web:
            image: "nginx:1.27"
            ports: [8080, '8443']
            command:
              - run
              - |
                multi
        """

    @Test("records the line and column where each node starts")
    func marks() throws {
        let root = try #require(try Parser.parse(Self.document, fileName: "test.yaml")?.mapping)
        #expect(root.mark == Mark(line: 2, column: 1))
        #expect(root.pair("services")?.key.mark == Mark(line: 2, column: 1))
        let web = try #require(root["services"]?.mapping?["web"]?.mapping)
        #expect(web.mark == Mark(line: 4, column: 5))
        #expect(web["image"]?.mark == Mark(line: 4, column: 12))
        let ports = try #require(web["ports"]?.sequence)
        #expect(ports.mark == Mark(line: 5, column: 12))
        #expect(ports.items.map(\.mark) == [Mark(line: 5, column: 13), Mark(line: 5, column: 19)])
        let command = try #require(web["command"]?.sequence)
        #expect(command.mark == Mark(line: 7, column: 7))
        #expect(command.items.map(\.mark) == [Mark(line: 7, column: 9), Mark(line: 8, column: 9)])
    }

    @Test("keeps each scalar's style, so 8080 and \"8080\" stay apart")
    func styles() throws {
        let root = try #require(try Parser.parse(Self.document, fileName: "test.yaml")?.mapping)
        let web = try #require(root["services"]?.mapping?["web"]?.mapping)
        #expect(web["image"]?.scalar?.style == .doubleQuoted)
        let ports = try #require(web["ports"]?.sequence)
        #expect(ports.style == .flow)
        #expect(ports.items.map { $0.scalar?.style } == [.plain, .singleQuoted])
        #expect(ports.items.map { $0.scalar?.resolved } == [.int(8080), .string("8443")])
        let command = try #require(web["command"]?.sequence)
        #expect(command.style == .block)
        #expect(command.items.last?.scalar == Node.Scalar("multi", style: .literal, mark: Mark(line: 8, column: 9)))
    }

    @Test("keeps explicit tags in libyaml's long form")
    func tags() throws {
        let root = try #require(try Parser.parse("a: !!str 3\nb: !Ref x\nc: 3\n", fileName: "test.yaml")?.mapping)
        #expect(root["a"]?.scalar?.tag == "tag:yaml.org,2002:str")
        #expect(root["a"]?.scalar?.resolved == .string("3"))
        #expect(root["b"]?.scalar?.tag == "!Ref")
        #expect(root["c"]?.scalar?.tag == nil)
    }

    @Test(
        "returns nil for a document with no content",
        arguments: ["", "# only a comment\n", "---\n", "\n\n", "\u{FEFF}"])
    func emptyDocument(_ text: String) throws {
        #expect(try Parser.parse(text, fileName: "test.yaml") == nil)
    }

    @Test("reads past a byte order mark, with marks that ignore it")
    func byteOrderMark() throws {
        let root = try #require(try Parser.parse("\u{FEFF}a: 1\nb: 2\n", fileName: "test.yaml")?.mapping)
        #expect(root["a"]?.scalar?.resolved == .int(1))
        #expect(root.pair("a")?.key.mark == Mark(line: 1, column: 1))
        #expect(root.pair("b")?.key.mark == Mark(line: 2, column: 1))
    }

    @Test("rejects a duplicate key at the second one, naming the first one's line")
    func duplicateKey() throws {
        let text = "services:\n  web:\n    image: a\n    ports: []\n    image: b\n"
        let error = try #require(throws: YAMLError.self) { try Parser.parse(text, fileName: "simdeploy.yaml") }
        #expect(error.kind == .duplicateKey)
        #expect(error.mark == Mark(line: 5, column: 5))
        #expect(error.problem == "duplicate key 'image' (first defined on line 3)")
    }

    @Test("allows the same key in different mappings")
    func sameKeyInSiblings() throws {
        #expect(try Parser.parse("a: {x: 1}\nb: {x: 2}\n", fileName: "test.yaml") != nil)
    }

    @Test("rejects a second document at its ---")
    func multipleDocuments() throws {
        let error = try #require(throws: YAMLError.self) {
            try Parser.parse("a: 1\n---\nb: 2\n", fileName: "test.yaml")
        }
        #expect(error.kind == .multipleDocuments)
        #expect(error.mark == Mark(line: 2, column: 1))
        #expect(error.sourceLine == "---")
    }

    @Test("reads every document of a stream, leaving empty ones out")
    func documents() throws {
        let nodes = try Parser.parseDocuments("---\na: 1\n---\n---\n- b\n...\n--- c\n", fileName: "test.yaml")
        #expect(nodes.count == 3)
        #expect(nodes.last?.scalar?.value == "c")
        #expect(nodes.last?.mark == Mark(line: 7, column: 5))
    }

    @Test("rejects duplicate keys in any document of a stream")
    func duplicateKeyInStream() throws {
        let error = try #require(throws: YAMLError.self) {
            try Parser.parseDocuments("a: 1\n---\nb: 1\nb: 2\n", fileName: "test.yaml")
        }
        #expect(error.kind == .duplicateKey)
        #expect(error.mark == Mark(line: 4, column: 1))
    }

    @Test("resolves an alias to a copy of the anchored node")
    func aliases() throws {
        let text = "base: &base {image: redis, restart: always}\ncache: *base\nlist: [&x 1, *x]\n"
        let root = try #require(try Parser.parse(text, fileName: "test.yaml")?.mapping)
        #expect(root["cache"] == root["base"])
        #expect(root["list"]?.sequence?.items.map { $0.scalar?.value } == ["1", "1"])
        // Anchors belong to their document.
        let error = try #require(throws: YAMLError.self) {
            try Parser.parseDocuments("a: &x 1\n---\nb: *x\n", fileName: "test.yaml")
        }
        #expect(error.problem == "found undefined alias '*x'")
    }

    @Test("stops a billion-laughs document instead of expanding it")
    func aliasBomb() throws {
        var lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            lines.append(
                "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]")
        }
        let clock = ContinuousClock()
        let start = clock.now
        let error = try #require(throws: YAMLError.self) {
            try Parser.parse(lines.joined(separator: "\n"), fileName: "test.yaml")
        }
        #expect(error.kind == .aliasLimit)
        // a to d expand to 12 344 nodes, each *d in e to 11 111 more: the eighth passes 100 000.
        #expect(error.mark == Mark(line: 5, column: 36))
        #expect(clock.now - start < .seconds(2))
    }

    @Test("stops deep nesting instead of overflowing the stack", arguments: ["[", "{a: ", "- "])
    func deepNesting(_ opener: String) throws {
        let text = String(repeating: opener, count: 100_000)
        let error = try #require(throws: YAMLError.self) { try Parser.parse(text, fileName: "test.yaml") }
        #expect(error.kind == .nestingLimit || error.kind == .syntax)
    }

    @Test("allows nesting up to the limit")
    func nestingWithinLimit() throws {
        let text = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        #expect(try Parser.parse(text, fileName: "test.yaml")?.sequence != nil)
    }

    @Test("never crashes on random input, and what parses writes back to the same meaning")
    func randomInput() {
        var random = SplitMix64(seed: 42)
        var parsed = 0
        for round in 0..<4_000 {
            let text = Self.randomText(round: round, using: &random)
            _ = try? Parser.parse(text, fileName: "fuzz.yaml")
            guard let nodes = try? Parser.parseDocuments(text, fileName: "fuzz.yaml"), !nodes.isEmpty else { continue }
            parsed += 1
            #expect(throws: Never.self, "input \(text.debugDescription)") {
                let again = try Parser.parseDocuments(try Emitter.emit(documents: nodes), fileName: "again.yaml")
                #expect(again.map(Meaning.init) == nodes.map(Meaning.init), "input \(text.debugDescription)")
            }
        }
        #expect(parsed > 600, "too few random inputs parsed to exercise the emitter")
    }
}

private extension ParserTests {
    static let characters = Array("abc: -?[]{},#&*!|>'\"%@`\n\t\r\\ 0.~=<\u{FEFF}é😀\u{0}\u{85}")
    static let tokens = [
        "key", "other", ": ", "\n", "\n  ", "- ", "[", "]", "{", "}", ", ", "yes", "0123", "1:20", "'a b'", "\"c\\nd\"",
        "|\n  x\n", ">-\n  y\n  z\n", "&a ", "*a", " #c", "---\n", "~", "1.5", "!!str ", "!Ref ", "? ", "é", "\t",
    ]

    /// Random bytes, random YAML characters, or random YAML tokens, which parse more often.
    static func randomText(round: Int, using random: inout SplitMix64) -> String {
        let length = Int.random(in: 0...60, using: &random)
        switch round % 3 {
        case 0:
            return String(decoding: (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }, as: UTF8.self)
        case 1:
            return String((0..<length).map { _ in characters.randomElement(using: &random) ?? " " })
        default:
            return (0..<length / 3).map { _ in tokens.randomElement(using: &random) ?? "" }.joined()
        }
    }
}

/// A node's meaning without marks and styles, to compare a tree with its emitted-and-reparsed copy.
indirect enum Meaning: Equatable {
    case scalar(String)
    case sequence([Meaning])
    case mapping([Meaning])

    init(_ node: Node) {
        switch node {
        case .scalar(let scalar):
            switch scalar.resolved {
            case .double(let value) where value.isNaN: self = .scalar("nan")
            default: self = .scalar("\(scalar.resolved)")
            }
        case .sequence(let sequence): self = .sequence(sequence.items.map(Meaning.init))
        case .mapping(let mapping): self = .mapping(mapping.pairs.flatMap { [Meaning($0.key), Meaning($0.value)] })
        }
    }
}
