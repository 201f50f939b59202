/// Why a text could not become a typed value, and what to write instead.
public struct ValueError: Error, Hashable, Sendable {
    public var problem: String
    public var fix: String?

    public init(_ problem: String, fix: String? = nil) {
        self.problem = problem
        self.fix = fix
    }
}

/// Quotes a value for a message, escaping what would make the message ambiguous.
func quoted(_ text: String) -> String {
    var out = "'"
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case "'": out += "\\'"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F {
                out += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "'"
}

extension ValueError: CustomStringConvertible {
    public var description: String {
        fix.map { "\(problem); \($0)" } ?? problem
    }
}
