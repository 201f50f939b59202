extension Doctor {
    static let gigabyte: UInt64 = 1 << 30

    func hostChecks(install: Install?, folder: String) -> [ChecklistItem] {
        if case .kubernetes? = install?.target {
            return [
                tool("kubectl", ["kubectl", "version", "--client"], minimum: DottedVersion(1, 25)),
                tool("helm", ["helm", "version", "--short"], minimum: DottedVersion(3, 8)),
            ]
        }
        var items = [cpu(), memory(), disk(folder)] + docker()
        if case .gpu? = install?.ollama { items.append(nvidia()) }
        items += ports(install)
        return items
    }

    private func cpu() -> ChecklistItem {
        let count = probe.processorCount
        let item = { (status: CheckStatus, fix: String?) in
            ChecklistItem(id: "cpu", title: "CPU cores", status: status, message: "\(count) online", fix: fix)
        }
        if count >= 4 { return item(.pass, nil) }
        if count >= 2 { return item(.warn, "2 cores suit 1-5 users; teams of 5-50 want 4 or more") }
        return item(.fail, "Sim needs at least 2 cores")
    }

    private func memory() -> ChecklistItem {
        guard let bytes = probe.memoryBytes else {
            return ChecklistItem(id: "memory", title: "Memory", status: .skip, message: "could not be read")
        }
        let gib = Double(bytes) / Double(Self.gigabyte)
        let message = "\(Int(gib.rounded())) GiB"
        if gib >= 15.5 { return ChecklistItem(id: "memory", title: "Memory", status: .pass, message: message) }
        if gib >= 11.5 {
            return ChecklistItem(
                id: "memory", title: "Memory", status: .warn, message: message,
                fix: "12 GB fits 1-5 users; 16 GB is the practical floor for teams (the app peaks near 12 GB)")
        }
        return ChecklistItem(
            id: "memory", title: "Memory", status: .fail, message: message,
            fix: "give the machine at least 12 GB: the app alone requests 4 GiB and is capped at 8 GiB")
    }

    private func disk(_ folder: String) -> ChecklistItem {
        guard let bytes = probe.freeDiskBytes(folder) else {
            return ChecklistItem(
                id: "disk", title: "Free disk", status: .skip, message: "could not be read for \(folder)")
        }
        let gib = bytes / Self.gigabyte
        let message = "\(gib) GiB free under \(folder)"
        if gib >= 50 { return ChecklistItem(id: "disk", title: "Free disk", status: .pass, message: message) }
        if gib >= 20 {
            return ChecklistItem(
                id: "disk", title: "Free disk", status: .warn, message: message,
                fix: "20 GB is the minimum; 50 GB or more leaves room for images, the database and backups")
        }
        return ChecklistItem(
            id: "disk", title: "Free disk", status: .fail, message: message,
            fix: "free space or grow the disk to 20 GB+")
    }

    private func docker() -> [ChecklistItem] {
        let engineTitle = "Docker Engine"
        guard let client = probe.run(["docker", "version", "--format", "{{.Client.Version}}"]) else {
            return [
                ChecklistItem(
                    id: "docker", title: engineTitle, status: .fail, message: "docker is not installed",
                    fix: "install Docker Engine 20.10+ (https://docs.docker.com/engine/install/debian/)")
            ]
        }
        var items: [ChecklistItem] = []
        let server = probe.run(["docker", "version", "--format", "{{.Server.Version}}"])
        if let server, server.status == 0, let version = DottedVersion(scanning: server.output) {
            items.append(
                version >= DottedVersion(20, 10)
                    ? ChecklistItem(id: "docker", title: engineTitle, status: .pass, message: "engine \(version)")
                    : ChecklistItem(
                        id: "docker", title: engineTitle, status: .fail, message: "engine \(version)",
                        fix: "upgrade Docker Engine to 20.10 or later"))
        } else {
            let clientVersion = DottedVersion(scanning: client.output).map { " (client \($0))" } ?? ""
            items.append(
                ChecklistItem(
                    id: "docker", title: engineTitle, status: .fail,
                    message: "the engine does not answer\(clientVersion)",
                    fix: "start it (sudo systemctl start docker) and check you may use it (group docker)"))
        }
        items.append(tool("compose", ["docker", "compose", "version", "--short"], minimum: DottedVersion(2, 24)))
        return items
    }

    /// A tool's version against the minimum simdeploy's output needs.
    func tool(_ id: String, _ command: [String], minimum: DottedVersion) -> ChecklistItem {
        let title = id == "compose" ? "Docker Compose" : id
        guard let result = probe.run(command), result.status == 0, let version = DottedVersion(scanning: result.output)
        else {
            return ChecklistItem(
                id: id, title: title, status: .fail, message: "not found (`\(command.joined(separator: " "))`)",
                fix: "install \(title) \(minimum) or later")
        }
        guard version >= minimum else {
            return ChecklistItem(
                id: id, title: title, status: .fail, message: "\(version)",
                fix: "upgrade \(title) to \(minimum) or later")
        }
        return ChecklistItem(id: id, title: title, status: .pass, message: "\(version)")
    }

    private func nvidia() -> ChecklistItem {
        let title = "NVIDIA container runtime"
        if let info = probe.run(["docker", "info", "--format", "{{json .Runtimes}}"]), info.output.contains("nvidia") {
            return ChecklistItem(id: "nvidia", title: title, status: .pass, message: "registered with Docker")
        }
        if let smi = probe.run(["nvidia-smi", "-L"]), smi.status == 0 {
            return ChecklistItem(
                id: "nvidia", title: title, status: .fail, message: "a GPU is present but Docker has no nvidia runtime",
                fix: "install the NVIDIA Container Toolkit and run `sudo nvidia-ctk runtime configure --runtime=docker`"
            )
        }
        return ChecklistItem(
            id: "nvidia", title: title, status: .fail, message: "no NVIDIA GPU or driver found",
            fix: "use `ollama.mode: cpu`, or install the NVIDIA driver and Container Toolkit")
    }

    private func ports(_ install: Install?) -> [ChecklistItem] {
        var ports: [(Int, String)] = []
        if install?.proxy.kind != Proxy.Kind.none { ports += [(80, "HTTP"), (443, "HTTPS")] }
        if install?.proxy.runsInCompose != true { ports += [(3000, "app"), (3002, "realtime")] }
        if case .compose(let options)? = install?.target, let port = options.postgresPort {
            ports.append((port, "Postgres"))
        }
        return ports.map { port, role in
            let id = "port-\(port)"
            let title = "Port \(port) (\(role))"
            guard probe.isListening(port: port) else {
                return ChecklistItem(id: id, title: title, status: .pass, message: "free")
            }
            return ChecklistItem(
                id: id, title: title, status: .warn, message: "in use",
                fix:
                    "fine if this install is already running; otherwise find the owner with `sudo ss -ltnp 'sport = :\(port)'`"
            )
        }
    }
}
