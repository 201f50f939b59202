import YAML

/// Checks that need several fields at once, run after decoding, each pointing at the key to change.
struct InstallChecks {
    let context: SpecContext
    let reader: ObjectReader

    func check(_ install: Install) {
        checkURL(install)
        checkProxy(install)
        checkVersions(install)
        checkOllama(install)
        checkEmail(install)
        checkExtraEnv(install)
        if let options = install.target.kubernetes { checkKubernetes(install, options) }
    }

    private func checkURL(_ install: Install) {
        if install.url.isHostedSimDomain {
            context.error(
                "url", "\(install.url.host) is Sim's hosted domain; Sim would switch to hosted mode", at: mark("url"),
                fix: "use your own domain")
        }
        if install.proxy.kind != .none, install.url.scheme == .http {
            context.error(
                "url", "uses http:// but proxy.type \(install.proxy.kind.rawValue) terminates TLS", at: mark("url"),
                fix: "write https://\(install.url.host)")
        }
    }

    private func checkProxy(_ install: Install) {
        if let realtime = install.proxy.realtimeHost, realtime == install.url.host {
            context.error(
                "proxy.realtimeHost", "is the app host; realtime is already routed at /socket.io/ there",
                at: mark("proxy", "realtimeHost"),
                fix: "remove it, or name a second host such as ws.\(install.url.host)")
        }
        if case .compose(let options) = install.target, install.proxy.kind != .none, options.listen == .any {
            context.warning(
                "compose.listen", "0.0.0.0 publishes the app next to the proxy, bypassing TLS",
                at: mark("compose", "listen"), fix: "remove it to publish on 127.0.0.1 only")
        }
        checkProxyOptions(install)
    }

    private func checkVersions(_ install: Install) {
        for (key, tag) in [("simVersion", install.simVersion), ("cronVersion", install.cronVersion)]
        where tag.isFloating {
            guard reader.isPresent(key) else { continue }
            context.warning(
                key, "'latest' moves: a restart can pull a new version and run its migrations", at: mark(key),
                fix: "pin a release such as \(SpecSchema.defaultSimVersion)")
        }
    }

    private func checkOllama(_ install: Install) {
        guard case .external(let url) = install.ollama, url.isLoopback else { return }
        context.warning(
            "ollama.url", "\(url.host) inside the app container is the container itself, not your host",
            at: mark("ollama", "url"),
            fix:
                "use the host's address on the Docker network (e.g. http://172.17.0.1:11434) or http://host.docker.internal:11434"
        )
    }

    private func checkEmail(_ install: Install) {
        if install.email.verification, install.email.provider == .none {
            context.error(
                "email.verification", "requires a mail provider, or new users can never verify and are locked out",
                at: mark("email", "verification"), fix: "set email.provider, or remove verification")
        }
        if case .smtp(let smtp) = install.email.provider, smtp.secure, smtp.port == 587 {
            context.error(
                "email.smtp.secure", "implicit TLS on port 587 fails: 587 upgrades with STARTTLS",
                at: mark("email", "smtp", "secure"), fix: "remove `secure`, or use port 465")
        }
    }

    private func checkExtraEnv(_ install: Install) {
        for extra in install.extraEnv {
            let at = mark("env", extra.key)
            if let entry = EnvCatalogue.entry(extra.key), entry.isSecret {
                context.error(
                    "env.\(extra.key)", "is a secret; secrets never go in simdeploy.yaml", at: at,
                    fix: "remove it here and set it in .env, where regeneration keeps it")
            } else if EnvPlan.isManaged(extra.key) {
                context.error(
                    "env.\(extra.key)", "is written by simdeploy from other settings", at: at,
                    fix: EnvCatalogue.entry(extra.key)?.specField.map { "set `\($0)` instead" } ?? "remove it")
            } else if EnvCatalogue.entry(extra.key) == nil {
                let known = NameSuggestion.closest(to: extra.key, in: EnvCatalogue.allNames)
                context.warning(
                    "env.\(extra.key)", "is not a variable Sim reads", at: at,
                    fix: known.map { "did you mean '\($0)'?" } ?? "check the spelling against the Sim docs")
            }
        }
    }

    /// The mark of the value at a key path, falling back to its nearest present parent.
    func mark(_ path: String...) -> Mark? {
        mark(at: path)
    }

    func mark(at path: [String]) -> Mark? {
        var node: Node? = reader.mapping.map { .mapping($0) }
        var best = reader.anchor
        for key in path {
            guard let mapping = node?.mapping, let pair = mapping.pair(key) else { break }
            best = pair.value.mark ?? pair.key.mark
            node = pair.value
        }
        return best
    }
}
