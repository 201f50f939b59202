/// Why Compose would stop while interpolating a value; the messages are compose-go's own.
public enum InterpolationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `${VAR:?message}` with `VAR` unset or empty, or `${VAR?message}` with `VAR` unset.
    case missingRequired(variable: String, reason: String)
    /// A `${` that is not a valid expression; carries the text Compose was substituting.
    case invalidTemplate(String)

    public var description: String {
        switch self {
        case .missingRequired(let variable, let reason) where reason.isEmpty:
            "required variable \(variable) is missing a value"
        case .missingRequired(let variable, let reason):
            "required variable \(variable) is missing a value: \(reason)"
        case .invalidTemplate(let template):
            "Invalid template: \(GoQuoting.quote(template))"
        }
    }
}
