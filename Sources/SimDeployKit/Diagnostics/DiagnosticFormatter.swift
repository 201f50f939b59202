/// Renders diagnostics the way compilers do, so editors and terminals can jump to them.
///
///     simdeploy.yaml:3:6: error: url: 'http//x' is not an absolute URL
///       url: http//x
///            ^
///       fix: write the public origin, e.g. https://sim.example.com
public enum DiagnosticFormatter {
    public static func text(_ diagnostic: Diagnostic) -> String {
        var head = ""
        if let location = diagnostic.location {
            head = "\(location): "
        }
        head += "\(diagnostic.severity.rawValue): \(diagnostic.message)"
        if !diagnostic.code.isEmpty {
            head += " [\(diagnostic.code)]"
        }
        var lines = [head]
        if let source = diagnostic.sourceLine, let column = diagnostic.location?.column {
            lines.append("  " + source)
            lines.append("  " + caretPadding(source, column: column) + "^")
        }
        if let fix = diagnostic.fix {
            lines.append("  fix: " + fix)
        }
        return lines.joined(separator: "\n")
    }

    public static func text(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { text($0) }.joined(separator: "\n")
    }

    /// Spaces up to `column`, copying tabs from the source so the caret lines up under them.
    private static func caretPadding(_ source: String, column: Int) -> String {
        var padding = ""
        for (offset, scalar) in source.unicodeScalars.enumerated() where offset < column - 1 {
            padding.append(scalar == "\t" ? "\t" : " ")
        }
        if column - 1 > padding.unicodeScalars.count {
            padding += String(repeating: " ", count: column - 1 - padding.unicodeScalars.count)
        }
        return padding
    }
}
