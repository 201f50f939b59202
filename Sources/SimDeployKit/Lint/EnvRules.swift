import DotEnv

/// Every lint rule, in the order `Docs/Rules.md` lists them.
public enum EnvRules {
    public static let all: [any EnvRule] = [
        // Syntax: what Compose refuses.
        UnterminatedQuoteRule(), InvalidKeyRule(), InvalidSubstitutionRule(), InvalidUTF8Rule(), TextAfterQuoteRule(),
        // Hygiene: what other dotenv linters check.
        DuplicateKeyRule(), EndingBlankLineRule(), ExtraBlankLineRule(), IncorrectDelimiterRule(),
        KeyWithoutValueRule(), LeadingCharacterRule(), LowercaseKeyRule(), QuoteCharacterRule(),
        SpaceAroundEqualsRule(), TrailingWhitespaceRule(), UnorderedKeyRule(), ValueWithoutQuotesRule(),
        UnnecessaryQuotesRule(), CRLFLineEndingRule(), ExportPrefixRule(), InvalidDisableCommentRule(),
        // Dialect hazards: Compose, `docker run --env-file`, python-dotenv and shells disagree.
        ColonSeparatorRule(), DollarSignRule(), UnbracedVariableRule(), UndefinedVariableRule(),
        SubstitutionSemanticsRule(), BackslashInValueRule(), InlineCommentRule(), CommentInValueRule(),
        MultilineValueRule(),
        // Sim: what the app needs.
        MissingRequiredKeyRule(), ComposeOverriddenKeyRule(), SecretFormatRule(), PlaceholderValueRule(),
        ReusedSecretRule(), AuthURLMismatchRule(), URLFormatRule(), LocalhostPublicURLRule(),
        HostedSimDomainRule(), DatabaseURLRule(), OllamaLocalhostRule(), KeyPoolGapRule(), UnreadKeyRule(),
        BooleanValueRule(), EnumValueRule(), IntegerValueRule(), VLLMBaseURLRule(), TwinMismatchRule(),
        UnknownKeyRule(),
    ]

    public static let descriptions: [RuleDescription] = all.map { type(of: $0).description }

    public static let identifiers: [String] = descriptions.map(\.identifier)

    private static let byIdentifier: [String: RuleDescription] = Dictionary(
        descriptions.map { ($0.identifier, $0) }, uniquingKeysWith: { first, _ in first })

    public static func description(_ identifier: String) -> RuleDescription? {
        byIdentifier[identifier]
    }

    /// `nil` for a known id; otherwise why not, with the closest id when one is near.
    public static func unknownRuleProblem(_ identifier: String) -> String? {
        guard byIdentifier[identifier] == nil else { return nil }
        let suggestion = NameSuggestion.closest(to: identifier, in: identifiers)
        return "'\(identifier)' is not a rule" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
            + " (simdeploy explain --list shows every rule)"
    }
}
