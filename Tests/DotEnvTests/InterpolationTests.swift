import DotEnv
import Testing

@Suite("Interpolation")
struct InterpolationTests {
    /// The variable `A` in the three states of the validators README's table.
    enum State: String, CaseIterable, CustomTestStringConvertible {
        case unset, empty, set
        var value: String? { self == .unset ? nil : self == .empty ? "" : "x" }
        var testDescription: String { rawValue }
    }

    /// What Compose v2.40.3 gives for each expression with `A` unset, empty and `x`; `nil` for an error.
    static let table: [(expression: String, unset: String?, empty: String?, set: String?)] = [
        ("${A:?msg}", nil, nil, "x"),
        ("${A?msg}", nil, "", "x"),
        ("${A:-d}", "d", "d", "x"),
        ("${A-d}", "d", "", "x"),
        ("${A:+alt}", "", "", "alt"),
        ("${A+alt}", "", "alt", "alt"),
        ("$A", "", "", "x"),
        ("${A}", "", "", "x"),
        ("$${A}", "${A}", "${A}", "${A}"),
    ]

    static func substitute(_ text: String, _ state: State) throws(InterpolationError) -> String {
        try Interpolation.interpolated(text, quote: .none) { $0 == "A" ? state.value : nil }
    }

    @Test("substitutes every operator as Compose does", arguments: table.indices, State.allCases)
    func operatorTable(row: Int, state: State) {
        let (expression, unset, empty, set) = Self.table[row]
        let expected = [State.unset: unset, .empty: empty, .set: set][state] ?? nil
        let result = Result { () throws(InterpolationError) in try Self.substitute(expression, state) }
        switch (result, expected) {
        case (.success(let value), .some(let expected)):
            #expect(value == expected, "\(expression) with A \(state)")
        case (.failure(let error), nil):
            #expect(error == .missingRequired(variable: "A", reason: "msg"), "\(expression) with A \(state)")
        default:
            Issue.record("\(expression) with A \(state): got \(result), expected \(String(describing: expected))")
        }
    }

    @Test("reports a missing required variable with Compose's message")
    func requiredMessage() {
        #expect(throws: InterpolationError.missingRequired(variable: "UNSET", reason: "must")) {
            try Self.substitute("${UNSET:?must}", .unset)
        }
        #expect(
            InterpolationError.missingRequired(variable: "X", reason: "").description
                == "required variable X is missing a value")
        #expect(
            InterpolationError.missingRequired(variable: "X", reason: "oops 1").description
                == "required variable X is missing a value: oops 1")
    }

    @Test("substitutes inside a required variable's message before reporting it")
    func messageIsSubstituted() {
        #expect(throws: InterpolationError.missingRequired(variable: "X", reason: "oops x")) {
            try Self.substitute("${X?oops ${A}}", .set)
        }
    }

    @Test(
        "turns $$ into a literal dollar sign",
        arguments: [
            ("pa$$word", "pa$word"), ("$$$A", "$x"), ("$$$$", "$$"), ("x${B:-}y$$z", "xy$z"),
        ])
    func doubleDollar(text: String, expected: String) throws {
        #expect(try Self.substitute(text, .set) == expected)
    }

    @Test("keeps a dollar sign that starts no expression", arguments: ["$", "a$1b", "$(openssl rand)", "é$é", "$ x"])
    func literalDollar(text: String) throws {
        #expect(try Self.substitute(text, .set) == text)
    }

    @Test(
        "substitutes nested defaults",
        arguments: [
            ("${X:-${Y:-deep}}", "deep"), ("${X:-${A}}", "x"), ("${A-x:-y}", "x"), ("${X:-x y}", "x y"),
            ("${X:-x}${Y:-y}", "xy"), ("${X:-a}}", "a}"), ("${X:-{x}", "{x"), ("${X:-{}}", "{}"), ("$A$A", "xx"),
            ("${_}-${A}", "-x"),
        ])
    func nestedDefaults(text: String, expected: String) throws {
        #expect(try Self.substitute(text, .set) == expected)
    }

    @Test(
        "rejects the templates Compose rejects, quoting the text it was reading",
        arguments: [
            ("${1}", "${1}"), ("${B:x}", "${B:x}"), ("${B", "${B"), ("${}", "${}"),
            ("${X:-{}} ${Y}", "{}} ${Y"), ("${A:?${1}}", "${1}"), ("${X:-a\nb}", "${X:-a\nb}"),
        ])
    func invalidTemplates(text: String, template: String) {
        #expect(throws: InterpolationError.invalidTemplate(template)) { try Self.substitute(text, .set) }
    }

    @Test("reads single-quoted values literally")
    func singleQuotesAreLiteral() throws {
        #expect(try Interpolation.interpolated("${A:?x} $$ ${1}", quote: .single) { _ in nil } == "${A:?x} $$ ${1}")
        let entry = try #require(onlyEntry("K='${A}'"))
        #expect(try Interpolation.interpolated(entry) { _ in "x" } == "${A}")
    }

    @Test("reads the long s and the Kelvin sign as name characters, as Go's case folding does")
    func caseFoldedNameCharacters() throws {
        #expect(try Interpolation.interpolated("x$\u{17F}y|${\u{212A}}", quote: .none) { _ in nil } == "x|")
        #expect(Interpolation.references(in: "$a\u{17F}b").map(\.name) == ["a\u{17F}b"])
    }

    @Test("reads names case-insensitively but looks them up as written")
    func caseOfNames() throws {
        #expect(try Interpolation.interpolated("$a-$A", quote: .none) { $0 == "a" ? "lower" : nil } == "lower-")
    }
}
