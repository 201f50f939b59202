/// Collects the values a renderer offers a template, each through the format's escaper.
///
/// A value the escaper refuses is reported with the spec key it came from, and every refusal is
/// gathered before rendering stops.
struct TemplateValues<Format: ConfigEscaping> {
    private(set) var values: [String: Template<Format>.Value] = [:]
    private var problems: [Diagnostic] = []
    private let escape: (String) throws(ValueError) -> Escaped<Format>

    init(escape: @escaping (String) throws(ValueError) -> Escaped<Format>) {
        self.escape = escape
    }

    /// Offers `value` under `name`; `key` is the spec key it came from, for the message.
    mutating func text(_ name: String, _ value: String, from key: String) {
        values[name] = checked(value, from: key).map { .text($0) } ?? .flag(false)
    }

    /// Offers `value` when present; when absent, `name` is only usable as a section that is off.
    mutating func optional(_ name: String, _ value: String?, from key: String) {
        values[name] = .optional(value.flatMap { checked($0, from: key) })
    }

    /// Offers several checked values joined by a separator the code chose.
    mutating func list(_ name: String, _ parts: [(value: String, key: String)], separator: StaticString) {
        let checkedParts = parts.compactMap { checked($0.value, from: $0.key) }
        values[name] = .text(.joined(checkedParts, separator: separator))
    }

    /// Offers a condition for `{{#name}}` sections.
    mutating func flag(_ name: String, _ on: Bool) {
        values[name] = .flag(on)
    }

    /// The values, or every refusal as a diagnostic.
    func finished() throws(DiagnosticError) -> [String: Template<Format>.Value] {
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        return values
    }

    private mutating func checked(_ value: String, from key: String) -> Escaped<Format>? {
        do {
            return try escape(value)
        } catch {
            problems.append(.error("\(key): \(error.problem)", fix: error.fix))
            return nil
        }
    }
}
