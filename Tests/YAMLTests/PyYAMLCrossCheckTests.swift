import Foundation
import Testing
import YAML

/// Proof that the quoting holds for YAML 1.1 readers.
///
/// PyYAML reads YAML 1.1 the way Helm's go-yaml v2 does: `yes`, `off`, `0123` and `1:20` are not strings.
/// If PyYAML reads each emitted string back as the identical string, the quoting holds for YAML 1.1.
@Suite("PyYAML reads every emitted string back as the same string")
struct PyYAMLCrossCheckTests {
    /// One loaded value, as PyYAML typed it.
    struct Loaded: Decodable, Equatable {
        var type: String
        var value: String
    }

    static let script = """
        import json, sys, yaml
        data = yaml.safe_load(sys.stdin.read())
        def describe(x):
            return {"type": type(x).__name__, "value": x if isinstance(x, str) else repr(x)}
        print(json.dumps({"values": [describe(v) for v in data["values"]],
                          "keys": [describe(k) for k in data["keys"]]}))
        """

    @Test("tricky strings as values and as keys")
    func trickyStrings() throws {
        let strings = TrickyStrings.all
        let document: Node = [
            "values": .sequence(strings.map { .string($0) }),
            "keys": .mapping(strings.enumerated().map { ($0.element, .int($0.offset)) }),
        ]
        try withKnownIssueWhenPythonIsMissing {
            let loaded = try Self.load(try Emitter.emit(document))
            for (index, text) in strings.enumerated() {
                #expect(
                    loaded.values[index] == Loaded(type: "str", value: text), "value \(index): \(text.debugDescription)"
                )
                #expect(
                    loaded.keys[index] == Loaded(type: "str", value: text), "key \(index): \(text.debugDescription)")
            }
        }
    }

    @Test("random number-like strings stay strings, and many of them stay plain")
    func numberLikeStrings() throws {
        var random = SplitMix64(seed: 0x5EED_1_1)
        let alphabet = Array("0123456789._:+-eExXoObB tT")
        var strings = Set<String>()
        while strings.count < 3_000 {
            let length = Int.random(in: 1...7, using: &random)
            strings.insert(String((0..<length).map { _ in alphabet.randomElement(using: &random) ?? "0" }))
        }
        let ordered = strings.sorted()
        let yaml = try Emitter.emit(["values": .sequence(ordered.map { .string($0) }), "keys": [:]])
        try withKnownIssueWhenPythonIsMissing {
            let loaded = try Self.load(yaml)
            let mismatches = zip(ordered, loaded.values).filter { Loaded(type: "str", value: $0) != $1 }
            #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
        }
        // The proof only means something if the chooser does not simply quote everything.
        let plainLines = yaml.split(separator: "\n").filter { $0.hasPrefix("- ") && !$0.hasPrefix("- \"") }
        #expect(plainLines.count > 500)
    }
}

private extension PyYAMLCrossCheckTests {
    struct Document: Decodable {
        var values: [Loaded]
        var keys: [Loaded]
    }

    static func load(_ yaml: String) throws -> Document {
        let python = try #require(ExternalTool.pythonWithYAML.path)
        let result = try ExternalTool.run(python, ["-c", script], stdin: yaml)
        try #require(result.status == 0, "PyYAML failed: \(result.stderr)\n\(yaml)")
        return try JSONDecoder().decode(Document.self, from: Data(result.stdout.utf8))
    }

    /// Runs `body`, or skips with a printed reason when no Python with PyYAML is installed.
    func withKnownIssueWhenPythonIsMissing(_ body: () throws -> Void) throws {
        guard ExternalTool.pythonWithYAML.path != nil else {
            print("skipping PyYAML cross-check: \(ExternalTool.pythonWithYAML.reason)")
            return
        }
        try body()
    }
}
