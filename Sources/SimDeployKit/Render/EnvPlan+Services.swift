extension EnvPlan {
    static func ai(_ ai: AIProviders) -> [Entry] {
        var entries: [Entry] = []
        for provider in AIProviders.PooledProvider.allCases {
            let count = ai.pools[provider] ?? 0
            for index in stride(from: 1, through: count, by: 1) {
                entries.append(
                    Entry(
                        "\(provider.keyPrefix)_\(index)", .supplied,
                        index == 1 ? "\(provider.displayName), rotated across \(count) key(s)." : nil))
            }
        }
        for provider in AIProviders.SingleKeyProvider.allCases where ai.singles.contains(provider) {
            entries.append(Entry(provider.key, .supplied))
        }
        if let azure = ai.azureOpenAI {
            entries.append(
                Entry(
                    "AZURE_OPENAI_ENDPOINT", .fixed(azure.endpoint.text),
                    "Azure OpenAI: endpoint, key and version count only together."))
            entries.append(Entry("AZURE_OPENAI_API_KEY", .supplied))
            entries.append(Entry("AZURE_OPENAI_API_VERSION", .fixed(azure.apiVersion)))
            if let model = azure.kbModelName {
                entries.append(Entry("KB_OPENAI_MODEL_NAME", .fixed(model)))
            }
            entries.append(Entry("NEXT_PUBLIC_AZURE_CONFIGURED", .fixed("true")))
        }
        if let vllm = ai.vllm {
            entries.append(Entry("VLLM_BASE_URL", .fixed(vllm.url.text), "Without /v1: Sim appends it."))
            if vllm.apiKey { entries.append(Entry("VLLM_API_KEY", .supplied)) }
        }
        if let model = ai.embeddingModel {
            entries.append(Entry("KB_EMBEDDING_MODEL", .fixed(model.rawValue)))
        }
        return entries
    }

    static func auth(_ install: Install) -> [Entry] {
        let auth = install.auth
        var entries: [Entry] = []
        for provider in auth.oauth {
            let callback = "\(install.url)/api/auth/callback/\(provider.rawValue)"
            entries.append(
                Entry(
                    "\(provider.keyPrefix)_CLIENT_ID", .supplied,
                    "\(provider.rawValue) sign-in; redirect URI \(callback)"))
            entries.append(Entry("\(provider.keyPrefix)_CLIENT_SECRET", .supplied))
        }
        switch auth.registration {
        case .open: break
        case .noEmailSignup: entries.append(Entry("DISABLE_EMAIL_SIGNUP", .fixed("true")))
        case .closed:
            entries.append(
                Entry("DISABLE_REGISTRATION", .fixed("true"), "No new accounts; existing users and SSO still sign in."))
        }
        if !auth.allowedDomains.isEmpty {
            entries.append(
                Entry("ALLOWED_LOGIN_DOMAINS", .fixed(auth.allowedDomains.map(\.value).joined(separator: ","))))
        }
        if !auth.allowedEmails.isEmpty {
            entries.append(
                Entry("ALLOWED_LOGIN_EMAILS", .fixed(auth.allowedEmails.map(\.value).joined(separator: ","))))
        }
        return entries
    }

    static func email(_ email: Email) -> [Entry] {
        var entries: [Entry] = []
        if let from = email.from { entries.append(Entry("FROM_EMAIL_ADDRESS", .fixed(from))) }
        if email.verification { entries.append(Entry("EMAIL_VERIFICATION_ENABLED", .fixed("true"))) }
        switch email.provider {
        case .none: break
        case .resend: entries.append(Entry("RESEND_API_KEY", .supplied))
        case .azure: entries.append(Entry("AZURE_ACS_CONNECTION_STRING", .supplied))
        case .ses(let region):
            entries.append(Entry("AWS_SES_REGION", .fixed(region), "Credentials come from the AWS credential chain."))
        case .gmail(let sender):
            entries.append(Entry("GMAIL_SENDER", .fixed(sender.value)))
            entries.append(Entry("GMAIL_CREDENTIALS_JSON", .supplied, "Service-account JSON on one line (jq -c)."))
        case .smtp(let smtp):
            entries.append(Entry("SMTP_HOST", .fixed(smtp.host.value)))
            entries.append(Entry("SMTP_PORT", .fixed(String(smtp.port))))
            entries.append(Entry("SMTP_SECURE", .fixed(smtp.secure ? "true" : "false")))
            if let user = smtp.user {
                entries.append(Entry("SMTP_USER", .fixed(user)))
                entries.append(Entry("SMTP_PASS", .supplied))
            }
        }
        return entries
    }

    static func storage(_ storage: Storage) -> [Entry] {
        var entries = [
            Entry(
                "STORAGE_PROVIDER", .fixed(storage.providerName),
                storage == .local ? "Files live inside the app container and are lost when it is re-created." : nil)
        ]
        switch storage {
        case .local: break
        case .s3(let s3):
            entries.append(Entry("AWS_REGION", .fixed(s3.region)))
            entries.append(Entry("S3_BUCKET_NAME", .fixed(s3.bucket)))
            entries += purposeEntries(prefix: "S3_", suffix: "_BUCKET_NAME", main: s3.bucket, overrides: s3.buckets)
            if let endpoint = s3.endpoint {
                entries.append(Entry("S3_ENDPOINT", .fixed(endpoint.text), "Browsers upload here directly."))
            }
            if s3.forcePathStyle { entries.append(Entry("S3_FORCE_PATH_STYLE", .fixed("true"))) }
            if s3.staticCredentials {
                entries.append(Entry("AWS_ACCESS_KEY_ID", .supplied))
                entries.append(Entry("AWS_SECRET_ACCESS_KEY", .supplied))
            }
        case .azure(let azure):
            entries.append(Entry("AZURE_ACCOUNT_NAME", .fixed(azure.accountName)))
            entries.append(Entry("AZURE_ACCOUNT_KEY", .supplied))
            entries.append(Entry("AZURE_STORAGE_CONTAINER_NAME", .fixed(azure.container)))
            entries += purposeEntries(
                prefix: "AZURE_STORAGE_", suffix: "_CONTAINER_NAME", main: azure.container, overrides: azure.containers)
        case .gcs(let gcs):
            entries.append(Entry("GCS_BUCKET_NAME", .fixed(gcs.bucket)))
            if let project = gcs.projectID { entries.append(Entry("GCS_PROJECT_ID", .fixed(project))) }
            entries += purposeEntries(prefix: "GCS_", suffix: "_BUCKET_NAME", main: gcs.bucket, overrides: gcs.buckets)
            if gcs.inlineCredentials {
                entries.append(Entry("GCS_CREDENTIALS_JSON", .supplied, "Service-account JSON on one line (jq -c)."))
            }
        }
        return entries
    }

    /// Every purpose gets an explicit name: Sim's own defaults are buckets you do not own.
    private static func purposeEntries(
        prefix: String, suffix: String, main: String, overrides: [StoragePurpose: String]
    ) -> [Entry] {
        StoragePurpose.allCases.map { purpose in
            Entry("\(prefix)\(purpose.envInfix)\(suffix)", .fixed(overrides[purpose] ?? main))
        }
    }
}
