import DotEnv

/// Masks secret values in source text before any of it reaches output.
///
/// Each scalar of a secret value becomes `*` (quotes and line breaks stay), so a caret drawn under the
/// masked line still points at the right column. A line Compose refuses is masked after its first `=` or
/// `:` when its key looks secret, since the parser could not say where its value ends.
enum Redactor {
    static let mask: Unicode.Scalar = "*"

    /// `line.raw` with secret values masked.
    static func redacted(_ line: DotEnvLine, lineIndex: Int, hasByteOrderMark: Bool) -> String {
        var scalars = Array(line.raw.unicodeScalars)
        let bom = lineIndex == 0 && hasByteOrderMark ? 1 : 0
        switch line.kind {
        case .blank, .comment:
            return line.raw
        case .invalid:
            maskInvalid(&scalars, from: bom)
        case .entry(let entry):
            for entry in [entry] + line.trailingEntries where !entry.isBare {
                guard SecretPolicy.isSecret(key: entry.key, value: entry.value) else { continue }
                guard
                    let start = offset(
                        of: entry.valuePosition, in: scalars, firstLine: line.lineRange.lowerBound, bom: bom)
                else { continue }
                // What follows a secret on its line (a comment, text after a closing quote) may be part of
                // what was typed as the secret: mask to the end of the line.
                maskValue(&scalars, start..<scalars.count)
                break
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Text that must not appear in any message: secret values, and whatever follows one on its line.
    ///
    /// Rules never put values of secret keys in messages, but they do name keys, and a key Compose reads
    /// after a secret's closing quote (`PASSWORD="abc" def`) is part of what the operator typed as the secret.
    static func secretTexts(in input: LintInput) -> [String] {
        var texts: Set<String> = []
        for index in input.statementIndexes(.secret) {
            let statement = input.statements[index]
            texts.formUnion([statement.entry.value, statement.entry.rawValueText])
            if let comment = statement.entry.inlineComment { texts.insert(comment) }
            // Statements after it on the same line.
            var next = index + 1
            while next < input.statements.count && input.statements[next].isTrailing
                && input.statements[next].lineIndex == statement.lineIndex
            {
                let entry = input.statements[next].entry
                texts.formUnion([entry.key, entry.value, entry.rawValueText])
                if let comment = entry.inlineComment { texts.insert(comment) }
                next += 1
            }
        }
        for index in input.lineIndexes(.invalid) {
            let raw = input.file.lines[index].raw
            guard let separator = raw.firstIndex(where: { $0 == "=" || $0 == ":" }) else { continue }
            var key = String(raw[..<separator]).trimmingBlanks
            if key.hasPrefix("export ") { key = String(key.dropFirst(7)).trimmingBlanks }
            let value = String(raw[raw.index(after: separator)...])
            guard SecretPolicy.isSecret(key: key, value: value) else { continue }
            for token in value.split(whereSeparator: { " \t\r\n\"'#".contains($0) }) {
                texts.insert(String(token))
            }
        }
        // Short strings would garble messages (and are no real secrets: `secret-format` reports them).
        return texts.filter { $0.unicodeScalars.count >= 8 }.sorted { $0.count > $1.count }
    }

    /// `text` with every secret text replaced by `***`.
    ///
    /// Matches UTF-8 bytes, not `Character`s: a secret may end inside a grapheme cluster (a value ending in
    /// `\r` before the line's `\n`), and a match of whole UTF-8 sequences always starts and ends on a
    /// scalar boundary.
    static func scrub(_ text: String, _ secrets: [String]) -> String {
        var bytes = Array(text.utf8)
        var changed = false
        for secret in secrets {
            let needle = Array(secret.utf8)
            guard !needle.isEmpty, needle.count <= bytes.count else { continue }
            var result: [UInt8] = []
            var index = 0
            while index < bytes.count {
                if index + needle.count <= bytes.count && bytes[index] == needle[0]
                    && bytes[index..<index + needle.count].elementsEqual(needle)
                {
                    result += Array("***".utf8)
                    index += needle.count
                    changed = true
                } else {
                    result.append(bytes[index])
                    index += 1
                }
            }
            bytes = result
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : text
    }

    /// The physical line `number` of a logical line's (redacted) text, without its line break.
    static func physicalLine(_ number: Int, of text: String, firstLine: Int, dropByteOrderMark: Bool) -> String? {
        var current = firstLine
        for part in text.physicalLines {
            if current == number {
                var line = part.unicodeScalars[...]
                if line.last == "\r" { line = line.dropLast() }
                if dropByteOrderMark && current == 1, line.first == "\u{FEFF}" {
                    line = line.dropFirst()
                }
                return String(line)
            }
            current += 1
        }
        return nil
    }

    private static func maskValue(_ scalars: inout [Unicode.Scalar], _ range: Range<Int>) {
        for index in range where scalars[index] != "\n" && scalars[index] != "\r" {
            scalars[index] = mask
        }
    }

    private static func maskInvalid(_ scalars: inout [Unicode.Scalar], from start: Int) {
        guard let separator = scalars[start...].firstIndex(where: { $0 == "=" || $0 == ":" }) else { return }
        var key = String(String.UnicodeScalarView(scalars[start..<separator]))
        key = String(key.drop { $0 == " " || $0 == "\t" })
        if key.hasPrefix("export ") { key = String(key.dropFirst(7)) }
        let value = String(String.UnicodeScalarView(scalars[(separator + 1)...]))
        guard SecretPolicy.isSecret(key: key.trimmingBlanks, value: value) else { return }
        for index in (separator + 1)..<scalars.count where scalars[index] != "\n" && scalars[index] != "\r" {
            if scalars[index] != " " && scalars[index] != "\t" { scalars[index] = mask }
        }
    }

    /// The offset in `scalars` of `position`, counting lines from `firstLine`.
    static func offset(of position: SourcePosition, in scalars: [Unicode.Scalar], firstLine: Int, bom: Int) -> Int? {
        var line = firstLine
        var index = 0
        while line < position.line {
            guard let newline = scalars[index...].firstIndex(of: "\n") else { return nil }
            index = newline + 1
            line += 1
        }
        let result = index + (line == firstLine ? bom : 0) + position.column - 1
        return result <= scalars.count ? result : nil
    }
}

extension String {
    /// The text split at each `\n` scalar, a `\r` before it kept; the last part is empty after a final `\n`.
    ///
    /// `String.split(separator: "\n")` would not split `\r\n`, which is a single `Character`.
    var physicalLines: [String] {
        unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
    }

    /// Whether the last scalar is a carriage return.
    var endsWithCarriageReturn: Bool { unicodeScalars.last == "\r" }

    /// Without leading and trailing spaces and tabs.
    var trimmingBlanks: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        guard let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(scalars[first...last])
    }
}
