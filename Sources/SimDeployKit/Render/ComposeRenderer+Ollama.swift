import YAML

extension ComposeRenderer {
    /// Upstream's Ollama profiles: `gpu` and `cpu` (one of them runs, both answer as `ollama`) and a one-shot `setup`.
    func ollamaServices(_ install: Install) -> [(String, Node)] {
        switch install.ollama {
        case .none, .external: return []
        case .gpu, .cpu: break
        }
        var services: [(String, Node)] = [
            ("ollama", ollama(install, profile: "gpu")),
            ("ollama-cpu", ollama(install, profile: "cpu")),
        ]
        if !install.ollama.models.isEmpty {
            services.append(("model-setup", modelSetup(install.ollama.models)))
        }
        return services
    }

    private func ollama(_ install: Install, profile: String) -> Node {
        var environment: [(String, Node)] = [
            ("OLLAMA_HOST", "0.0.0.0:11434"),
            ("OLLAMA_LOAD_TIMEOUT", "-1"),
            ("OLLAMA_KEEP_ALIVE", "-1"),
        ]
        if profile == "gpu" { environment.insert(("NVIDIA_DRIVER_CAPABILITIES", "all"), at: 0) }
        var service: [(String, Node)] = [
            ("image", .string(Self.ollamaImage)),
            ("profiles", .sequence([.string(profile)])),
            ("restart", "unless-stopped"),
            ("command", "serve"),
            ("ports", ["127.0.0.1:11434:11434"]),
            ("volumes", ["ollama_data:/root/.ollama"]),
            ("environment", .mapping(environment)),
            (
                "healthcheck",
                Self.healthcheck(["CMD", "ollama", "list"], interval: "10s", retries: 5, startPeriod: "30s")
            ),
        ]
        if profile == "gpu" {
            let device: Node = ["driver": "nvidia", "count": "all", "capabilities": .sequence(["gpu"]).flow]
            service.append(("deploy", ["resources": ["reservations": ["devices": .sequence([device])]]]))
        } else {
            service.append(("networks", ["default": ["aliases": ["ollama"]]]))
        }
        return .mapping(service)
    }

    /// Pulls the spec's models once; model names are validated, so they are safe in the shell script.
    private func modelSetup(_ models: [String]) -> Node {
        let pulls = models.map { "ollama pull \($0)" }.joined(separator: " && ")
        let script = "until ollama list >/dev/null 2>&1; do sleep 2; done && \(pulls)"
        return .mapping([
            ("image", .string(Self.ollamaImage)),
            ("profiles", ["setup"]),
            ("restart", .string("no")),
            ("volumes", ["ollama_data:/root/.ollama"]),
            ("environment", ["OLLAMA_HOST": "ollama:11434"]),
            ("entrypoint", .sequence(["/bin/sh", "-c"]).flow),
            ("command", .sequence([.string(script)])),
        ])
    }
}
