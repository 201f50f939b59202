import YAML

/// What `simdeploy.yaml` decides in chart values: the top layer, over every preset.
///
/// Only what the spec knows goes here (URLs, hosts, images, replicas, secrets and where they
/// live, database, Redis, Ollama, identity); everything a platform merely prefers is preset data.
struct HelmValuesOverlay {
    let install: Install
    let options: KubernetesOptions
    let env: EnvValues
    /// The presets merged, for the few values that must extend a preset's rather than replace it.
    let presets: Node
    let naming: ChartNaming
    let pods: PodEnvironment

    init(install: Install, options: KubernetesOptions, env: EnvValues, presets: Node) {
        self.install = install
        self.options = options
        self.env = env
        self.presets = presets
        self.naming = ChartNaming(install: install, options: options)
        self.pods = PodEnvironment(install, env: env)
    }

    var node: Node {
        var root: [(String, Node)] = []
        root.append(("app", app))
        root.append(("realtime", realtime))
        root.append(("redis", ["enabled": .bool(install.redis == .bundled)]))
        root.append(("migrations", ["image": image]))
        root += database
        root.append(("ollama", ollama))
        root.append(("ingress", ingress))
        root += identity
        if let scaling = options.autoscaling {
            root.append(
                (
                    "autoscaling",
                    [
                        "enabled": true, "minReplicas": .int(scaling.minReplicas),
                        "maxReplicas": .int(scaling.maxReplicas),
                        "targetCPUUtilizationPercentage": .int(scaling.targetCPU),
                        "realtime": ["enabled": .bool(scaling.realtime)],
                    ]
                ))
        }
        if let budget = options.disruptionBudget {
            root.append(("podDisruptionBudget", ["enabled": .bool(budget)]))
        }
        if let policy = networkPolicy { root.append(("networkPolicy", policy)) }
        if let external = externalSecrets { root.append(("externalSecrets", external)) }
        return ValuesMerge.merge(.mapping(root), storageClass)
    }

    /// The spec's StorageClass for every volume: presets name one per component, which beats `global`.
    private var storageClass: Node {
        guard let name = options.storageClass?.value else { return .mapping([]) }
        let persistence: Node = ["persistence": ["storageClass": .string(name)]]
        return ["global": ["storageClass": .string(name)], "postgresql": persistence, "ollama": persistence]
    }

    /// App, realtime and migrations share a schema, so they run one tag.
    private var image: Node { ["tag": .string(install.simVersion.value)] }

    private var app: Node {
        var pairs: [(String, Node)] = [("replicaCount", .int(options.replicas.app)), ("image", image)]
        if case .existingSecret = options.secrets {
            pairs.append(("secrets", ["existingSecret": ["enabled": true, "name": .string(naming.appSecret)]]))
        }
        pairs += environment(pods.variables.filter { !$0.realtimeOnly })
        return .mapping(pairs)
    }

    private var realtime: Node {
        var pairs: [(String, Node)] = [("replicaCount", .int(options.replicas.realtime)), ("image", image)]
        // The chart gives realtime its own envDefaults, localhost URLs included; in ESO mode nothing
        // in app.env masks them, so every non-secret value realtime reads goes there.
        if case .externalSecrets = options.secrets {
            pairs += environment(pods.variables.filter { $0.realtimeOnly || Self.realtimeReads($0.key) })
        } else {
            pairs += environment(pods.variables.filter(\.realtimeOnly))
        }
        return .mapping(pairs)
    }

    private static func realtimeReads(_ key: String) -> Bool {
        EnvCatalogue.entry(key)?.consumers.contains("realtime") ?? false
    }

    /// `env` and `envDefaults` for some variables, by secret mode: inline puts everything in `env`
    /// (the chart's Secret); existingSecret only what is not secret (inlined on the pods, so a
    /// change rolls them); ESO only non-secret values, in `envDefaults`, since every `env` key must
    /// be mapped to the store. Empty values are left to the chart's defaults.
    private func environment(_ variables: [PodEnvironment.Variable]) -> [(String, Node)] {
        let set = variables.filter { !$0.value.isEmpty }
        let pairs = { (chosen: [PodEnvironment.Variable]) -> Node in
            .mapping(chosen.map { ($0.key, Node.string($0.value)) })
        }
        switch options.secrets {
        case .inline:
            return set.isEmpty ? [] : [("env", pairs(set))]
        case .existingSecret:
            let config = set.filter { !$0.isSecret }
            return config.isEmpty ? [] : [("env", pairs(config))]
        case .externalSecrets:
            let config = set.filter { !$0.isSecret }
            return config.isEmpty ? [] : [("envDefaults", pairs(config))]
        }
    }

    private var databasePassword: String { env["POSTGRES_PASSWORD"] ?? "" }

    private var database: [(String, Node)] {
        switch install.database {
        case .bundled(let db):
            var auth: [(String, Node)] = [("username", .string(db.user)), ("database", .string(db.name))]
            switch options.secrets {
            case .inline: auth.append(("password", .string(databasePassword)))
            case .existingSecret:
                auth.append(("existingSecret", ["enabled": true, "name": .string(naming.databaseSecret)]))
            case .externalSecrets: break
            }
            return [
                ("postgresql", ["enabled": true, "auth": .mapping(auth)]), ("externalDatabase", ["enabled": false]),
            ]
        case .external(let db):
            var pairs: [(String, Node)] = [
                ("enabled", true), ("host", .string(db.host.value)), ("port", .int(db.port)),
                ("username", .string(db.user)), ("database", .string(db.name)),
                ("sslMode", .string(db.sslMode.rawValue)),
            ]
            switch options.secrets {
            case .inline: pairs.append(("password", .string(databasePassword)))
            case .existingSecret:
                pairs.append(("existingSecret", ["enabled": true, "name": .string(naming.databaseSecret)]))
            case .externalSecrets: break
            }
            return [("postgresql", ["enabled": false]), ("externalDatabase", .mapping(pairs))]
        }
    }

    private var externalSecrets: Node? {
        guard case .externalSecrets(let store) = options.secrets else { return nil }
        let app = pods.variables.filter(\.isSecret).map { ($0.key, Node.string(naming.remoteKey($0.key))) }
        let password: Node = ["password": .string(naming.remoteKey("POSTGRES_PASSWORD"))]
        let database = install.database.isBundled ? ("postgresql", password) : ("externalDatabase", password)
        return [
            "enabled": true,
            "secretStoreRef": ["name": .string(store.name.value), "kind": .string(store.kind.rawValue)],
            "remoteRefs": .mapping([("app", .mapping(app)), database]),
        ]
    }
}

extension Database {
    var isBundled: Bool {
        if case .bundled = self { return true }
        return false
    }
}
