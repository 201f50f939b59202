import YAML

/// Reads `simdeploy.yaml` into an `Install`, reporting every problem at once.
public enum SpecLoader {
    public static let fileName = "simdeploy.yaml"

    /// A loaded spec and the warnings it produced.
    public struct Loaded: Sendable {
        public var install: Install
        public var warnings: [Diagnostic]
    }

    /// Parses and decodes `text`. Throws `DiagnosticError` with every error (and warning) found.
    public static func load(_ text: String, fileName: String = SpecLoader.fileName) throws(DiagnosticError) -> Loaded {
        let root: Node?
        do {
            root = try Parser.parse(text, fileName: fileName)
        } catch {
            throw DiagnosticError(error.diagnostic)
        }
        let context = SpecContext(fileName: fileName, text: text)
        guard let root else {
            context.error(
                "", "the spec is empty", at: Mark(line: 1, column: 1), fix: "run `simdeploy init` to write one")
            throw DiagnosticError(context.diagnostics)
        }
        let install = SpecDecoder(context: context).decode(root)
        let diagnostics = context.diagnostics.sorted(by: Self.sourceOrder)
        guard let install, !context.hasErrors else {
            throw DiagnosticError(diagnostics)
        }
        return Loaded(install: install, warnings: diagnostics)
    }
}

extension SpecLoader {
    /// Top to bottom, so the operator fixes the file in reading order.
    static func sourceOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        let left = (a.location?.line ?? 0, a.location?.column ?? 0)
        let right = (b.location?.line ?? 0, b.location?.column ?? 0)
        return left < right
    }
}

extension YAMLError {
    /// The YAML error as a diagnostic, with the source line and caret it already carries.
    var diagnostic: Diagnostic {
        var message = problem
        if let context, let contextMark {
            message += " (\(context) at \(contextMark))"
        }
        return .error(
            message, at: SourceLocation(file: fileName, line: mark.line, column: mark.column),
            fix: kind == .duplicateKey
                ? "keep one of the two; readers disagree on which one wins"
                : "fix the YAML syntax at this position", sourceLine: sourceLine)
    }
}
