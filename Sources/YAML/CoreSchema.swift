/// The YAML 1.2 core schema: what a plain scalar means to a YAML 1.2 reader such as Docker Compose's.
enum CoreSchema {
    static let nulls = ["", "~", "null", "Null", "NULL"]
    static let trues = ["true", "True", "TRUE"]
    static let falses = ["false", "False", "FALSE"]

    /// The value of a plain scalar's text.
    static func resolve(_ text: String) -> Node.Scalar.Resolved {
        if nulls.contains(text) { return .null }
        if trues.contains(text) { return .bool(true) }
        if falses.contains(text) { return .bool(false) }
        if let integer = integer(text) { return integer }
        if let float = float(text) { return .double(float) }
        return .string(text)
    }

    /// `[-+]?[0-9]+ | 0o[0-7]+ | 0x[0-9a-fA-F]+`, as `.int`.
    ///
    /// A decimal too large for `Int` is a `.double`, as in go-yaml; an octal or hex one stays a string.
    static func integer(_ text: String) -> Node.Scalar.Resolved? {
        for (prefix, radix, isDigit) in [("0o", 8, ASCII.isOctal), ("0x", 16, ASCII.isHex)] {
            var cursor = ByteCursor(text)
            guard cursor.take(prefix) else { continue }
            guard cursor.takeAll(where: isDigit) > 0, cursor.isAtEnd else { return nil }
            return Int(text.dropFirst(2), radix: radix).map { .int($0) }
        }
        var cursor = ByteCursor(text)
        _ = cursor.take(oneOf: "+-")
        guard cursor.takeAll(where: ASCII.isDigit) > 0, cursor.isAtEnd else { return nil }
        if let value = Int(text) { return .int(value) }
        return Double(text).map { .double($0) }
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?\.(inf|Inf|INF)` and `\.(nan|NaN|NAN)`.
    static func float(_ text: String) -> Double? {
        if [".nan", ".NaN", ".NAN"].contains(text) { return .nan }
        let unsigned = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : text[...]
        if [".inf", ".Inf", ".INF"].contains(unsigned) { return text.hasPrefix("-") ? -.infinity : .infinity }
        return isFloatSyntax(text) ? Double(text) : nil
    }

    /// Whether `text` is a finite float in the core schema's syntax.
    ///
    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
    static func isFloatSyntax(_ text: some StringProtocol) -> Bool {
        var cursor = ByteCursor(text)
        _ = cursor.take(oneOf: "+-")
        if cursor.take(".") {
            guard cursor.takeAll(where: ASCII.isDigit) > 0 else { return false }
        } else {
            guard cursor.takeAll(where: ASCII.isDigit) > 0 else { return false }
            if cursor.take(".") { cursor.takeAll(where: ASCII.isDigit) }
        }
        if cursor.take(oneOf: "eE") {
            _ = cursor.take(oneOf: "+-")
            guard cursor.takeAll(where: ASCII.isDigit) > 0 else { return false }
        }
        return cursor.isAtEnd
    }
}
