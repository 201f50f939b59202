import Testing
import YAML

/// Renderers build trees with literals; each literal must mean what it looks like.
@Suite("Node literals and constructors")
struct LiteralTests {
    @Test("literals build strings, ints, bools, block sequences and ordered block mappings")
    func literals() throws {
        let port = 5432
        let service: Node = [
            "image": "redis:7-alpine",
            "restart": "unless-stopped",
            "command": "redis-server --port \(port)",
            "replicas": 2,
            "privileged": false,
            "ports": ["6379:6379"],
        ]
        let mapping = try #require(service.mapping)
        #expect(mapping.style == .block)
        #expect(
            mapping.pairs.map { $0.key.scalar?.value } == [
                "image", "restart", "command", "replicas", "privileged", "ports",
            ])
        #expect(mapping["command"] == .string("redis-server --port 5432"))
        #expect(mapping["replicas"] == .int(2))
        #expect(mapping["privileged"] == .bool(false))
        #expect(mapping["ports"]?.sequence?.style == .block)
    }

    @Test("a string literal is a string even when it looks like something else")
    func stringLiteral() throws {
        let node: Node = ["version": "3.8", "enabled": "true", "mode": "0644"]
        #expect(try Emitter.emit(node) == "version: \"3.8\"\nenabled: \"true\"\nmode: \"0644\"\n")
    }

    @Test("mapping(_:) keeps the given order and sequence(_:) and flowSequence(_:) set their style")
    func constructors() throws {
        let node = Node.mapping([("z", .sequence([.int(1)])), ("a", .flowSequence([.string("x"), .null]))])
        #expect(try Emitter.emit(node) == "z:\n- 1\na: [x, null]\n")
    }
}
