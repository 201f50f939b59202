import DotEnv
import Testing

@Suite("Variable references")
struct VariableReferenceTests {
    @Test("lists references of an unquoted value with their positions")
    func unquoted() throws {
        let entry = try #require(onlyEntry("KEY=a$B-${C:-d}é${E}\n"))
        let references = Interpolation.references(in: entry)
        #expect(references.map(\.name) == ["B", "C", "E"])
        #expect(references.map(\.form) == [.plain, .defaultIfEmpty, .plain])
        #expect(references.map(\.isBraced) == [false, true, true])
        #expect(references.map(\.position.column) == [6, 9, 17])
        #expect(references[1].argument == "d")
    }

    @Test("marks references inside a default as nested")
    func nested() throws {
        let references = Interpolation.references(in: "${A:-${B:?need B}} $C")
        #expect(references.map(\.name) == ["A", "B", "C"])
        #expect(references.map(\.isNested) == [false, true, false])
        #expect(references.map(\.form) == [.defaultIfEmpty, .requiredNonEmpty, .plain])
        #expect(references.map(\.position.column) == [1, 6, 20])
    }

    @Test("skips $$ and dollar signs that start no expression")
    func escapes() {
        #expect(Interpolation.references(in: "$$A $1 $ $(x)").isEmpty)
    }

    @Test("locates references in a double-quoted value across lines and escapes")
    func doubleQuoted() throws {
        let entry = try #require(onlyEntry("K=\"\\t\\$X\nline ${Y}\"\n"))
        let references = Interpolation.references(in: entry)
        #expect(references.map(\.name) == ["Y"])
        #expect(references.first?.position == SourcePosition(line: 2, column: 6))
    }

    @Test("finds no references in a single-quoted value")
    func singleQuoted() throws {
        #expect(Interpolation.references(in: try #require(onlyEntry("K='$A ${B}'"))).isEmpty)
    }
}
