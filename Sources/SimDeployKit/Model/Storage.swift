/// Where uploaded files live. Local disk is inside the app container and lost on re-creation.
public enum Storage: Hashable, Sendable {
    case local
    case s3(S3Storage)
    case azure(AzureBlobStorage)
    case gcs(GCSStorage)

    public var providerName: String {
        switch self {
        case .local: "local"
        case .s3: "s3"
        case .azure: "azure"
        case .gcs: "gcs"
        }
    }
}

/// The purposes Sim keeps apart in storage; each may have its own bucket or container.
public enum StoragePurpose: String, Hashable, Sendable, CaseIterable {
    case kb, executionFiles, chat, copilot, profilePictures, ogImages, workspaceLogos

    /// The infix in variable names: `S3_<INFIX>_BUCKET_NAME`.
    public var envInfix: String {
        switch self {
        case .kb: "KB"
        case .executionFiles: "EXECUTION_FILES"
        case .chat: "CHAT"
        case .copilot: "COPILOT"
        case .profilePictures: "PROFILE_PICTURES"
        case .ogImages: "OG_IMAGES"
        case .workspaceLogos: "WORKSPACE_LOGOS"
        }
    }
}

public struct S3Storage: Hashable, Sendable {
    public var region: String
    public var bucket: String
    /// Per-purpose buckets; a purpose absent here uses `bucket`. Sim's own defaults are literal
    /// bucket names you do not own, so every purpose is always written out.
    public var buckets: [StoragePurpose: String]
    /// S3-compatible endpoint (MinIO, R2); must be reachable by browsers.
    public var endpoint: ServiceURL?
    public var forcePathStyle: Bool
    /// Static keys in `.env`; `false` uses the AWS credential chain (instance role, IRSA).
    public var staticCredentials: Bool

    public init(
        region: String, bucket: String, buckets: [StoragePurpose: String] = [:], endpoint: ServiceURL? = nil,
        forcePathStyle: Bool = false, staticCredentials: Bool = true
    ) {
        self.region = region
        self.bucket = bucket
        self.buckets = buckets
        self.endpoint = endpoint
        self.forcePathStyle = forcePathStyle
        self.staticCredentials = staticCredentials
    }
}

public struct AzureBlobStorage: Hashable, Sendable {
    public var accountName: String
    public var container: String
    public var containers: [StoragePurpose: String]

    public init(accountName: String, container: String = "sim-files", containers: [StoragePurpose: String] = [:]) {
        self.accountName = accountName
        self.container = container
        self.containers = containers
    }
}

public struct GCSStorage: Hashable, Sendable {
    public var bucket: String
    public var projectID: String?
    public var buckets: [StoragePurpose: String]
    /// Inline service-account JSON in `.env`; `false` uses Application Default Credentials.
    public var inlineCredentials: Bool

    public init(
        bucket: String, projectID: String? = nil, buckets: [StoragePurpose: String] = [:],
        inlineCredentials: Bool = false
    ) {
        self.bucket = bucket
        self.projectID = projectID
        self.buckets = buckets
        self.inlineCredentials = inlineCredentials
    }
}
