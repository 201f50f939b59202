/// Compiler-style text: `file:line:col: severity: message [rule]`, the source line (secrets masked), a
/// caret and the fix, then a summary line.
public struct TextReporter: Reporter {
    public static let identifier = "text"
    public static let summary = "Compiler-style lines with the source line, a caret and a fix (colour on a terminal)."

    public var colored: Bool

    public init(colored: Bool = false) {
        self.colored = colored
    }

    public func report(_ run: LintReport) -> String {
        var out = ""
        for diagnostic in run.diagnostics {
            out += DiagnosticFormatter.text(diagnostic, palette: colored ? .ansi : .plain) + "\n"
        }
        out += run.summaryLine + "\n"
        return out
    }
}
