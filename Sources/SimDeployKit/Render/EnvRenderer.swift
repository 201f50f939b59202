import DotEnv

/// Writes `.env` from an `EnvPlan`: a fresh file on first run, a key-by-key merge afterwards.
///
/// The merge is what makes regeneration safe: lines the plan does not manage (operator keys,
/// comments, blank lines) stay byte for byte where they are; secrets and supplied values already
/// in the file are kept; spec-managed values are updated in place; new keys land beside their
/// neighbours. A file that is already current comes back byte-identical.
public struct EnvRenderer: Sendable {
    public static let fileName = ".env"

    public struct Output: Sendable {
        public var file: RenderedFile
        /// What the merge did that the operator should know: updated values, keys no longer generated.
        public var notes: [Diagnostic]
    }

    public let plan: EnvPlan
    public let secrets: [SecretName: String]
    public let install: Install

    public init(plan: EnvPlan, secrets: [SecretName: String], install: Install) {
        self.plan = plan
        self.secrets = secrets
        self.install = install
    }

    /// Renders against the current file, or from scratch when there is none.
    ///
    /// `previouslyRendered` holds the keys the last render wrote (from the manifest): one of them
    /// that the plan no longer has is kept and reported, like a catalogued key, instead of silently
    /// turning into an operator key.
    public func render(existing: DotEnvFile?, previouslyRendered: Set<String> = []) throws(DiagnosticError) -> Output {
        let text: String
        var notes: [Diagnostic] = []
        if let existing {
            var merge = EnvMerge(renderer: self, existing: existing, previouslyRendered: previouslyRendered)
            text = try merge.run()
            notes = merge.notes
        } else {
            text = try fresh()
        }
        return Output(file: RenderedFile(path: Self.fileName, contents: text, containsSecrets: true), notes: notes)
    }

    private func fresh() throws(DiagnosticError) -> String {
        var lines = header
        for section in plan.sections {
            lines += [""] + sectionHeading(section)
            for entry in section.entries {
                lines += try entryLines(entry, fresh: true)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    var header: [String] {
        [
            "# Sim Studio environment for \(install.url), written by simdeploy from simdeploy.yaml.",
            "# `simdeploy generate` keeps every secret and every key you add here; change the",
            "# settings it manages in simdeploy.yaml. This file holds secrets: keep it mode 0600.",
        ]
    }

    func sectionHeading(_ section: EnvPlan.Section) -> [String] {
        ["# --- \(section.title) ---"]
    }

    /// The comment and `KEY=value` lines of one entry, with the value simdeploy would write now.
    func entryLines(_ entry: EnvPlan.Entry, fresh: Bool) throws(DiagnosticError) -> [String] {
        var lines: [String] = []
        if let comment = entry.comment { lines.append("# \(comment)") }
        lines.append(try line(entry.key, value: newValue(entry)))
        return lines
    }

    /// The value a new line gets: the spec's value, the resolved secret, or empty for the operator to fill.
    func newValue(_ entry: EnvPlan.Entry) -> String {
        switch entry.value {
        case .fixed(let value): value
        case .secret(let name): secrets[name] ?? ""
        case .supplied: ""
        }
    }

    func line(_ key: String, value: String) throws(DiagnosticError) -> String {
        do {
            return "\(key)=\(try DotEnvValue.encode(value))"
        } catch {
            throw DiagnosticError(
                .error(
                    "\(key): \(error)",
                    fix: "values in .env must fit on one line; set it in simdeploy.yaml without line breaks"))
        }
    }
}
