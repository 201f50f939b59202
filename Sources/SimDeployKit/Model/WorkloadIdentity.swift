/// The cloud identity pods take through their ServiceAccount, so they reach S3, GCS, Bedrock or
/// Vertex without keys in the environment.
public enum WorkloadIdentity: Hashable, Sendable {
    /// IRSA: `arn:aws:iam::<account>:role/<name>`.
    case awsRole(String)
    /// Azure Workload Identity: the managed identity's client id (a UUID).
    case azureClientID(String)
    /// GKE Workload Identity: `<name>@<project>.iam.gserviceaccount.com`.
    case gcpServiceAccount(String)

    /// Parses `text` the way `cloud` names identities.
    public init(_ text: String, cloud: Cloud) throws(ValueError) {
        switch cloud {
        case .aws:
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 6, parts[0] == "arn", parts[1].hasPrefix("aws"), parts[2] == "iam",
                parts[4].count == 12, parts[4].allSatisfy(\.isNumber), parts[5].hasPrefix("role/"),
                parts[5].count > 5, Self.isPlain(text)
            else {
                throw ValueError(
                    "\(quoted(text)) is not an IAM role ARN",
                    fix: "write it as arn:aws:iam::123456789012:role/sim")
            }
            self = .awsRole(text)
        case .azure:
            let groups = text.split(separator: "-", omittingEmptySubsequences: false).map(\.count)
            guard groups == [8, 4, 4, 4, 12], text.utf8.allSatisfy({ isHexDigit($0) || $0 == UInt8(ascii: "-") })
            else {
                throw ValueError(
                    "\(quoted(text)) is not a client id",
                    fix: "use the managed identity's client id, a UUID such as 00000000-0000-0000-0000-000000000000")
            }
            self = .azureClientID(text.lowercased())
        case .gcp:
            guard text.hasSuffix(".iam.gserviceaccount.com"), (try? EmailAddress(text)) != nil else {
                throw ValueError(
                    "\(quoted(text)) is not a Google service account",
                    fix: "write it as sim@my-project.iam.gserviceaccount.com")
            }
            self = .gcpServiceAccount(text.lowercased())
        case .generic:
            throw ValueError(
                "a generic cluster has no built-in workload identity",
                fix: "set serviceAccount.annotations in a preset listed under kubernetes.presets")
        }
    }

    public var text: String {
        switch self {
        case .awsRole(let value), .azureClientID(let value), .gcpServiceAccount(let value): value
        }
    }

    /// The ServiceAccount annotation each platform's identity webhook reads.
    public var annotationKey: String {
        switch self {
        case .awsRole: "eks.amazonaws.com/role-arn"
        case .azureClientID: "azure.workload.identity/client-id"
        case .gcpServiceAccount: "iam.gke.io/gcp-service-account"
        }
    }

    private static func isPlain(_ text: String) -> Bool {
        text.utf8.allSatisfy { isAlphanumeric($0) || ":/_+=,.@-".utf8.contains($0) }
    }
}
