import DotEnv

/// Merges the plan into an existing `.env`, one key at a time, never losing an operator's line.
struct EnvMerge {
    let renderer: EnvRenderer
    let existing: DotEnvFile
    /// Keys the last render wrote; one the plan dropped is reported rather than adopted silently.
    let previouslyRendered: Set<String>
    private(set) var notes: [Diagnostic] = []

    /// Output text per existing line (index-aligned), and new lines to insert before/after them.
    private var replaced: [Int: String] = [:]
    private var insertedAfter: [Int: [String]] = [:]
    private var insertedBefore: [Int: [String]] = [:]
    private var appended: [String] = []

    init(renderer: EnvRenderer, existing: DotEnvFile, previouslyRendered: Set<String> = []) {
        self.renderer = renderer
        self.existing = existing
        self.previouslyRendered = previouslyRendered
    }

    private var fileName: String { EnvRenderer.fileName }

    mutating func run() throws(DiagnosticError) -> String {
        let index = try indexManagedLines()
        var anchor: Int?
        let firstExisting = renderer.plan.entries.lazy.compactMap { index[$0.key] }.first
        for section in renderer.plan.sections {
            let present = section.entries.contains { index[$0.key] != nil }
            for (position, entry) in section.entries.enumerated() {
                if let lineIndex = index[entry.key] {
                    try update(entry, at: lineIndex)
                    anchor = lineIndex
                    continue
                }
                var lines = try renderer.entryLines(entry, fresh: false)
                if position == 0, !present {
                    lines = [""] + renderer.sectionHeading(section) + lines
                }
                if let kept = anchor.flatMap({ keptComment(of: entry, after: $0) }) {
                    // The operator deleted the line but kept its comment: put the line back under it.
                    insertedAfter[kept, default: []] += lines.dropFirst()
                    anchor = kept
                } else if let anchor {
                    insertedAfter[anchor, default: []] += lines
                } else if let firstExisting {
                    // Nothing of the plan precedes it in the file: put it before the first plan key.
                    insertedBefore[firstExisting, default: []] += lines
                } else {
                    appended += lines
                }
            }
        }
        noteKeysNoLongerGenerated(index: index)
        return assemble()
    }

    /// Line index of every plan key in the file; a key defined twice is refused rather than guessed.
    private func indexManagedLines() throws(DiagnosticError) -> [String: Int] {
        let planKeys = Set(renderer.plan.entries.map(\.key))
        var index: [String: Int] = [:]
        var problems: [Diagnostic] = []
        for (lineIndex, line) in existing.lines.enumerated() {
            switch line.kind {
            case .invalid(let issue):
                problems.append(
                    .error(
                        "cannot merge into a .env that Docker Compose cannot read: \(issue.message)",
                        at: SourceLocation(file: fileName, line: issue.line, column: issue.column),
                        fix: "fix this line, then run simdeploy again"))
            case .entry(let entry)
            where planKeys.contains(entry.key) || EnvPlan.isManaged(entry.key)
                || previouslyRendered.contains(entry.key):
                if let first = index[entry.key] {
                    problems.append(
                        .error(
                            "\(entry.key) is defined twice (first on line \(physicalLine(of: first)))",
                            at: SourceLocation(file: fileName, line: physicalLine(of: lineIndex), column: 1),
                            fix: "delete one of the two lines; simdeploy will not guess which one Compose should use"))
                } else {
                    index[entry.key] = lineIndex
                }
            default:
                continue
            }
        }
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        return index
    }

    private mutating func update(_ entry: EnvPlan.Entry, at lineIndex: Int) throws(DiagnosticError) {
        guard case .entry(let current) = existing.lines[lineIndex].kind else { return }
        switch entry.value {
        case .fixed(let value):
            guard !reads(current, as: value) else { return }
            replaced[lineIndex] = try renderer.line(entry.key, value: value)
            notes.append(
                .note(
                    "\(entry.key) updated to the value simdeploy.yaml gives",
                    at: SourceLocation(file: fileName, line: physicalLine(of: lineIndex), column: 1),
                    fix: "to keep a different value, set it in simdeploy.yaml"))
        case .secret(let name):
            // A secret already in the file is never changed; an empty one is filled once.
            guard current.value.isEmpty, let value = renderer.secrets[name] else { return }
            replaced[lineIndex] = try renderer.line(entry.key, value: value)
        case .supplied:
            return
        }
    }

    /// The index of the line right after `anchor` when it is `entry`'s own comment, left behind when the
    /// operator deleted the key's line and not taken by an insertion already.
    private func keptComment(of entry: EnvPlan.Entry, after anchor: Int) -> Int? {
        let next = anchor + 1
        guard let comment = entry.comment, insertedAfter[anchor] == nil, next < existing.lines.count,
            case .comment(let text) = existing.lines[next].kind, text.trimmingSpaces == comment
        else { return nil }
        return next
    }

    /// Whether Compose reads the line as exactly `value`.
    private func reads(_ entry: DotEnvFile.Entry, as value: String) -> Bool {
        entry.value == value && (entry.quote == .single || !value.contains("$"))
    }

    private mutating func noteKeysNoLongerGenerated(index: [String: Int]) {
        let planKeys = Set(renderer.plan.entries.map(\.key))
        for (key, lineIndex) in index.sorted(by: { $0.value < $1.value }) where !planKeys.contains(key) {
            notes.append(
                .warning(
                    "\(key) is no longer generated from simdeploy.yaml; kept as it is",
                    at: SourceLocation(file: fileName, line: physicalLine(of: lineIndex), column: 1),
                    fix: "delete the line if nothing uses it"))
        }
    }

    private func assemble() -> String {
        var out = ""
        for (lineIndex, line) in existing.lines.enumerated() {
            if let lines = insertedBefore[lineIndex] {
                out += lines.drop { $0.isEmpty }.map { $0 + "\n" }.joined() + "\n"
            }
            if let replacement = replaced[lineIndex] {
                out += replacement + lineTerminator(of: line.raw)
            } else {
                out += line.raw
            }
            if let lines = insertedAfter[lineIndex] {
                if !out.hasSuffix("\n") { out += "\n" }
                out += lines.map { $0 + "\n" }.joined()
            }
        }
        if !appended.isEmpty {
            if !out.isEmpty, !out.hasSuffix("\n") { out += "\n" }
            out += appended.map { $0 + "\n" }.joined()
        }
        return out
    }

    private func lineTerminator(of raw: String) -> String {
        if raw.hasSuffix("\r\n") { return "\r\n" }
        return raw.hasSuffix("\n") ? "\n" : ""
    }

    /// 1-based physical line where the logical line `lineIndex` starts.
    private func physicalLine(of lineIndex: Int) -> Int {
        existing.lines[..<lineIndex].reduce(1) { $0 + $1.physicalLineCount }
    }
}
