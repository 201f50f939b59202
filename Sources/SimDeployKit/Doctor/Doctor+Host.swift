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

    /// A resource measured against Sim's sizing: pass at `good`, warn from `minimum`, fail below.
    private struct Sizing {
        var id: String
        var title: String
        var good: Double
        var minimum: Double
        var warnFix: String
        var failFix: String

        func check(_ value: Double?, message: String) -> ChecklistItem {
            guard let value else {
                return ChecklistItem(id: id, title: title, status: .skip, message: "could not be read")
            }
            if value >= good { return ChecklistItem(id: id, title: title, status: .pass, message: message) }
            if value >= minimum {
                return ChecklistItem(id: id, title: title, status: .warn, message: message, fix: warnFix)
            }
            return ChecklistItem(id: id, title: title, status: .fail, message: message, fix: failFix)
        }
    }

    private func cpu() -> ChecklistItem {
        let count = probe.processorCount
        let sizing = Sizing(
            id: "cpu", title: "CPU cores", good: 4, minimum: 2,
            warnFix: "2 cores suit 1-5 users; teams of 5-50 want 4 or more", failFix: "Sim needs at least 2 cores")
        return sizing.check(Double(count), message: "\(count) online")
    }

    /// Memory, not CPU, is Sim's limit; the bounds allow for RAM the firmware keeps.
    private func memory() -> ChecklistItem {
        let gib = probe.memoryBytes.map { Double($0) / Double(Self.gigabyte) }
        let sizing = Sizing(
            id: "memory", title: "Memory", good: 15.5, minimum: 11.5,
            warnFix: "12 GB fits 1-5 users; 16 GB is the practical floor for teams (the app peaks near 12 GB)",
            failFix: "give the machine at least 12 GB: the app alone requests 4 GiB and is capped at 8 GiB")
        return sizing.check(gib, message: "\(Int((gib ?? 0).rounded())) GiB")
    }

    private func disk(_ folder: String) -> ChecklistItem {
        let gib = probe.freeDiskBytes(folder).map { $0 / Self.gigabyte }
        let sizing = Sizing(
            id: "disk", title: "Free disk", good: 50, minimum: 20,
            warnFix: "20 GB is the minimum; 50 GB or more leaves room for images, the database and backups",
            failFix: "free space or grow the disk to 20 GB+")
        return sizing.check(gib.map { Double($0) }, message: "\(gib ?? 0) GiB free under \(folder)")
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
