import YAML

extension SpecDecoder {
    func decodeAI(_ reader: ObjectReader) -> AIProviders {
        var pools: [AIProviders.PooledProvider: Int] = [:]
        for provider in AIProviders.PooledProvider.allCases {
            if let count = reader.int(provider.rawValue), count > 0 { pools[provider] = count }
        }
        let singles = Set(AIProviders.SingleKeyProvider.allCases.filter { reader.bool($0.rawValue) })
        let azure = reader.isPresent("azureOpenAI") ? decodeAzureOpenAI(reader.object("azureOpenAI")) : nil
        let vllm = reader.isPresent("vllm") ? decodeVLLM(reader.object("vllm")) : nil
        let embedding = reader.choice("embeddingModel", EmbeddingModel.init(rawValue:))
        return AIProviders(pools: pools, singles: singles, azureOpenAI: azure, vllm: vllm, embeddingModel: embedding)
    }

    private func decodeAzureOpenAI(_ reader: ObjectReader) -> AzureOpenAI? {
        if !reader.isPresent("endpoint") { reader.reportMissing("endpoint") }
        let endpoint = reader.value("endpoint", ServiceURL.init(parsing:))
        let version = reader.value("apiVersion", PlainName.validate)
        let kbModel = reader.value("kbModelName", PlainName.validate)
        guard let endpoint, let version else { return nil }
        return AzureOpenAI(endpoint: endpoint, apiVersion: version, kbModelName: kbModel)
    }

    private func decodeVLLM(_ reader: ObjectReader) -> VLLM? {
        if !reader.isPresent("url") { reader.reportMissing("url") }
        guard let url = reader.value("url", ServiceURL.init(parsing:)) else { return nil }
        if url.text.hasSuffix("/v1") {
            context.error(
                reader.keyPath("url"), "ends with /v1, which Sim appends itself", at: reader.mark("url"),
                fix: "drop the trailing /v1")
        }
        return VLLM(url: url, apiKey: reader.bool("apiKey"))
    }

    func decodeAuth(_ reader: ObjectReader) -> Auth {
        var oauth: [Auth.OAuthProvider] = []
        for provider in reader.list("oauth", OAuthProviderName.parse) where !oauth.contains(provider) {
            oauth.append(provider)
        }
        return Auth(
            oauth: oauth,
            registration: reader.choice("registration", Auth.Registration.init(rawValue:)) ?? .open,
            allowedDomains: reader.list("allowedDomains", Hostname.init),
            allowedEmails: reader.list("allowedEmails", EmailAddress.init),
            trustedOrigins: reader.list("trustedOrigins", PublicURL.init(parsing:)),
            trustedProxies: reader.list("trustedProxies", NetworkRange.init),
            adminAPI: reader.bool("adminApi"))
    }

    func decodeEmail(_ reader: ObjectReader) -> Email? {
        let from = reader.value("from", SenderAddress.validate)
        let verification = reader.bool("verification")
        let provider: Email.Provider?
        switch reader.choice("provider", { $0 }) {
        case "none"?: provider = Email.Provider.none
        case "resend"?: provider = .resend
        case "azure"?: provider = .azure
        case "ses"?:
            if !reader.isPresent("sesRegion") { reader.reportMissing("sesRegion") }
            provider = reader.value("sesRegion", PlainName.validate).map { .ses(region: $0) }
        case "gmail"?:
            if !reader.isPresent("gmailSender") { reader.reportMissing("gmailSender") }
            provider = reader.value("gmailSender", EmailAddress.init).map { .gmail(sender: $0) }
        case "smtp"?:
            if !reader.isPresent("smtp") {
                reader.reportMissing("smtp", fix: "add `smtp: {host: smtp.example.com, port: 587}`")
            }
            provider = decodeSMTP(reader.object("smtp")).map { .smtp($0) }
        default: provider = nil
        }
        guard let provider else { return nil }
        return Email(provider: provider, from: from, verification: verification)
    }

    private func decodeSMTP(_ reader: ObjectReader) -> Email.SMTP? {
        if reader.mapping != nil, !reader.isPresent("host") { reader.reportMissing("host") }
        let host = reader.value("host", Hostname.init)
        let port = reader.int("port")
        let secure = reader.isPresent("secure") ? reader.bool("secure") : nil
        let user = reader.value("user", SingleLineValue.validate)
        guard let host, let port else { return nil }
        return Email.SMTP(host: host, port: port, secure: secure, user: user)
    }

