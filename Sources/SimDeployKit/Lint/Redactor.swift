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
                let end = min(scalars.count, start + entry.rawValueText.unicodeScalars.count)
                maskValue(&scalars, start..<end, quoted: entry.quote != .none)
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The physical line `number` of a logical line's (redacted) text, without its line break.
    static func physicalLine(_ number: Int, of text: String, firstLine: Int, dropByteOrderMark: Bool) -> String? {
        var current = firstLine
        for part in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == number {
                var line = Substring(part)
                if line.hasSuffix("\r") { line = line.dropLast() }
                if dropByteOrderMark && current == 1, line.unicodeScalars.first == "\u{FEFF}" {
                    line = Substring(line.unicodeScalars.dropFirst())
                }
                return String(line)
            }
            current += 1
        }
        return nil
    }

    private static func maskValue(_ scalars: inout [Unicode.Scalar], _ range: Range<Int>, quoted: Bool) {
        var range = range
        if quoted && range.count >= 2 {
            range = range.lowerBound + 1..<range.upperBound - 1
        }
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
    /// Without leading and trailing spaces and tabs.
    var trimmingBlanks: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        guard let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(scalars[first...last])
    }
}
