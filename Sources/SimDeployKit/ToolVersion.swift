/// The version of simdeploy itself, recorded in what it writes and printed by `--version`.
public enum ToolVersion {
    public static let current = "0.1.0"
}
