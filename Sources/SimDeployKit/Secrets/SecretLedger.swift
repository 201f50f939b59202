import DotEnv

/// Decides every secret's value: the one already in `.env` when there is one, a new one otherwise.
///
/// `.env` is the ledger. A value found there is never replaced, even a broken one: that is
/// reported with its location and left for the operator, because a key that encrypted data
/// cannot be regenerated without losing that data.
public enum SecretLedger {
    public struct Resolution: Sendable {
        public var values: [SecretName: String]
        /// Secrets created in this run, in a stable order.
        public var generated: [SecretName]
    }

    public static func resolve(
        _ names: [SecretName], existing: DotEnvFile?, generator: SecretGenerator,
        fileName: String = EnvRenderer.fileName
    ) throws(DiagnosticError) -> Resolution {
        var values: [SecretName: String] = [:]
        var generated: [SecretName] = []
        var problems: [Diagnostic] = []
        for name in names {
            if let entry = existing?[name.envKey], !entry.value.isEmpty {
                if let problem = name.rule.problem(with: entry.value) {
                    problems.append(invalid(name, entry: entry, problem: problem, fileName: fileName))
                }
                values[name] = entry.value
                continue
            }
            do {
                values[name] = try generator.generate(name)
            } catch {
                throw DiagnosticError(
                    .error(error.description, fix: "check that OpenSSL's random generator works on this machine"))
            }
            generated.append(name)
        }
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        return Resolution(values: values, generated: generated)
    }

    private static func invalid(_ name: SecretName, entry: DotEnvFile.Entry, problem: String, fileName: String)
        -> Diagnostic
    {
        let fix: String
        switch name.rule {
        case .hex64:
            fix =
                "if nothing was ever encrypted with it, delete the line and run simdeploy again to generate one; otherwise restore the original key"
        case .min32:
            fix = "delete the line and run simdeploy again to generate one (\(name.envKey) can be rotated)"
        case .urlSafe:
            fix =
                "if the database volume was never initialised, delete the line to generate one; otherwise change the role's password with ALTER ROLE first"
        }
        return .error(
            "\(name.envKey) \(problem); simdeploy never replaces an existing secret",
            at: SourceLocation(file: fileName, line: entry.valuePosition.line, column: entry.valuePosition.column),
            code: "secret-invalid", fix: fix, sourceLine: "\(name.envKey)=********")
    }
}
