import DotEnv

/// The pages `simdeploy explain RULE` prints and `Docs/Rules.md` collects, built from rule descriptions.
public enum RuleDocumentation {
    public static let path = "Docs/Rules.md"

    /// `Docs/Rules.md`: every rule, grouped by kind, with its examples.
    public static func markdown(_ rules: [RuleDescription] = EnvRules.descriptions) -> String {
        var out = """
            # `simdeploy lint` rules

            Generated from the rule descriptions in `Sources/SimDeployKit/Lint/Rules/` (a test keeps this file \
            fresh); `simdeploy explain RULE` prints the same page. In the examples, `↓` marks where a finding \
            is reported, `·` a trailing space, `⇥` a tab, `␍` a carriage return and `�` an invalid byte.

            Silence a rule for one line with `# simdeploy-disable-next-line RULE` above it, for a file with \
            `# simdeploy-disable-file RULE`, or everywhere with `--disable RULE` or `disable:` in \
            `.simdeploy-lint.yml`. Rules marked *opt-in* run only when enabled.

            | rule | severity | fix | summary |
            | --- | --- | --- | --- |

            """
        for rule in rules {
            let flags = rule.isOptIn ? " (opt-in)" : ""
            out +=
                "| [`\(rule.identifier)`](#\(rule.identifier)) | \(rule.severity.rawValue)\(flags) | "
                + "\(rule.isFixable ? "yes" : "") | \(rule.summary.replacingPipes) |\n"
        }
        for kind in RuleDescription.Kind.allCases {
            let group = rules.filter { $0.kind == kind }
            guard !group.isEmpty else { continue }
            out += "\n## \(kind.title)\n"
            for rule in group {
                out += "\n### \(rule.identifier)\n\n" + markdownBody(rule)
            }
        }
        return out
    }

    /// One rule's Markdown, without a heading.
    public static func markdownBody(_ rule: RuleDescription) -> String {
        var out = "**\(rule.name)** · \(rule.severity.rawValue)"
        if rule.isOptIn { out += " · opt-in" }
        if rule.isFixable { out += " · fixable with `--fix`" }
        out += "\n\n\(rule.summary)\n\n\(rule.rationale)\n"
        out += "\nTriggers:\n\n"
        for example in rule.triggeringExamples {
            out += codeBlock(example)
            if let fixed = example.fixed {
                out += "`--fix` makes it:\n" + codeBlock(Example(fixed))
            }
        }
        out += "\nDoes not trigger:\n\n"
        for example in rule.nonTriggeringExamples {
            out += codeBlock(example)
        }
        return out
    }

    /// The plain-text page of `simdeploy explain RULE`.
    public static func page(_ rule: RuleDescription) -> String {
        var out = "\(rule.identifier): \(rule.name)\n"
        out +=
            "  severity: \(rule.severity.rawValue)\(rule.isOptIn ? " (opt-in: enable with --enable \(rule.identifier))" : "")\n"
        out += "  kind: \(rule.kind.title.lowercased())\n"
        out += "  fixable: \(rule.isFixable ? "yes, formatting only (simdeploy lint --fix)" : "no")\n\n"
        out += wrap(rule.summary) + "\n\n" + wrap(rule.rationale) + "\n\n"
        out += "Triggers (↓ marks the finding):\n"
        for example in rule.triggeringExamples {
            out += indented(example)
        }
        out += "Does not trigger:\n"
        for example in rule.nonTriggeringExamples {
            out += indented(example)
        }
        out += "Silence it on one line with a comment above it:\n  # simdeploy-disable-next-line \(rule.identifier)\n"
        return out
    }

    /// The list of `simdeploy explain --list`.
    public static func list(_ rules: [RuleDescription] = EnvRules.descriptions) -> String {
        let width = rules.map(\.identifier.count).max() ?? 0
        return rules.map { rule in
            let padding = String(repeating: " ", count: width - rule.identifier.count + 2)
            let severity = (rule.severity.rawValue + (rule.isOptIn ? "*" : "")).padding(8)
            return rule.identifier + padding + severity + rule.summary
        }.joined(separator: "\n") + "\n(* opt-in)\n"
    }

    /// The rule id or Sim variable closest to `name`, for "did you mean".
    public static func suggestion(for name: String) -> String? {
        NameSuggestion.closest(to: name, in: EnvRules.identifiers + EnvCatalogue.allNames)
    }

    /// Example text with invisible characters made visible, one line per line, markers kept.
    static func visible(_ example: Example) -> [String] {
        var lines: [String] = []
        let text = example.markedText
        var parts = text.physicalLines
        let endsWithNewline = text.unicodeScalars.last == "\n"
        if endsWithNewline { parts.removeLast() }
        for (index, part) in parts.enumerated() {
            var line = ""
            let scalars = Array(part.unicodeScalars)
            let contentEnd = (scalars.lastIndex { $0 != " " && $0 != "\t" && $0 != "\r" && $0 != "↓" } ?? -1) + 1
            for (offset, scalar) in scalars.enumerated() {
                switch scalar {
                case "\t": line += "⇥"
                case "\r": line += "␍"
                case " " where offset >= contentEnd: line += "·"
                default: line.unicodeScalars.append(scalar)
                }
            }
            if index == parts.count - 1 && !endsWithNewline { line += "   (no line break at the end)" }
            lines.append(line)
        }
        if parts.isEmpty { lines.append("(empty file)") }
        if let target = example.target { lines.append("(linted with --target \(target.rawValue))") }
        return lines
    }

    private static func codeBlock(_ example: Example) -> String {
        "```\n" + visible(example).joined(separator: "\n") + "\n```\n"
    }

    private static func indented(_ example: Example) -> String {
        visible(example).map { "    " + $0 }.joined(separator: "\n") + "\n\n"
    }

    /// Text folded at 100 columns.
    private static func wrap(_ text: String) -> String {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty && current.count + word.count + 1 > 100 {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate var replacingPipes: String {
        split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }

    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
