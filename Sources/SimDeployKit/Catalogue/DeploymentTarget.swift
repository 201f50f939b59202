/// Where a `.env` file is used, which decides the keys it must hold.
public enum DeploymentTarget: String, Hashable, Sendable, CaseIterable, Comparable {
    /// Docker Compose reads the file as its project `.env` and the `env_file` of app and realtime.
    case compose
    /// The file feeds the chart's app Secret (`kubectl create secret generic --from-env-file`, existingSecret).
    case kubernetes

    public static func < (lhs: DeploymentTarget, rhs: DeploymentTarget) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
