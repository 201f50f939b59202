import ArgumentParser
import SimDeployKit

/// Turns init's flags, prompts and defaults into `Bootstrap.Answers`.
struct InitAnswers {
    let command: Init
    let console: Console

    private var interactive: Bool { !command.nonInteractive && Console.isInteractive }

    func collect() throws -> Bootstrap.Answers {
        let url = try resolve("Public URL", flag: urlFlag, default: "http://localhost:3000") {
            (text: String) throws(ValueError) -> PublicURL in
            // At the prompt a bare host name means its https origin.
            try PublicURL(parsing: text.contains("://") ? text : "https://\(text)")
        }
        let target = try resolveTarget()
        let proxyDefault = url.scheme == .https && target.kubernetes == nil ? "caddy" : "none"
        let proxy =
            target.kubernetes != nil
            ? Proxy.Kind.none
            : try resolve(
                "Reverse proxy (caddy, nginx, none)", flag: command.proxy?.rawValue, default: proxyDefault
            ) {
                (text: String) throws(ValueError) -> Proxy.Kind in
                guard let kind = Proxy.Kind(rawValue: text) else {
                    throw ValueError("'\(text)' is not caddy, nginx or none")
                }
                return kind
            }
        let ollama = try resolveOllama()
        let version = try resolve(
            "Sim version", flag: command.simVersion, default: SpecSchema.defaultSimVersion, parse: ImageTag.init)
        let name = try resolve("Install name", flag: command.name, default: "sim", ask: false, parse: InstallName.init)
        let upstream = Proxy.Upstream(rawValue: command.proxyUpstream?.rawValue ?? "host") ?? .host
        if upstream == .compose, proxy != .caddy {
            throw ValidationError("--proxy-upstream compose runs Caddy in compose; it needs --proxy caddy")
        }
        let acmeEmail = try command.acmeEmail.map { (text: String) throws -> EmailAddress in
            do {
                return try EmailAddress(text)
            } catch {
                throw ValidationError("--acme-email: \(error)")
            }
        }
        return Bootstrap.Answers(
            url: url, proxy: proxy, ollama: ollama, simVersion: version, name: name, proxyUpstream: upstream,
            acmeEmail: acmeEmail, target: target)
    }

    /// Compose unless asked; Kubernetes takes its cloud, namespace and secret mode from flags or prompts.
    private func resolveTarget() throws -> Target {
        let name = try resolve(
            "Target (compose, kubernetes)", flag: command.target?.rawValue,
            // Not asked: a terminal session keeps its compose questions; Kubernetes is one flag away.
            default: command.cloud != nil ? "kubernetes" : "compose", ask: false
        ) { (text: String) throws(ValueError) -> String in
            guard TargetChoice(rawValue: text) != nil else {
                throw ValueError("'\(text)' is not compose or kubernetes")
            }
            return text
        }
        guard name == "kubernetes" else { return .compose(ComposeOptions()) }
        let cloud = try resolve("Cloud (aws, azure, gcp, generic)", flag: command.cloud?.rawValue, default: "generic") {
            (text: String) throws(ValueError) -> Cloud in
            guard let cloud = Cloud(rawValue: text) else {
                throw ValueError("'\(text)' is not aws, azure, gcp or generic")
            }
            return cloud
        }
        let namespace = try resolve(
            "Namespace", flag: command.namespace, default: "sim", ask: false, parse: KubernetesName.init)
        let secrets: KubernetesSecrets
        switch command.secretMode ?? .existingSecret {
        case .existingSecret: secrets = .existingSecret(name: nil)
        case .inline: secrets = .inline
        case .externalSecrets:
            let store = try resolve(
                "Secret store", flag: command.secretStore, default: "", ask: false, parse: KubernetesName.init)
            secrets = .externalSecrets(ExternalSecretStore(name: store))
        }
        return .kubernetes(
            KubernetesOptions(
                cloud: cloud, namespace: namespace, secrets: secrets,
                ingress: KubernetesOptions.Ingress(controller: cloud.defaultIngressController)))
    }

    private var urlFlag: String? {
        if let domain = command.domain { return "https://\(domain)" }
        return command.url
    }

    private func resolveOllama() throws -> OllamaMode {
        let mode = try resolve("Ollama (none, gpu, cpu, external)", flag: command.ollama?.rawValue, default: "none") {
            (text: String) throws(ValueError) -> String in
            guard ["none", "gpu", "cpu", "external"].contains(text) else {
                throw ValueError("'\(text)' is not none, gpu, cpu or external")
            }
            return text
        }
        switch mode {
        case "gpu": return .gpu(models: OllamaMode.defaultModels)
        case "cpu": return .cpu(models: OllamaMode.defaultModels)
        case "external":
            guard command.ollamaURL != nil || interactive else {
                throw ValidationError("--ollama external needs --ollama-url URL")
            }
            return .external(
                try resolve(
                    "Ollama URL", flag: command.ollamaURL, default: "http://host.docker.internal:11434",
                    parse: ServiceURL.init(parsing:)))
        default: return .none
        }
    }

    /// The flag's value, else the operator's answer on a terminal, else the default; a bad flag is a usage error.
    private func resolve<T>(
        _ question: String, flag: String?, default defaultValue: String, ask: Bool = true,
        parse: (String) throws(ValueError) -> T
    ) throws -> T {
        if let flag {
            do {
                return try parse(flag)
            } catch {
                throw ValidationError("\(question): \(error)")
            }
        }
        if interactive, ask,
            let answer = Prompt(console: console).ask(
                question, default: defaultValue, parse: { (text: String) throws -> T in try parse(text) })
        {
            return answer
        }
        do {
            return try parse(defaultValue)
        } catch {
            throw ValidationError("\(question): \(error)")
        }
    }
}
