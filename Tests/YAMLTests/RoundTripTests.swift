import Testing
import YAML

/// Every tricky string is emitted, parsed back with our parser and compared, in each place a string can sit.
@Suite("Round trips of tricky strings")
struct RoundTripTests {
    @Test("a string value reads back as the same string", arguments: TrickyStrings.all)
    func mappingValue(_ text: String) throws {
        let yaml = try Emitter.emit(["key": .string(text)])
        let scalar = try #require(try Parser.parse(yaml, fileName: "test.yaml")?.mapping?["key"]?.scalar)
        #expect(scalar.value == text, "emitted:\n\(yaml)")
        #expect(scalar.resolved == .string(text), "emitted:\n\(yaml)")
    }

    @Test("a string key reads back as the same string", arguments: TrickyStrings.all)
    func mappingKey(_ text: String) throws {
        let yaml = try Emitter.emit(.mapping([(text, .string("value")), ("other", .string("value"))]))
        let mapping = try #require(try Parser.parse(yaml, fileName: "test.yaml")?.mapping)
        let key = try #require(mapping.pairs.first?.key.scalar)
        #expect(key.value == text, "emitted:\n\(yaml)")
        #expect(key.resolved == .string(text), "emitted:\n\(yaml)")
        #expect(mapping.pairs.count == 2)
    }

    @Test("a string in a flow sequence reads back as the same string", arguments: TrickyStrings.all)
    func flowItem(_ text: String) throws {
        let yaml = try Emitter.emit(["list": .flowSequence(["before", .string(text), "after"])])
        let items = try #require(try Parser.parse(yaml, fileName: "test.yaml")?.mapping?["list"]?.sequence?.items)
        #expect(items.map { $0.scalar?.value } == ["before", text, "after"], "emitted:\n\(yaml)")
        #expect(items[1].scalar?.resolved == .string(text), "emitted:\n\(yaml)")
    }

    @Test("a string as the whole document reads back as the same string", arguments: TrickyStrings.all)
    func rootScalar(_ text: String) throws {
        let yaml = try Emitter.emit(.string(text))
        let scalar = try #require(try Parser.parse(yaml, fileName: "test.yaml")?.scalar, "emitted:\n\(yaml)")
        #expect(scalar.value == text, "emitted:\n\(yaml)")
        #expect(scalar.resolved == .string(text))
    }

    @Test("a plain request keeps the meaning a YAML 1.2 reader gives the text", arguments: TrickyStrings.all)
    func plainRequest(_ text: String) throws {
        let requested = Node.Scalar(text, style: .plain)
        let yaml = try Emitter.emit(.mapping([("key", .scalar(requested))]))
        let scalar = try #require(try Parser.parse(yaml, fileName: "test.yaml")?.mapping?["key"]?.scalar)
        #expect(scalar.resolved.sameValue(as: requested.resolved), "emitted:\n\(yaml)")
    }

    @Test(
        "every explicit style keeps the text",
        arguments: [Node.Scalar.Style.singleQuoted, .doubleQuoted, .literal, .folded])
    func explicitStyle(_ style: Node.Scalar.Style) throws {
        for text in TrickyStrings.all {
            let yaml = try Emitter.emit(.mapping([("key", .scalar(Node.Scalar(text, style: style)))]))
            let scalar = try #require(try Parser.parse(yaml, fileName: "test.yaml")?.mapping?["key"]?.scalar)
            #expect(scalar.value == text, "style \(style), emitted:\n\(yaml)")
        }
    }
}

extension Node.Scalar.Resolved {
    /// Equality that holds for two NaNs too.
    func sameValue(as other: Self) -> Bool {
        if case .double(let left) = self, case .double(let right) = other, left.isNaN, right.isNaN { return true }
        return self == other
    }
}
