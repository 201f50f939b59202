import YAML

extension InstallTopology {
    /// The topology of the files `generate` writes for `install`.
    public init(_ install: Install) throws(DiagnosticError) {
        let compose = try Self.composeDocument(install)
        let plan = EnvPlan(install)
        let fixed = Self.fixedValues(plan)
        let profiles = Set((fixed["COMPOSE_PROFILES"] ?? "").split(separator: ",").map(String.init))
        var services: [Service] = []
        for pair in compose["services"]?.mapping?.pairs ?? [] {
            guard let name = pair.key.scalar?.value, let body = pair.value.mapping else { continue }
            services.append(Self.service(name, body, plan: plan, fixed: fixed, profiles: profiles))
        }
        self.name = compose["name"]?.scalar?.value ?? install.name.value
        self.url = install.url.description
        self.services = services
        self.volumes = (compose["volumes"]?.mapping?.pairs ?? []).compactMap { $0.key.scalar?.value }
        self.proxy = Self.proxyNode(install, services: services)
        self.routes = Self.routes(install)
        let (externals, links) = Self.connections(install, services: services, compose: compose)
        self.externals = externals
        self.links = links
    }

    /// The topology of the install in `folder`, from its `simdeploy.yaml`.
    public static func load(folder: String, reader: FileReader = FileReader()) throws(DiagnosticError)
        -> InstallTopology
    {
        try InstallTopology(SpecFile.load(folder: folder, reader: reader).install)
    }

    /// The services of the rendered compose file, read back as a YAML mapping.
    private static func composeDocument(_ install: Install) throws(DiagnosticError) -> Node.Mapping {
        do {
            let file = try ComposeRenderer().render(install)
            if let root = try Parser.parse(file.contents, fileName: ComposeRenderer.fileName)?.mapping {
                return root
            }
        } catch {
            throw DiagnosticError(.error("cannot read back \(ComposeRenderer.fileName): \(error)"))
        }
        throw DiagnosticError(.error("\(ComposeRenderer.fileName) rendered without a top-level mapping"))
    }

    /// Values simdeploy writes into `.env` itself (image tags, profiles), used to fill in `${...}`.
    private static func fixedValues(_ plan: EnvPlan) -> [String: String] {
        var values: [String: String] = [:]
        for entry in plan.entries {
            if case .fixed(let value) = entry.value { values[entry.key] = value }
        }
        return values
    }

    private static func service(
        _ name: String, _ body: Node.Mapping, plan: EnvPlan, fixed: [String: String], profiles: Set<String>
    ) -> Service {
        let profile = strings(body["profiles"]).first
        let dependsOn = (body["depends_on"]?.mapping?.pairs ?? []).compactMap { pair -> Dependency? in
            guard let service = pair.key.scalar?.value else { return nil }
            let condition = pair.value.mapping?["condition"]?.scalar?.value ?? "service_started"
            return Dependency(service: service, condition: conditionName(condition))
        }
        return Service(
            name: name,
            image: ComposeText.substitute(body["image"]?.scalar?.value ?? "", fixed),
            ports: strings(body["ports"]),
            mounts: strings(body["volumes"]).map(mount),
            dependsOn: dependsOn,
            profile: profile,
            starts: profile.map(profiles.contains) ?? true,
            runsOnce: body["restart"]?.scalar?.value == "no",
            secrets: secrets(name, body, plan: plan))
    }

    /// Secrets a service reads: those its `environment:` interpolates (a password inside `DATABASE_URL`
    /// included) and, when it loads `.env`, the `.env` secrets the catalogue says it consumes.
    private static func secrets(_ name: String, _ body: Node.Mapping, plan: EnvPlan) -> [String] {
        var names = Set<String>()
        for pair in body["environment"]?.mapping?.pairs ?? [] {
            for reference in ComposeText.references(pair.value.scalar?.value ?? "") where isSecret(reference) {
                names.insert(reference)
            }
        }
        if strings(body["env_file"]).contains(".env") {
            let role = consumerRole(name)
            for entry in plan.entries where isSecret(entry.key) {
                if (EnvCatalogue.entry(entry.key)?.consumers ?? ["app"]).contains(role) { names.insert(entry.key) }
            }
        }
        return names.sorted()
    }

    static func isSecret(_ key: String) -> Bool {
        SecretName(rawValue: key) != nil || EnvCatalogue.entry(key)?.isSecret == true
    }

    /// The catalogue's name for what a compose service runs (`EnvVar.consumers`).
    static func consumerRole(_ service: String) -> String {
        switch service {
        case "simstudio": "app"
        case "ollama-cpu", "model-setup": "ollama"
        default: service
        }
    }

    private static func strings(_ node: Node?) -> [String] {
        node?.sequence?.items.compactMap { $0.scalar?.value } ?? []
    }

    /// `source:target[:ro]` of a compose short-syntax volume.
    private static func mount(_ text: String) -> Mount {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let source = parts.first ?? text
        let isVolume = !(source.hasPrefix(".") || source.hasPrefix("/") || source.hasPrefix("~"))
        return Mount(
            source: source, target: parts.count > 1 ? parts[1] : "", isVolume: isVolume,
            readOnly: parts.count > 2 && parts[2] == "ro")
    }

    private static func conditionName(_ condition: String) -> String {
        switch condition {
        case "service_healthy": "healthy"
        case "service_completed_successfully": "completed"
        default: "started"
        }
    }
}
