/// An install at a glance: its services with what they publish, mount, wait for and read, the proxy's
/// routes, and the servers it uses without running them.
///
/// Built from the compose file `ComposeRenderer` writes (read back as YAML) and the `.env` plan, so the
/// picture shows exactly what `generate` produces instead of a second description that could drift.
public struct InstallTopology: Hashable, Sendable {
    public struct Service: Hashable, Sendable {
        /// The compose service name.
        public var name: String
        /// The image with the `.env` tags filled in.
        public var image: String
        /// `ports:` entries as written, e.g. `127.0.0.1:3000:3000`.
        public var ports: [String]
        public var mounts: [Mount]
        public var dependsOn: [Dependency]
        /// The compose profile that starts it; `nil` when it always starts.
        public var profile: String?
        /// Whether `docker compose up` starts it with the `COMPOSE_PROFILES` simdeploy writes.
        public var starts: Bool
        /// A job that runs to completion (`restart: "no"`), such as migrations.
        public var runsOnce: Bool
        /// Secret variables it reads (from `environment:` and, through `env_file`, from `.env`), sorted.
        public var secrets: [String]
    }

    public struct Mount: Hashable, Sendable {
        public var source: String
        public var target: String
        /// A named volume (data that outlives containers) rather than a file from the install folder.
        public var isVolume: Bool
        public var readOnly: Bool
    }

    public struct Dependency: Hashable, Sendable {
        public var service: String
        /// `healthy`, `completed` or `started`.
        public var condition: String
    }

    /// The reverse proxy: on the Docker host, or a service of the compose file.
    public struct ProxyNode: Hashable, Sendable {
        public var kind: Proxy.Kind
        /// The compose service name when the proxy runs in the compose file.
        public var service: String?
        /// Host ports it listens on.
        public var listens: [String]
    }

    /// A public origin and path prefix, and the service and address it reaches.
    public struct Route: Hashable, Sendable {
        public var origin: String
        public var path: String
        public var service: String
        /// The `host:port` the proxy forwards to, or the published port browsers open without a proxy.
        public var upstream: String
    }

    /// A server the install uses but does not run (external Postgres, Redis or Ollama).
    public struct External: Hashable, Sendable {
        public var id: String
        public var title: String
        public var address: String
    }

    /// A service that talks to another without waiting for it (`depends_on` covers the rest).
    public struct Link: Hashable, Sendable {
        public var from: String
        /// A service name or an `External.id`.
        public var to: String
        /// The variable that carries the address.
        public var variable: String
    }

    /// The compose project name.
    public var name: String
    public var url: String
    public var services: [Service]
    /// Named volumes, in the compose file's order.
    public var volumes: [String]
    public var proxy: ProxyNode?
    public var routes: [Route]
    public var externals: [External]
    public var links: [Link]
}
