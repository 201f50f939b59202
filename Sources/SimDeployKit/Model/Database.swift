/// The PostgreSQL server (with pgvector) Sim stores everything in.
public enum Database: Hashable, Sendable {
    /// The `db` service of the compose file (`pgvector/pgvector:pg17`).
    case bundled(BundledPostgres)
    /// A server the install does not run (RDS, Cloud SQL, Azure Database for PostgreSQL, ...).
    case external(ExternalPostgres)

    public var user: String {
        switch self {
        case .bundled(let db): db.user
        case .external(let db): db.user
        }
    }

    public var databaseName: String {
        switch self {
        case .bundled(let db): db.name
        case .external(let db): db.name
        }
    }
}

public struct BundledPostgres: Hashable, Sendable {
    /// Applied only when the data volume is first initialised.
    public var user: String
    public var name: String

    public init(user: String = "postgres", name: String = "simstudio") {
        self.user = user
        self.name = name
    }
}

public struct ExternalPostgres: Hashable, Sendable {
    public enum SSLMode: String, Hashable, Sendable, CaseIterable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    public var host: Hostname
    public var port: Int
    public var user: String
    public var name: String
    public var sslMode: SSLMode

    public init(
        host: Hostname, port: Int = 5432, user: String = "postgres", name: String = "simstudio",
        sslMode: SSLMode = .require
    ) {
        self.host = host
        self.port = port
        self.user = user
        self.name = name
        self.sslMode = sslMode
    }
}

/// Redis backs pub/sub and the Socket.IO adapter; the install runs one unless told otherwise.
public enum RedisMode: String, Hashable, Sendable, CaseIterable {
    case bundled
    /// `REDIS_URL` is supplied by the operator in `.env` (it may hold a password).
    case external
}
