extension EnvCatalogue {
    /// Integration OAuth apps: `<P>_CLIENT_ID` + `<P>_CLIENT_SECRET`.
    static let integrationOAuthPrefixes = [
        "SLACK", "NOTION", "JIRA", "CONFLUENCE", "LINEAR", "ASANA", "CLICKUP", "MONDAY", "AIRTABLE", "BITBUCKET",
        "HUBSPOT",
        "SALESFORCE", "PIPEDRIVE", "ATTIO", "ZOHO", "WEALTHBOX", "BOX", "DROPBOX", "DOCUSIGN", "ZOOM", "WEBFLOW",
        "WORDPRESS",
        "LINKEDIN", "X", "REDDIT", "SPOTIFY", "TIKTOK", "INSTAGRAM", "SHOPIFY", "SUPABASE", "DISCORD",
    ]

    /// Enterprise server flags and their browser twins.
    static let enterpriseTwins: [(server: String, browser: String)] =
        [
            "ENTERPRISE_ENABLED", "SSO_ENABLED", "ACCESS_CONTROL_ENABLED", "ORGANIZATIONS_ENABLED",
            "WHITELABELING_ENABLED",
            "AUDIT_LOGS_ENABLED", "DATA_RETENTION_ENABLED", "DATA_DRAINS_ENABLED", "SESSION_POLICIES_ENABLED",
            "FORKING_ENABLED", "INBOX_ENABLED", "SANDBOXES_ENABLED", "BILLING_ENABLED", "E2B_ENABLED",
            "DISABLE_INVITATIONS", "DISABLE_PUBLIC_API", "EMAIL_PASSWORD_SIGNUP_ENABLED", "SLACK_EXTENDED_SCOPES",
        ].map { ($0, "NEXT_PUBLIC_\($0)") } + [("DEPLOY_AS_BLOCK", "NEXT_PUBLIC_CUSTOM_BLOCKS_ENABLED")]

    static let access: [EnvVar] =
        Auth.OAuthProvider.allCases.flatMap { provider in
            [
                EnvVar(
                    "\(provider.keyPrefix)_CLIENT_ID", .oauth, "\(provider.rawValue) sign-in client id.",
                    specField: "auth.oauth"),
                EnvVar(
                    "\(provider.keyPrefix)_CLIENT_SECRET", .oauth, "\(provider.rawValue) sign-in client secret.",
                    secret: true, specField: "auth.oauth"),
                EnvVar(
                    "DISABLE_\(provider.keyPrefix)_AUTH", .oauth, "Hide the \(provider.rawValue) sign-in button.",
                    format: .boolean),
            ]
        }
        + integrationOAuthPrefixes.flatMap { prefix in
            [
                EnvVar("\(prefix)_CLIENT_ID", .oauth, "Integration OAuth client id."),
                EnvVar("\(prefix)_CLIENT_SECRET", .oauth, "Integration OAuth client secret.", secret: true),
            ]
        }
        + [
            EnvVar("CALCOM_CLIENT_ID", .oauth, "Cal.com public client id."),
            EnvVar("TRELLO_API_KEY", .oauth, "Trello API key.", secret: true),
            EnvVar("DOCUSIGN_AUTH_HOST", .oauth, "DocuSign account host."),
            EnvVar("SLACK_SIGNING_SECRET", .oauth, "Verifies Slack events.", secret: true),
            EnvVar(
                "DISABLE_REGISTRATION", .registration, "Blocks every new account.", format: .boolean,
                specField: "auth.registration"),
            EnvVar(
                "DISABLE_EMAIL_SIGNUP", .registration, "Blocks e-mail/password sign-ups.", format: .boolean,
                specField: "auth.registration"),
            EnvVar(
                "ALLOWED_LOGIN_DOMAINS", .registration, "Allowed e-mail domains.", format: .csv,
                specField: "auth.allowedDomains"),
            EnvVar(
                "ALLOWED_LOGIN_EMAILS", .registration, "Allowed e-mail addresses.", format: .csv,
                specField: "auth.allowedEmails"),
            EnvVar("BLOCKED_SIGNUP_DOMAINS", .registration, "Blocked sign-up domains.", format: .csv),
            EnvVar("BLOCKED_EMAILS", .registration, "Banned addresses.", format: .csv),
            EnvVar("SIGNUP_MX_VALIDATION_ENABLED", .registration, "Reject domains without MX.", format: .boolean),
            EnvVar("BLOCKED_EMAIL_MX_HOSTS", .registration, "MX deny-list.", format: .csv),
            EnvVar(
                "DISABLE_AUTH", .registration, "Anonymous full-privilege access; never on the internet.",
                format: .boolean, consumers: ["app", "realtime"]),
            EnvVar("TURNSTILE_SECRET_KEY", .registration, "Cloudflare Turnstile secret.", secret: true),
            EnvVar("NEXT_PUBLIC_TURNSTILE_SITE_KEY", .registration, "Cloudflare Turnstile site key."),
            EnvVar("ALLOWED_INTEGRATIONS", .registration, "Usable block types.", format: .csv),
            EnvVar("ALLOWED_MCP_DOMAINS", .registration, "Allowed MCP server domains.", format: .csv),
        ]
        + enterpriseTwins.flatMap { twin in
            [
                EnvVar(
                    twin.server, .enterprise, "Feature flag; set its twin \(twin.browser) to the same value.",
                    format: .boolean),
                EnvVar(
                    twin.browser, .enterprise, "Browser twin of \(twin.server).", format: .boolean,
                    consumers: ["app", "browser"]),
            ]
        }
        + [
            "CREDENTIAL_GROUPS", "INSTANCE_ORG_NAME", "INSTANCE_ORG_SLUG", "INSTANCE_ORG_OWNER_EMAIL",
            "SSO_TRUSTED_PROVIDER_IDS",
            "SSO_PROVIDER_TYPE", "SSO_PROVIDER_ID", "SSO_ISSUER", "SSO_DOMAIN", "SSO_USER_EMAIL", "SSO_ORGANIZATION_ID",
        ].map { EnvVar($0, .enterprise, "Enterprise and SSO setting.") }
        + [EnvVar("SSO_OIDC_CLIENT_SECRET", .enterprise, "OIDC client secret.", secret: true)]
}
