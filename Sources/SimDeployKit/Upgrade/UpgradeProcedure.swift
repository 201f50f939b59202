/// The operator's side of an upgrade: back up, apply, verify (survey 6.4).
public enum UpgradeProcedure {
    public static func steps(_ install: Install, from: ImageTag) -> [String] {
        if let options = install.target.kubernetes {
            return KubernetesCommands(naming: ChartNaming(install: install, options: options)).upgradeSteps(from: from)
        }
        let compose = "docker compose -f \(ComposeRenderer.fileName)"
        var steps: [String] = []
        switch install.database {
        case .bundled(let db):
            steps.append(
                "\(compose) exec -T db pg_dump -U \(db.user) \(db.name) > pre-upgrade-\(from).sql   # before anything else: migrations only run forward"
            )
        case .external(let db):
            steps.append(
                "back up \(db.name) on \(db.host) (pg_dump or a snapshot) before anything else: migrations only run forward"
            )
        }
        steps += [
            "keep a copy of ENCRYPTION_KEY from .env apart from the database backup: a restored database is unreadable without it",
            "\(compose) pull && \(compose) up -d   # the migrations service runs before the app starts",
            "\(compose) ps && curl -fsS http://localhost:3000/api/health   # if the app does not start: \(compose) logs migrations",
        ]
        return steps
    }
}
