import YAML

/// Writes an `Install` back as `simdeploy.yaml`: the key fields always, the rest only when not default.
///
/// `SpecLoader.load(SpecWriter.yaml(install))` gives back the same install (tested).
public enum SpecWriter {
    public static func yaml(_ install: Install) throws(YAMLError) -> String {
        try Emitter.emit(.mapping(root(install)), options: Emitter.Options(headerComment: header))
    }

    static let header = """
        simdeploy.yaml: the one description of this Sim Studio install.
        Edit it, then run `simdeploy generate` (add --dry-run to see the diff first).
        Every key is documented in simdeploy's Docs/Spec.md. Secrets live in .env, never here.
        """

    private static func root(_ install: Install) -> [(String, Node)] {
        var root: [(String, Node)] = [
            ("version", .int(install.specVersion)),
            ("name", .string(install.name.value)),
            ("url", .string(install.url.description)),
            ("target", .string(install.target.name)),
            ("simVersion", .string(install.simVersion.value)),
        ]
        if install.cronVersion != install.simVersion {
            root.append(("cronVersion", .string(install.cronVersion.value)))
        }
        root.append(("proxy", .mapping(proxy(install.proxy))))
        if case .compose(let options) = install.target, options != ComposeOptions() {
            var compose: [(String, Node)] = []
            if let listen = options.listen { compose.append(("listen", .string(listen.description))) }
            if let port = options.postgresPort { compose.append(("postgresPort", .int(port))) }
            root.append(("compose", .mapping(compose)))
        }
        if let kubernetes = install.target.kubernetes {
            root.append(("kubernetes", .mapping(SpecWriter.kubernetes(kubernetes))))
        }
        root.append(("ollama", .mapping(ollama(install.ollama))))
        root.append(("database", .mapping(database(install.database))))
        if install.redis != .bundled { root.append(("redis", ["type": .string(install.redis.rawValue)])) }
        appendIfAny(&root, "ai", ai(install.ai))
        appendIfAny(&root, "auth", auth(install.auth))
        appendIfAny(&root, "email", email(install.email))
        if install.storage != .local { root.append(("storage", .mapping(storage(install.storage)))) }
        appendIfAny(&root, "settings", settings(install.settings))
        if !install.extraEnv.isEmpty {
            root.append(("env", .mapping(install.extraEnv.map { ($0.key, .string($0.value)) })))
        }
        return root
    }

    private static func appendIfAny(_ root: inout [(String, Node)], _ key: String, _ pairs: [(String, Node)]) {
        if !pairs.isEmpty { root.append((key, .mapping(pairs))) }
    }

    private static func proxy(_ proxy: Proxy) -> [(String, Node)] {
        let defaults = Proxy()
        var pairs: [(String, Node)] = [("type", .string(proxy.kind.rawValue))]
        if proxy.upstream != defaults.upstream { pairs.append(("upstream", .string(proxy.upstream.rawValue))) }
        if let host = proxy.realtimeHost { pairs.append(("realtimeHost", .string(host.value))) }
        if let email = proxy.acmeEmail { pairs.append(("acmeEmail", .string(email.value))) }
        if proxy.maxBodySize != defaults.maxBodySize {
            pairs.append(("maxBodySize", .string(proxy.maxBodySize.description)))
        }
        if proxy.acmeWebroot != defaults.acmeWebroot { pairs.append(("acmeWebroot", .string(proxy.acmeWebroot.value))) }
        if let templates = proxy.templates { pairs.append(("templates", .string(templates.value))) }
        return pairs
    }

    private static func ollama(_ mode: OllamaMode) -> [(String, Node)] {
        var pairs: [(String, Node)] = [("mode", .string(mode.modeName))]
        switch mode {
        case .external(let url): pairs.append(("url", .string(url.text)))
        case .gpu(let models), .cpu(let models):
            if models != OllamaMode.defaultModels { pairs.append(("models", .sequence(models.map { .string($0) }))) }
        case .none: break
        }
        return pairs
    }

    private static func database(_ database: Database) -> [(String, Node)] {
        switch database {
        case .bundled(let db):
            var pairs: [(String, Node)] = [("type", "bundled")]
            if db.user != BundledPostgres().user { pairs.append(("user", .string(db.user))) }
            if db.name != BundledPostgres().name { pairs.append(("name", .string(db.name))) }
            return pairs
        case .external(let db):
            return [
                ("type", "external"), ("host", .string(db.host.value)), ("port", .int(db.port)),
                ("user", .string(db.user)),
                ("name", .string(db.name)), ("sslMode", .string(db.sslMode.rawValue)),
            ]
        }
    }

    private static func strings(_ values: [String]) -> Node {
        .sequence(values.map { .string($0) })
    }

