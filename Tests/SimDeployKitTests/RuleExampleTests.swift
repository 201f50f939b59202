import DotEnv
import SimDeployKit
import Testing

/// Every rule's own examples: triggering ones find exactly the `↓` places, the others find nothing,
/// and a fixable example becomes its `fixed` text.
@Suite("rule examples")
struct RuleExampleTests {
    @Test("triggering examples find exactly the marked places", arguments: EnvRules.identifiers)
    func triggeringExamples(_ id: String) throws {
        let rule = try #require(EnvRules.all.first { type(of: $0).description.identifier == id })
        for example in type(of: rule).description.triggeringExamples {
            let result = lint(example, with: rule)
            let found = result.diagnostics.compactMap { diagnostic in
                diagnostic.location.map { SourcePosition(line: $0.line, column: $0.column) }
            }
            #expect(
                found == example.markedPositions,
                "\(id): found \(found) in \(String(reflecting: example.text)); messages: \(result.diagnostics.map(\.message))",
                sourceLocation: example.sourceLocation)
            if let fixed = example.fixed {
                let linter = Linter(configuration: configuration(example, id), rules: [rule])
                let outcome = try linter.fix(result)
                #expect(
                    outcome?.text == fixed, "\(id): --fix gave \(String(reflecting: outcome?.text))",
                    sourceLocation: example.sourceLocation)
                #expect(
                    outcome?.remaining.diagnostics.isEmpty == true, "\(id): findings remain after --fix",
                    sourceLocation: example.sourceLocation)
            }
        }
    }

    @Test("non-triggering examples find nothing", arguments: EnvRules.identifiers)
    func nonTriggeringExamples(_ id: String) throws {
        let rule = try #require(EnvRules.all.first { type(of: $0).description.identifier == id })
        for example in type(of: rule).description.nonTriggeringExamples {
            let result = lint(example, with: rule)
            #expect(
                result.diagnostics.isEmpty,
                "\(id): \(result.diagnostics.map(\.message)) in \(String(reflecting: example.text))",
                sourceLocation: example.sourceLocation)
        }
    }

    @Test("rule ids are unique lower kebab-case and every rule has examples of both kinds")
    func registryIsWellFormed() {
        let ids = EnvRules.identifiers
        #expect(Set(ids).count == ids.count)
        for description in EnvRules.descriptions {
            let id = description.identifier
            #expect(
                id.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
                    && !id.hasPrefix("-") && !id.hasSuffix("-") && !id.contains("--"), "\(id)")
            #expect(!description.triggeringExamples.isEmpty, "\(id) has no triggering example")
            #expect(!description.nonTriggeringExamples.isEmpty, "\(id) has no non-triggering example")
            #expect(description.severity != .note, "\(id)")
            #expect(description.summary.hasSuffix("."), "\(id): the summary is a sentence")
            if description.isFixable {
                #expect(description.triggeringExamples.contains { $0.fixed != nil }, "\(id) shows no fix")
            }
        }
    }

    private func configuration(_ example: Example, _ id: String) -> LintConfiguration {
        LintConfiguration(target: example.target, enabled: [id])
    }

    private func lint(_ example: Example, with rule: any EnvRule) -> Linter.Result {
        let id = type(of: rule).description.identifier
        let linter = Linter(configuration: configuration(example, id), rules: [rule])
        return linter.lint(bytes: example.bytes, path: "example.env")
    }
}

extension Example {
    var sourceLocation: Testing.SourceLocation {
        Testing.SourceLocation(fileID: fileID, filePath: filePath, line: line, column: 1)
    }
}
