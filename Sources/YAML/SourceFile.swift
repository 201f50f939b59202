/// The text being parsed and its name, so errors can quote the line they point at.
struct SourceFile {
    let name: String
    let text: String

    /// A located error whose source line is filled in from this file.
    func error(
        _ kind: YAMLError.Kind,
        _ problem: String,
        at mark: Mark,
        context: String? = nil,
        contextMark: Mark? = nil
    ) -> YAMLError {
        let lines = self.lines
        return YAMLError(
            kind: kind,
            problem: problem,
            mark: mark,
            fileName: name,
            sourceLine: lines.indices.contains(mark.line - 1) ? lines[mark.line - 1] : nil,
            context: context,
            contextMark: contextMark
        )
    }

    /// The lines of the text without their breaks, the byte order mark left out.
    ///
    /// Lines end where libyaml ends them (CR LF, CR, LF, NEL, LS, PS), so the numbers agree with its marks.
    /// The empty remainder after a final line break is not a line.
    var lines: [String] {
        var lines: [String] = []
        var line = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        while let scalar = scalars.popFirst() {
            guard Self.isBreak(scalar) else {
                line.append(scalar)
                continue
            }
            if scalar == "\r", scalars.first == "\n" { scalars.removeFirst() }
            lines.append(String(line))
            line = String.UnicodeScalarView()
        }
        if !line.isEmpty { lines.append(String(line)) }
        return lines
    }

    /// `mark`, or the end of the last line when `mark` lies past it.
    ///
    /// libyaml reports a problem at the end of the input (an unclosed bracket or quote) on the line after
    /// the last one. Just past the last line's text is the same place, and there the caret has a line to
    /// stand under.
    func clamped(_ mark: Mark) -> Mark {
        let lines = self.lines
        guard let last = lines.last, mark.line > lines.count else { return mark }
        return Mark(line: lines.count, column: last.unicodeScalars.count + 1)
    }

    /// The character at `mark`, if there is one.
    func character(at mark: Mark) -> Unicode.Scalar? {
        let lines = self.lines
        guard lines.indices.contains(mark.line - 1) else { return nil }
        return lines[mark.line - 1].unicodeScalars.dropFirst(mark.column - 1).first
    }

    /// The mark of a byte offset, for libyaml's reader errors, which report an offset instead of a mark.
    func mark(atByteOffset offset: Int) -> Mark {
        var mark = Mark(line: 1, column: 1)
        var consumed = 0
        var previous: Unicode.Scalar?
        for (index, scalar) in text.unicodeScalars.enumerated() {
            guard consumed < offset else { break }
            consumed += UTF8.width(scalar)
            defer { previous = scalar }
            if index == 0 && scalar == "\u{FEFF}" {
                continue  // libyaml counts the byte order mark's bytes but gives it no column.
            } else if scalar == "\n" && previous == "\r" {
                continue  // CR LF is one break; the CR already moved to the next line.
            } else if Self.isBreak(scalar) {
                mark = Mark(line: mark.line + 1, column: 1)
            } else {
                mark.column += 1
            }
        }
        return mark
    }

    /// libyaml's line breaks: LF, CR, NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR.
    static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": true
        default: false
        }
    }
}
