import DotEnv
import Testing

@Suite("Resolving a whole file")
struct ResolutionTests {
    @Test("lets later values use earlier keys")
    func earlierKeys() throws {
        #expect(
            try resolved("A=1\nB=pre$A\nC=\"${B}post\"\nD='${A}'\n")
                == ["A": "1", "B": "pre1", "C": "pre1post", "D": "${A}"])
    }

    @Test("does not let a value see a key defined after it")
    func laterKeys() throws {
        #expect(try resolved("B=${A:-unset}\nA=1\n") == ["B": "unset", "A": "1"])
    }

    @Test("looks in the environment before the file")
    func environmentFirst() throws {
        #expect(
            try resolved("HOME=x\nB=${HOME}\n", environment: ["HOME": "/home/sim"])
                == ["HOME": "x", "B": "/home/sim"])
    }

    @Test("takes a bare key from the environment, or leaves it out")
    func bareKeys() throws {
        #expect(try resolved("SET\nUNSET\n", environment: ["SET": "v"]) == ["SET": "v"])
    }

    @Test("sees the key's own earlier value when it is redefined")
    func redefinition() throws {
        let values = try DotEnvParser.parse("A=1\nB=2\nA=${A}2\n").resolvedValues()
        #expect(values == [.init(key: "A", value: "12"), .init(key: "B", value: "2")])
    }

    @Test("matches names byte for byte, as Go does, not by canonical equivalence")
    func exactNames() throws {
        // The Kelvin sign U+212A is canonically equivalent to K, so Swift's == calls them equal.
        let file = DotEnvParser.parse("K=k\n\u{212A}=kelvin\nX=${\u{212A}}|$K\n")
        let values = try file.resolvedValues()
        #expect(values.map(\.value) == ["k", "kelvin", "kelvin|k"])
        #expect(file["K"]?.value == "k")
        #expect(file["\u{212A}"]?.value == "kelvin")
    }

    @Test("reports a missing required variable at the value")
    func requiredError() {
        let file = DotEnvParser.parse("A=1\nB=${X:?set X first}\n")
        #expect(
            throws: DotEnvResolutionError(
                key: "B", position: SourcePosition(line: 2, column: 3),
                reason: .missingRequired(variable: "X", reason: "set X first"))
        ) {
            try file.resolvedValues()
        }
    }
}