    func decodeStorage(_ reader: ObjectReader) -> Storage? {
        switch reader.choice("provider", { $0 }) {
        case "local"?: return .local
        case "s3"?: return requireSection(reader, "s3").flatMap(decodeS3).map(Storage.s3)
        case "azure"?: return requireSection(reader, "azure").flatMap(decodeAzureBlob).map(Storage.azure)
        case "gcs"?: return requireSection(reader, "gcs").flatMap(decodeGCS).map(Storage.gcs)
        default: return nil
        }
    }

    private func requireSection(_ reader: ObjectReader, _ name: String) -> ObjectReader? {
        guard reader.isPresent(name) else {
            reader.reportMissing(name, fix: "add a `\(name):` section (see Docs/Spec.md)")
            return nil
        }
        return reader.object(name)
    }

    private func decodeS3(_ reader: ObjectReader) -> S3Storage? {
        for key in ["region", "bucket"] where !reader.isPresent(key) { reader.reportMissing(key) }
        let region = reader.value("region", PlainName.validate)
        let bucket = reader.value("bucket", PlainName.validate)
        let buckets = decodeBuckets(reader.object("buckets"))
        let endpoint = reader.value("endpoint", ServiceURL.init(parsing:))
        guard let region, let bucket else { return nil }
        return S3Storage(
            region: region, bucket: bucket, buckets: buckets, endpoint: endpoint,
            forcePathStyle: reader.bool("forcePathStyle"), staticCredentials: reader.bool("staticCredentials"))
    }

    private func decodeAzureBlob(_ reader: ObjectReader) -> AzureBlobStorage? {
        if !reader.isPresent("accountName") { reader.reportMissing("accountName") }
        let account = reader.value("accountName", PlainName.validate)
        let container = reader.value("container", PlainName.validate)
        let containers = decodeBuckets(reader.object("containers"))
        guard let account, let container else { return nil }
        return AzureBlobStorage(accountName: account, container: container, containers: containers)
    }

    private func decodeGCS(_ reader: ObjectReader) -> GCSStorage? {
        if !reader.isPresent("bucket") { reader.reportMissing("bucket") }
        let bucket = reader.value("bucket", PlainName.validate)
        let project = reader.value("projectId", PlainName.validate)
        let buckets = decodeBuckets(reader.object("buckets"))
        guard let bucket else { return nil }
        return GCSStorage(
            bucket: bucket, projectID: project, buckets: buckets, inlineCredentials: reader.bool("inlineCredentials"))
    }

    private func decodeBuckets(_ reader: ObjectReader) -> [StoragePurpose: String] {
        var buckets: [StoragePurpose: String] = [:]
        for purpose in StoragePurpose.allCases {
            if reader.isPresent(purpose.rawValue), let name = reader.value(purpose.rawValue, PlainName.validate) {
                buckets[purpose] = name
            }
        }
        return buckets
    }

    func decodeSettings(_ reader: ObjectReader) -> RuntimeSettings {
        RuntimeSettings(
            logLevel: reader.choice("logLevel", RuntimeSettings.LogLevel.init(rawValue:)) ?? .info,
            telemetry: reader.bool("telemetry"),
            timezone: reader.value("timezone", PlainName.validate) ?? "UTC",
            copilot: reader.bool("copilot"))
    }
}

enum OAuthProviderName {
    static func parse(_ text: String) throws(ValueError) -> Auth.OAuthProvider {
        guard let provider = Auth.OAuthProvider(rawValue: text) else {
            let names = Auth.OAuthProvider.allCases.map(\.rawValue)
            let hint = NameSuggestion.closest(to: text, in: names).map { "did you mean '\($0)'?" }
            throw ValueError("\(quoted(text)) is not one of \(names.joined(separator: ", "))", fix: hint)
        }
        return provider
    }
}

enum SenderAddress {
    /// `Name <address>` or a bare address, on one line.
    static func validate(_ text: String) throws(ValueError) -> String {
        let line = try SingleLineValue.validate(text)
        let address: String
        if let open = line.lastIndex(of: "<"), line.hasSuffix(">") {
            address = String(line[line.index(after: open)..<line.index(before: line.endIndex)])
        } else {
            address = line
        }
        do {
            _ = try EmailAddress(address)
        } catch {
            throw ValueError(
                "\(quoted(text)) is not a sender address", fix: "write `Sim <noreply@example.com>` or a bare address")
        }
        return line
    }
}
