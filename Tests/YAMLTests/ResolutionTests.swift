import Testing
import YAML

/// `Scalar.resolved` follows the YAML 1.2 core schema, which is how a decoder tells `8080` from `"8080"`.
@Suite("Scalar resolution")
struct ResolutionTests {
    static func resolved(_ value: String) throws -> Node.Scalar.Resolved? {
        try Parser.parse("k: \(value)\n", fileName: "test.yaml")?.mapping?["k"]?.scalar?.resolved
    }

    @Test(
        "resolves plain scalars by the core schema",
        arguments: [
            ("~", Node.Scalar.Resolved.null), ("null", .null), ("NULL", .null), ("", .null),
            ("true", .bool(true)), ("False", .bool(false)), ("TRUE", .bool(true)),
            ("8080", .int(8080)), ("-3", .int(-3)), ("+12", .int(12)), ("0o17", .int(15)), ("0x1F", .int(31)),
            ("0123", .int(123)), ("1.5", .double(1.5)), ("1e3", .double(1000)), ("-.5", .double(-0.5)),
            ("1.", .double(1)), (".inf", .double(.infinity)), ("-.Inf", .double(-.infinity)),
            ("99999999999999999999", .double(1e20)),
        ])
    func plain(_ text: String, _ expected: Node.Scalar.Resolved) throws {
        #expect(try Self.resolved(text) == expected)
    }

    @Test(
        "reads YAML 1.1 habits as strings",
        arguments: ["yes", "off", "y", "1:20", "1_000", "0b101", "2001-12-14", "0x", "0o8"])
    func yamlOneOneHabits(_ text: String) throws {
        #expect(try Self.resolved(text) == .string(text))
    }

    @Test("reads .nan as NaN")
    func notANumber() throws {
        guard case .double(let value) = try Self.resolved(".nan") else {
            Issue.record("not a double")
            return
        }
        #expect(value.isNaN)
    }

    @Test(
        "reads quoted and block scalars as strings",
        arguments: ["\"8080\"", "'true'", "\"\"", "|\n  12\n", ">-\n  null\n"])
    func quoted(_ text: String) throws {
        guard case .string = try Self.resolved(text) else {
            Issue.record("\(text) did not resolve as a string")
            return
        }
    }

    @Test(
        "lets a core tag decide",
        arguments: [
            ("!!str 8080", Node.Scalar.Resolved.string("8080")), ("!!int \"42\"", .int(42)), ("!!float 1", .double(1)),
            ("!!bool 'true'", .bool(true)), ("!!null ''", .null), ("!!bool maybe", .string("maybe")),
            ("!Custom 3", .string("3")), ("! 3", .string("3")),
        ])
    func tagged(_ text: String, _ expected: Node.Scalar.Resolved) throws {
        #expect(try Self.resolved(text) == expected)
    }

    @Test("treats a scalar built in code without a style as a string")
    func builtInCode() {
        #expect(Node.Scalar("8080").resolved == .string("8080"))
        #expect(Node.Scalar("8080", style: .plain).resolved == .int(8080))
        #expect(Node.int(8080).scalar?.resolved == .int(8080))
        #expect(Node.bool(false).scalar?.resolved == .bool(false))
        #expect(Node.null.scalar?.resolved == .null)
        #expect(Node.double(0.25).scalar?.resolved == .double(0.25))
    }
}
