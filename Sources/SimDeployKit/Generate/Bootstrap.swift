/// Creates a new install: a spec from a few answers, then every file it implies.
public struct Bootstrap: Sendable {
    /// What `simdeploy init` asks for.
    public struct Answers: Sendable {
        public var url: PublicURL
        public var proxy: Proxy.Kind
        public var ollama: OllamaMode
        public var simVersion: ImageTag
        public var name: InstallName
        public var target: Target
        public var proxyUpstream: Proxy.Upstream
        public var acmeEmail: EmailAddress?

        public init(
            url: PublicURL, proxy: Proxy.Kind, ollama: OllamaMode, simVersion: ImageTag, name: InstallName,
            proxyUpstream: Proxy.Upstream = .host, acmeEmail: EmailAddress? = nil,
            target: Target = .compose(ComposeOptions())
        ) {
            self.url = url
            self.proxy = proxy
            self.ollama = ollama
            self.simVersion = simVersion
            self.name = name
            self.target = target
            self.proxyUpstream = proxyUpstream
            self.acmeEmail = acmeEmail
        }

        public var install: Install {
            Install(
                name: name, url: url, target: target, simVersion: simVersion,
                proxy: Proxy(kind: proxy, acmeEmail: acmeEmail, upstream: proxyUpstream), ollama: ollama)
        }
    }

    private let generator: Generator
    private let reader: FileReader

    public init(generator: Generator = Generator(), reader: FileReader = FileReader()) {
        self.generator = generator
        self.reader = reader
    }

    /// Files of an existing install found in `folder`, which `init` refuses to overwrite without `--force`.
    public func existingInstallFiles(in folder: String) -> [String] {
        [SpecLoader.fileName, EnvRenderer.fileName, ComposeRenderer.fileName].filter {
            reader.exists(InstallFolder.path(folder, $0))
        }
    }

    /// Plans the spec file and every output. With an existing `.env`, its secrets are kept.
    public func plan(_ answers: Answers, folder: String) throws(DiagnosticError) -> GenerationPlan {
        let install = answers.install
        let spec: String
        do {
            spec = try SpecWriter.yaml(install)
        } catch {
            throw DiagnosticError(.error("cannot write \(SpecLoader.fileName): \(error)"))
        }
        // Reading the spec back proves what init writes is what generate will read.
        let loaded = try SpecLoader.load(spec)
        var plan = try generator.plan(
            install: loaded.install, folder: folder,
            extraFiles: [RenderedFile(path: SpecLoader.fileName, contents: spec)])
        plan.notes.insert(contentsOf: loaded.warnings, at: 0)
        return plan
    }

    /// Writes the plan; `options.force` (from `init --force`) replaces hand-edited files after a backup.
    @discardableResult
    public func apply(_ plan: GenerationPlan, folder: String, options: ApplyOptions = ApplyOptions())
        throws(DiagnosticError) -> ApplyReport
    {
        try generator.apply(plan, folder: folder, options: options)
    }
}
