import YAML

/// Turns the validated YAML tree into an `Install`, section by section.
struct SpecDecoder {
    let context: SpecContext

    func decode(_ root: Node) -> Install? {
        let reader = ObjectReader(context: context, path: "", node: root, fields: SpecSchema.root, anchor: root.mark)
        guard reader.mapping != nil else { return nil }
        checkVersion(reader)
        let url = reader.value("url", PublicURL.init(parsing:))
        if !reader.isPresent("url") {
            reader.reportMissing("url", fix: "add `url: https://sim.example.com` (the address users will open)")
        }
        let name = reader.value("name", InstallName.init)
        let simVersion = reader.value("simVersion", ImageTag.init)
        let cronVersion = reader.isPresent("cronVersion") ? reader.value("cronVersion", ImageTag.init) : nil
        let target = decodeTarget(reader)
        let proxy = decodeProxy(reader.object("proxy"), url: url)
        let ollama = decodeOllama(reader.object("ollama"))
        let database = decodeDatabase(reader.object("database"))
        let redis = reader.object("redis").choice("type", RedisMode.init(rawValue:)) ?? .bundled
        let ai = decodeAI(reader.object("ai"))
        let auth = decodeAuth(reader.object("auth"))
        let email = decodeEmail(reader.object("email"))
        let storage = decodeStorage(reader.object("storage"))
        let settings = decodeSettings(reader.object("settings"))
        let extraEnv = decodeExtraEnv(reader)

        guard let url, let name, let simVersion, let target, let proxy, let ollama, let database, let email, let storage
        else { return nil }
        let install = Install(
            name: name, url: url, target: target, simVersion: simVersion, cronVersion: cronVersion, proxy: proxy,
            ollama: ollama, database: database, redis: redis, ai: ai, auth: auth, email: email, storage: storage,
            settings: settings, extraEnv: extraEnv)
        InstallChecks(context: context, reader: reader).check(install)
        return install
    }

    private func checkVersion(_ reader: ObjectReader) {
        guard reader.isPresent("version") else {
            reader.reportMissing("version", fix: "add `version: \(SpecSchema.currentVersion)` at the top")
            return
        }
        _ = reader.int("version")
    }

    private func decodeTarget(_ reader: ObjectReader) -> Target? {
        let options = reader.object("compose")
        let listen = options.value("listen", IPv4Address.init)
        let port = options.int("postgresPort")
        let kubernetes = decodeKubernetes(reader.object("kubernetes"))
        switch reader.choice("target", { $0 }) {
        case "compose"?:
            warnIgnored(reader, "kubernetes", target: "compose")
            return .compose(ComposeOptions(listen: listen, postgresPort: port))
        case "kubernetes"?:
            warnIgnored(reader, "compose", target: "kubernetes")
            return kubernetes.map(Target.kubernetes)
        default:
            return nil
        }
    }

    private func warnIgnored(_ reader: ObjectReader, _ section: String, target: String) {
        guard reader.isPresent(section) else { return }
        context.warning(
            section, "is ignored with `target: \(target)`", at: reader.mark(section),
            fix: "remove it, or set `target: \(section)`")
    }

    private func decodeProxy(_ reader: ObjectReader, url: PublicURL?) -> Proxy? {
        let kind = reader.choice("type", Proxy.Kind.init(rawValue:))
        let upstream = reader.choice("upstream", Proxy.Upstream.init(rawValue:))
        let realtimeHost = reader.value("realtimeHost", Hostname.init)
        let email = reader.value("acmeEmail", EmailAddress.init)
        let maxBodySize = reader.value("maxBodySize", ByteSize.init(parsing:))
        let webroot = reader.value("acmeWebroot") { (text: String) throws(ValueError) -> LocalPath in
            let path = try LocalPath(text)
            guard path.isAbsolute else {
                throw ValueError(
                    "\(quoted(text)) is not an absolute path", fix: "write it from /, e.g. \(Proxy.defaultWebroot)")
            }
            return path
        }
        let templates = reader.value("templates", LocalPath.init)
        guard let kind, let upstream, let maxBodySize, let webroot else { return nil }
        return Proxy(
            kind: kind, realtimeHost: realtimeHost, acmeEmail: email, upstream: upstream, maxBodySize: maxBodySize,
            acmeWebroot: webroot, templates: templates)
    }

    private func decodeOllama(_ reader: ObjectReader) -> OllamaMode? {
        let mode = reader.choice("mode") { $0 }
        let models = reader.list("models", OllamaModel.validate)
        let url = reader.value("url", ServiceURL.init(parsing:))
        switch mode {
        case "gpu"?: return .gpu(models: models)
        case "cpu"?: return .cpu(models: models)
        case "external"?:
            guard let url else {
                if !reader.isPresent("url") {
                    reader.reportMissing(
                        "url", fix: "add `url: http://<ollama-host>:11434`, reachable from the app container")
                }
                return nil
            }
            return .external(url)
        case "none"?:
            if reader.isPresent("url") {
                context.warning(
                    reader.keyPath("url"), "is ignored with `mode: none`", at: reader.mark("url"),
                    fix: "set `mode: external` to use it")
            }
            return OllamaMode.none
        default: return nil
        }
    }

    private func decodeDatabase(_ reader: ObjectReader) -> Database? {
        let type = reader.choice("type") { $0 }
        let user = reader.value("user", PostgresIdentifier.validate)
        let name = reader.value("name", PostgresIdentifier.validate)
        let host = reader.value("host", Hostname.init)
        let port = reader.int("port")
        let sslMode = reader.choice("sslMode", ExternalPostgres.SSLMode.init(rawValue:))
        guard let user, let name else { return nil }
        switch type {
        case "bundled"?:
            for key in ["host", "sslMode"] where reader.isPresent(key) {
                context.warning(
                    reader.keyPath(key), "is ignored with the bundled database", at: reader.mark(key),
                    fix: "set `type: external` to use it")
            }
            return .bundled(BundledPostgres(user: user, name: name))
        case "external"?:
            if !reader.isPresent("host") { reader.reportMissing("host") }
            guard let host, let port, let sslMode else { return nil }
            return .external(ExternalPostgres(host: host, port: port, user: user, name: name, sslMode: sslMode))
        default: return nil
        }
    }

    private func decodeExtraEnv(_ reader: ObjectReader) -> [ExtraEnv] {
        reader.stringMap("env").compactMap { entry in
            do throws(ValueError) {
                return ExtraEnv(
                    key: try EnvKeyName.validate(entry.key), value: try SingleLineValue.validate(entry.value))
            } catch {
                context.error(reader.keyPath("env") + ".\(entry.key)", error.problem, at: entry.mark, fix: error.fix)
                return nil
            }
        }
    }
}
