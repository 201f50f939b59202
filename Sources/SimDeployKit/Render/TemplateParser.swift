/// Splits a template into lines of literal text, placeholders, section tags and comments.
///
/// Problems are collected, not thrown, so an operator's template shows all its mistakes at once.
struct TemplateParser {
    let source: String
    private(set) var problems: [TemplateError.Problem] = []
    private var openSections: [(name: String, line: Int, column: Int, source: String)] = []

    init(source: String) {
        self.source = source
    }

    mutating func parse() -> [TemplateLine] {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if source.hasSuffix("\n") { lines.removeLast() }
        var parsed: [TemplateLine] = []
        for (index, text) in lines.enumerated() {
            parsed.append(parseLine(text, number: index + 1))
        }
        for open in openSections {
            problems.append(
                .init(
                    line: open.line, column: open.column, message: "section '\(open.name)' is never closed",
                    fix: "add {{/\(open.name)}} on a line of its own", sourceLine: open.source))
        }
        return parsed
    }

    private mutating func parseLine(_ text: String, number: Int) -> TemplateLine {
        let trimmed = text.trimmingSpaces
        let column = text.count - text.drop(while: { $0 == " " || $0 == "\t" }).count + 1
        if trimmed.hasPrefix("{{!"), trimmed.hasSuffix("}}") {
            return TemplateLine(kind: .comment, number: number, column: column, source: text)
        }
        if trimmed.hasPrefix("{{"), trimmed.hasSuffix("}}"), let tag = trimmed.dropFirst(2).first, "#^/".contains(tag),
            !trimmed.dropFirst(2).contains("{{")
        {
            let name = String(trimmed.dropFirst(3).dropLast(2)).trimmingSpaces
            checkName(name, line: number, column: column, source: text)
            if tag == "/" {
                closeSection(name, line: number, column: column, source: text)
                return TemplateLine(kind: .close(name), number: number, column: column, source: text)
            }
            openSections.append((name, number, column, text))
            return TemplateLine(kind: .open(name, inverted: tag == "^"), number: number, column: column, source: text)
        }
        return TemplateLine(kind: .text(pieces(of: text, line: number)), number: number, column: 1, source: text)
    }

    private mutating func pieces(of text: String, line: Int) -> [TemplateLine.Piece] {
        var pieces: [TemplateLine.Piece] = []
        var rest = Substring(text)
        while let open = rest.firstRange(of: "{{") {
            let column = text.distance(from: text.startIndex, to: open.lowerBound) + 1
            pieces.append(.literal(String(rest[..<open.lowerBound])))
            guard let close = rest[open.upperBound...].firstRange(of: "}}") else {
                problems.append(
                    .init(
                        line: line, column: column, message: "'{{' is not closed on this line",
                        fix: "write placeholders as {{name}}", sourceLine: text))
                return pieces
            }
            let name = String(rest[open.upperBound..<close.lowerBound]).trimmingSpaces
            if let first = name.first, "#^/!".contains(first) {
                problems.append(
                    .init(
                        line: line, column: column, message: "section tags and comments stand on a line of their own",
                        fix: "move {{\(name)}} to its own line", sourceLine: text))
            } else {
                checkName(name, line: line, column: column, source: text)
                pieces.append(.placeholder(name, column: column))
            }
            rest = rest[close.upperBound...]
        }
        pieces.append(.literal(String(rest)))
        return pieces
    }

    private mutating func closeSection(_ name: String, line: Int, column: Int, source: String) {
        guard let open = openSections.popLast() else {
            problems.append(
                .init(
                    line: line, column: column, message: "{{/\(name)}} closes no section",
                    fix: "remove it, or open the section with {{#\(name)}}", sourceLine: source))
            return
        }
        if open.name != name {
            problems.append(
                .init(
                    line: line, column: column,
                    message: "{{/\(name)}} closes section '\(open.name)' opened on line \(open.line)",
                    fix: "close '\(open.name)' first with {{/\(open.name)}}", sourceLine: source))
        }
    }

    private mutating func checkName(_ name: String, line: Int, column: Int, source: String) {
        let valid =
            name.first.map { $0 >= "a" && $0 <= "z" } == true
            && name.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "_" }
        if !valid {
            problems.append(
                .init(
                    line: line, column: column, message: "'\(name)' is not a placeholder name",
                    fix: "use lower-case letters, digits and '_', e.g. {{domain}}", sourceLine: source))
        }
    }
}
