/// Names the upstream chart derives from the release, and the names simdeploy gives what it adds.
struct ChartNaming {
    let install: Install
    let options: KubernetesOptions

    var release: String { install.name.value }
    var namespace: String { options.namespace.value }

    /// The chart's `<fullname>`: the release when it contains the chart name, else `<release>-sim`
    /// (63 characters at most, no trailing '-').
    var fullname: String {
        let name = release.contains("sim") ? release : "\(release)-sim"
        var capped = String(name.prefix(63))
        while capped.hasSuffix("-") { capped.removeLast() }
        return capped
    }

    /// The app Secret in `existingSecret` mode. Not the chart's own `<fullname>-app-secrets`: Helm
    /// refuses to adopt an object `kubectl` created, so switching to `inline` later would fail.
    var appSecret: String {
        if case .existingSecret(let name?) = options.secrets { return name.value }
        return "\(fullname)-env"
    }

    /// The database password Secret in `existingSecret` mode.
    var databaseSecret: String { "\(fullname)-db-password" }

    var tlsSecret: String { options.ingress?.tlsSecret?.value ?? "\(fullname)-tls" }

    var managedCertificate: String { options.ingress?.managedCertificate?.value ?? "\(fullname)-certificate" }

    /// The GKE BackendConfig that raises the realtime timeout.
    var realtimeBackendConfig: String { "\(fullname)-realtime" }

    /// The key of `variable` in the external store: the prefix, then the name in kebab case.
    func remoteKey(_ variable: String) -> String {
        guard case .externalSecrets(let store) = options.secrets else { return variable }
        let prefix = store.keyPrefix ?? (options.cloud.allowsSlashInSecretNames ? "\(release)/" : "\(release)-")
        return prefix + variable.lowercased().replacing("_", with: "-")
    }

    var valuesFile: String { "helm/values-\(options.cloud.rawValue).yaml" }
}
