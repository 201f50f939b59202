import DotEnv

/// Applies formatting-only edits to a parsed file and proves that Compose reads the result the same.
public enum Fixer {
    /// A fixed file: its text and what changed, for a diff.
    public struct Outcome: Sendable {
        public var text: String
        /// One entry per original line that changed: its index and what replaced it (empty when removed).
        public var changes: [(lineIndex: Int, replacement: [String])]
        /// Whether a final line break was added.
        public var addedFinalNewline: Bool
    }

    /// Why a fix was refused.
    public struct Refusal: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Applies `edits` to `file`. Throws when the result would read differently in Compose.
    public static func apply(_ edits: [FixEdit], to file: DotEnvFile) throws(Refusal) -> Outcome {
        var normalizations: [Int: LineNormalization] = [:]
        var removed: Set<Int> = []
        var finalNewline = false
        for edit in edits {
            switch edit {
            case .normalize(let index, let normalization):
                normalizations[index, default: []].formUnion(normalization)
            case .removeLine(let index):
                removed.insert(index)
            case .addFinalNewline:
                finalNewline = true
            }
        }
        var changes: [(Int, [String])] = []
        var text = ""
        text.reserveCapacity(file.lines.count * 24)
        for (index, line) in file.lines.enumerated() {
            if removed.contains(index) {
                changes.append((index, []))
                continue
            }
            var raw = line.raw
            if let normalization = normalizations[index] {
                raw = render(line, index: index, normalization, hasByteOrderMark: file.hasByteOrderMark)
            }
            if finalNewline && index == file.lines.count - 1 && raw.unicodeScalars.last != "\n" {
                raw += "\n"
            }
            if raw != line.raw {
                changes.append((index, split(raw)))
            }
            text += raw
        }
        let fixed = DotEnvParser.parse(text)
        guard readsTheSame(file, fixed) else {
            throw Refusal(description: "the fixed file would read differently in Docker Compose; nothing was changed")
        }
        return Outcome(text: text, changes: changes, addedFinalNewline: finalNewline)
    }

    /// Whether Compose reads the same keys, values and errors from both files, whatever its environment.
    static func readsTheSame(_ old: DotEnvFile, _ new: DotEnvFile) -> Bool {
        guard old.issues.map(\.code) == new.issues.map(\.code) else { return false }
        let oldEntries = old.entries
        let newEntries = new.entries
        guard oldEntries.count == newEntries.count else { return false }
        var names: Set<String> = []
        for (a, b) in zip(oldEntries, newEntries) {
            guard a.key.utf8.elementsEqual(b.key.utf8), a.isBare == b.isBare else { return false }
            for reference in Interpolation.references(in: a) { names.insert(reference.name) }
        }
        // Once with nothing set, once with every referenced variable set to a value of its own.
        let probe = Dictionary(uniqueKeysWithValues: names.map { ($0, "<\($0)>") })
        for environment in [[:], probe] {
            let before = Result { () throws(DotEnvResolutionError) in try old.resolvedValues(environment: environment) }
            let after = Result { () throws(DotEnvResolutionError) in try new.resolvedValues(environment: environment) }
            switch (before, after) {
            case (.success(let a), .success(let b)):
                guard a == b else { return false }
            case (.failure, .failure):
                continue
            default:
                return false
            }
        }
        return true
    }

    private static func render(
        _ line: DotEnvLine, index: Int, _ normalization: LineNormalization, hasByteOrderMark: Bool
    ) -> String {
        switch line.kind {
        case .blank, .comment:
            return renderOther(line.raw, normalization, keepByteOrderMark: index == 0 && hasByteOrderMark)
        case .invalid:
            return line.raw
        case .entry(let entry):
            guard let anatomy = LineAnatomy(line: line, lineIndex: index, hasByteOrderMark: hasByteOrderMark) else {
                return line.raw
            }
            var newValue: String?
            if normalization.contains(.requoteValue),
                Interpolation.references(in: entry).isEmpty,
                let value = try? Interpolation.interpolated(entry, lookup: { _ in nil })
            {
                newValue = try? DotEnvValue.encode(value)
            }
            return anatomy.rendered(normalization, newValue: newValue)
        }
    }

    /// A blank or comment line with its indentation, trailing blanks or CR removed.
    private static func renderOther(_ raw: String, _ normalization: LineNormalization, keepByteOrderMark: Bool)
        -> String
    {
        var scalars = Array(raw.unicodeScalars)
        var bom: [Unicode.Scalar] = []
        if keepByteOrderMark, scalars.first == "\u{FEFF}" {
            bom = [scalars.removeFirst()]
        }
        var ending: [Unicode.Scalar] = []
        if scalars.last == "\n" {
            scalars.removeLast()
            ending = ["\n"]
            if scalars.last == "\r" {
                scalars.removeLast()
                if !normalization.contains(.unixLineEnding) { ending = ["\r", "\n"] }
            }
        }
        if normalization.contains(.trimTrailingWhitespace) {
            while let last = scalars.last, LineAnatomy.isBlank(last) { scalars.removeLast() }
        }
        if normalization.contains(.removeIndentation) {
            while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        }
        return String(String.UnicodeScalarView(bom + scalars + ending))
    }

    private static func split(_ raw: String) -> [String] {
        var parts = raw.physicalLines
        if parts.last == "" { parts.removeLast() }
        return parts
    }
}
