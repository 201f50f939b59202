import DotEnv

/// A Postgres URL that does not parse, or whose password is not URL-safe.
struct DatabaseURLRule: EnvRule {
    static let description = RuleDescription(
        identifier: "database-url", name: "Database URL", kind: .sim,
        summary:
            "`DATABASE_URL` (or a replica or migration URL) is not `postgresql://user:password@host:port/db`, or its password needs encoding.",
        rationale: """
            The app, realtime and migrations parse it as a URL: a password with `@`, `/`, `:`, `#` or `?` \
            written as is cuts the URL in the wrong place and the connection fails with a misleading \
            error. Percent-encode such characters or use a password of letters, digits, `.`, `_`, `-`, `~`. \
            The value is never shown.
            """,
        severity: .error,
        triggeringExamples: [
            Example("DATABASE_URL=↓postgresql://sim:p@ss/w0rd@db:5432/simstudio\n"),
            Example("DATABASE_URL=↓mysql://sim:pw@db/sim\n"),
            Example("DATABASE_URL=↓postgresql://sim:pw@db:5432\n"),
        ],
        nonTriggeringExamples: [
            Example("DATABASE_URL=postgresql://sim:\(exampleHex)@db:5432/simstudio\n"),
            Example("DATABASE_URL=postgres://sim:p%40ss@db/simstudio?sslmode=require\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for (statement, variable) in input.knownStatements where variable.format == .postgresURL {
            guard let value = input.literalValue(statement), !value.isEmpty, let problem = Self.problem(value) else {
                continue
            }
            findings.append(
                Finding(
                    "\(variable.name) \(problem)", at: statement.entry.valuePosition,
                    hint: "write postgresql://user:password@host:5432/database with a URL-safe password"))
        }
        return findings
    }

    static func problem(_ value: String) -> String? {
        guard let url = URLParts(value), url.scheme == "postgresql" || url.scheme == "postgres" else {
            return "must start with postgresql:// or postgres://"
        }
        if let userInfo = url.userInfo {
            guard userInfo.allSatisfy(isURLSafe) || isPercentEncoded(userInfo) else {
                return "has a user or password with characters that must be percent-encoded"
            }
        }
        guard !url.host.isEmpty else { return "has no host" }
        guard url.hasValidPort else { return "has an invalid port" }
        guard url.path.count > 1 else { return "names no database (…/database at the end)" }
        guard !url.path.dropFirst().contains("/") else { return "has a '/' after the database name" }
        return nil
    }

    private static func isURLSafe(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "._~-:".contains(character))
    }

    /// Only URL-safe characters and `%HH` escapes.
    private static func isPercentEncoded(_ text: Substring) -> Bool {
        var characters = text[...]
        while let first = characters.first {
            if first == "%" {
                let digits = characters.dropFirst().prefix(2)
                guard digits.count == 2, digits.allSatisfy(\.isHexDigit) else { return false }
                characters = characters.dropFirst(3)
            } else {
                guard isURLSafe(first) else { return false }
                characters = characters.dropFirst()
            }
        }
        return true
    }
}
