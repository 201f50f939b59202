/// Renders diagnostics the way compilers do, so editors and terminals can jump to them.
///
///     simdeploy.yaml:3:6: error: url: 'http//x' is not an absolute URL
///       url: http//x
///            ^
///       fix: write the public origin, e.g. https://sim.example.com
public enum DiagnosticFormatter {
    /// How the parts of a diagnostic are highlighted: not at all, or with ANSI colours for a terminal.
    public struct Palette: Sendable {
        var location: (String, String)
        var error: (String, String)
        var warning: (String, String)
        var note: (String, String)
        var code: (String, String)
        var caret: (String, String)
        var fix: (String, String)

        public static let plain = Palette(
            location: ("", ""), error: ("", ""), warning: ("", ""), note: ("", ""), code: ("", ""), caret: ("", ""),
            fix: ("", ""))
        public static let ansi = Palette(
            location: ("\u{1B}[1m", "\u{1B}[0m"), error: ("\u{1B}[1;31m", "\u{1B}[0m"),
            warning: ("\u{1B}[1;35m", "\u{1B}[0m"), note: ("\u{1B}[1;36m", "\u{1B}[0m"),
            code: ("\u{1B}[2m", "\u{1B}[0m"), caret: ("\u{1B}[1;32m", "\u{1B}[0m"), fix: ("\u{1B}[36m", "\u{1B}[0m"))
    }

    public static func text(_ diagnostic: Diagnostic) -> String {
        text(diagnostic, palette: .plain)
    }

    public static func text(_ diagnostic: Diagnostic, palette: Palette) -> String {
        func paint(_ text: String, _ style: (String, String)) -> String { style.0 + text + style.1 }
        var head = ""
        if let location = diagnostic.location {
            head = paint("\(location):", palette.location) + " "
        }
        let severityStyle: (String, String)
        switch diagnostic.severity {
        case .error: severityStyle = palette.error
        case .warning: severityStyle = palette.warning
        case .note: severityStyle = palette.note
        }
        head += paint("\(diagnostic.severity.rawValue):", severityStyle) + " \(diagnostic.message)"
        if !diagnostic.code.isEmpty {
            head += " " + paint("[\(diagnostic.code)]", palette.code)
        }
        var lines = [head]
        if let source = diagnostic.sourceLine, let column = diagnostic.location?.column {
            lines.append("  " + source)
            lines.append("  " + caretPadding(source, column: column) + paint("^", palette.caret))
        }
        if let fix = diagnostic.fix {
            lines.append("  " + paint("fix:", palette.fix) + " " + fix)
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