    private static func ai(_ ai: AIProviders) -> [(String, Node)] {
        var pairs: [(String, Node)] = []
        for provider in AIProviders.PooledProvider.allCases {
            if let count = ai.pools[provider], count > 0 { pairs.append((provider.rawValue, .int(count))) }
        }
        for provider in AIProviders.SingleKeyProvider.allCases where ai.singles.contains(provider) {
            pairs.append((provider.rawValue, .bool(true)))
        }
        if let azure = ai.azureOpenAI {
            var section: [(String, Node)] = [
                ("endpoint", .string(azure.endpoint.text)), ("apiVersion", .string(azure.apiVersion)),
            ]
            if let model = azure.kbModelName { section.append(("kbModelName", .string(model))) }
            pairs.append(("azureOpenAI", .mapping(section)))
        }
        if let vllm = ai.vllm {
            pairs.append(("vllm", .mapping([("url", .string(vllm.url.text)), ("apiKey", .bool(vllm.apiKey))])))
        }
        if let model = ai.embeddingModel { pairs.append(("embeddingModel", .string(model.rawValue))) }
        return pairs
    }

    private static func auth(_ auth: Auth) -> [(String, Node)] {
        var pairs: [(String, Node)] = []
        if !auth.oauth.isEmpty { pairs.append(("oauth", strings(auth.oauth.map(\.rawValue)))) }
        if auth.registration != .open { pairs.append(("registration", .string(auth.registration.rawValue))) }
        if !auth.allowedDomains.isEmpty { pairs.append(("allowedDomains", strings(auth.allowedDomains.map(\.value)))) }
        if !auth.allowedEmails.isEmpty { pairs.append(("allowedEmails", strings(auth.allowedEmails.map(\.value)))) }
        if !auth.trustedOrigins.isEmpty {
            pairs.append(("trustedOrigins", strings(auth.trustedOrigins.map(\.description))))
        }
        if !auth.trustedProxies.isEmpty { pairs.append(("trustedProxies", strings(auth.trustedProxies.map(\.value)))) }
        if auth.adminAPI { pairs.append(("adminApi", .bool(true))) }
        return pairs
    }

    private static func email(_ email: Email) -> [(String, Node)] {
        var pairs: [(String, Node)] = []
        if email.provider != .none { pairs.append(("provider", .string(email.provider.name))) }
        if let from = email.from { pairs.append(("from", .string(from))) }
        if email.verification { pairs.append(("verification", .bool(true))) }
        switch email.provider {
        case .ses(let region): pairs.append(("sesRegion", .string(region)))
        case .gmail(let sender): pairs.append(("gmailSender", .string(sender.value)))
        case .smtp(let smtp):
            var section: [(String, Node)] = [
                ("host", .string(smtp.host.value)), ("port", .int(smtp.port)), ("secure", .bool(smtp.secure)),
            ]
            if let user = smtp.user { section.append(("user", .string(user))) }
            pairs.append(("smtp", .mapping(section)))
        case .none, .resend, .azure: break
        }
        return pairs
    }

    private static func purposeNames(_ names: [StoragePurpose: String]) -> Node {
        .mapping(
            StoragePurpose.allCases.compactMap { purpose in names[purpose].map { (purpose.rawValue, .string($0)) } })
    }

    private static func storage(_ storage: Storage) -> [(String, Node)] {
        var pairs: [(String, Node)] = [("provider", .string(storage.providerName))]
        switch storage {
        case .local: break
        case .s3(let s3):
            var section: [(String, Node)] = [("region", .string(s3.region)), ("bucket", .string(s3.bucket))]
            if !s3.buckets.isEmpty { section.append(("buckets", purposeNames(s3.buckets))) }
            if let endpoint = s3.endpoint { section.append(("endpoint", .string(endpoint.text))) }
            section.append(("forcePathStyle", .bool(s3.forcePathStyle)))
            section.append(("staticCredentials", .bool(s3.staticCredentials)))
            pairs.append(("s3", .mapping(section)))
        case .azure(let azure):
            var section: [(String, Node)] = [
                ("accountName", .string(azure.accountName)), ("container", .string(azure.container)),
            ]
            if !azure.containers.isEmpty { section.append(("containers", purposeNames(azure.containers))) }
            pairs.append(("azure", .mapping(section)))
        case .gcs(let gcs):
            var section: [(String, Node)] = [("bucket", .string(gcs.bucket))]
            if let project = gcs.projectID { section.append(("projectId", .string(project))) }
            if !gcs.buckets.isEmpty { section.append(("buckets", purposeNames(gcs.buckets))) }
            section.append(("inlineCredentials", .bool(gcs.inlineCredentials)))
            pairs.append(("gcs", .mapping(section)))
        }
        return pairs
    }

    private static func settings(_ settings: RuntimeSettings) -> [(String, Node)] {
        let defaults = RuntimeSettings()
        var pairs: [(String, Node)] = []
        if settings.logLevel != defaults.logLevel { pairs.append(("logLevel", .string(settings.logLevel.rawValue))) }
        if settings.telemetry { pairs.append(("telemetry", .bool(true))) }
        if settings.timezone != defaults.timezone { pairs.append(("timezone", .string(settings.timezone))) }
        if settings.copilot { pairs.append(("copilot", .bool(true))) }
        return pairs
    }
}
