/// A Caddy or nginx config with `{{name}}` placeholders and conditional sections.
///
/// - `{{name}}` anywhere in a line takes a value checked by `Format`'s escaper.
/// - `{{#name}}` ... `{{/name}}` keeps its lines when `name` is set or on; `{{^name}}` when it is not.
/// - `{{! text }}` is a comment for the template's reader.
///
/// Section tags and comments stand on lines of their own, which are dropped from the output, so
/// a template reads like the file it makes. A name the renderer does not provide, a placeholder
/// without a value, or a section left open is an error at its `file:line:column`, never an empty
/// string in a config. The output ends with exactly one newline.
public struct Template<Format: ConfigEscaping>: Sendable {
    /// What a renderer gives for one name.
    public enum Value: Sendable {
        case text(Escaped<Format>)
        case flag(Bool)

        /// Text when present; off (and unusable as a placeholder) when absent.
        static func optional(_ text: Escaped<Format>?) -> Value {
            text.map(Value.text) ?? .flag(false)
        }

        var isOn: Bool {
            switch self {
            case .text: true
            case .flag(let on): on
            }
        }
    }

    public let fileName: String
    private let lines: [TemplateLine]

    /// Parses `source`, reporting every syntax problem at once.
    public init(_ source: String, fileName: String) throws(TemplateError) {
        self.fileName = fileName
        var parser = TemplateParser(source: source)
        lines = parser.parse()
        if !parser.problems.isEmpty {
            throw TemplateError(fileName: fileName, problems: parser.problems)
        }
    }

    /// Fills the template. `values` names everything the renderer offers; any other name is an error.
    public func render(_ values: [String: Value]) throws(TemplateError) -> String {
        var problems: [TemplateError.Problem] = []
        var visible: [Bool] = []
        var output: [String] = []

        func known(_ name: String, _ line: Int, _ column: Int, _ source: String) -> Value? {
            if let value = values[name] { return value }
            let names = values.keys.sorted()
            let hint = NameSuggestion.closest(to: name, in: names).map { "did you mean '\($0)'? " } ?? ""
            problems.append(
                .init(
                    line: line, column: column, message: "unknown name '\(name)'",
                    fix: "\(hint)names here: \(names.joined(separator: ", "))", sourceLine: source))
            return nil
        }

        for line in lines {
            let shown = visible.allSatisfy { $0 }
            switch line.kind {
            case .comment:
                continue
            case .open(let name, let inverted):
                let on = known(name, line.number, line.column, line.source)?.isOn ?? false
                visible.append(inverted ? !on : on)
            case .close:
                visible.removeLast()
            case .text(let pieces):
                var text = ""
                for piece in pieces {
                    switch piece {
                    case .literal(let literal):
                        text += literal
                    case .placeholder(let name, let column):
                        guard let value = known(name, line.number, column, line.source), shown else { continue }
                        guard case .text(let escaped) = value else {
                            problems.append(
                                .init(
                                    line: line.number, column: column, message: "'\(name)' has no value here",
                                    fix: "put the line inside {{#\(name)}} ... {{/\(name)}}", sourceLine: line.source))
                            continue
                        }
                        text += escaped.text
                    }
                }
                if shown { output.append(text) }
            }
        }
        guard problems.isEmpty else { throw TemplateError(fileName: fileName, problems: problems) }
        while output.last?.allSatisfy(\.isWhitespace) == true { output.removeLast() }
        return output.joined(separator: "\n") + "\n"
    }
}

/// One parsed line of a template.
struct TemplateLine: Sendable {
    enum Piece: Sendable {
        case literal(String)
        case placeholder(String, column: Int)
    }

    enum Kind: Sendable {
        case text([Piece])
        case open(String, inverted: Bool)
        case close(String)
        case comment
    }

    var kind: Kind
    /// 1-based line and column of the line's tag (the first character for text lines).
    var number: Int
    var column: Int
    var source: String
}
