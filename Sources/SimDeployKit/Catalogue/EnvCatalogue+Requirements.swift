/// What the catalogue says about required keys, pools and keys the compose file owns.
extension EnvCatalogue {
    /// Keys a `.env` for `target` must set to a non-empty value, in catalogue order.
    public static func required(on target: DeploymentTarget) -> [EnvVar] {
        all.filter { $0.requiredOn.contains(target) }
    }

    /// Keys `docker-compose.prod.yml` sets in `environment:`, which wins over `.env`, and what to change instead.
    public static let setByComposeFile: [(name: String, source: String)] = [
        ("DATABASE_URL", "POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB"),
        ("BETTER_AUTH_URL", "NEXT_PUBLIC_APP_URL"),
    ]

    /// Pools Sim reads as `<PREFIX>_1` … `<PREFIX>_3`, and whether the unsuffixed `<PREFIX>` is a fallback.
    public static let keyPools: [(prefix: String, hasFallback: Bool)] = AIProviders.PooledProvider.allCases.map {
        provider in
        (provider.keyPrefix, [.openai, .gemini, .cohere, .fireworks].contains(provider))
    }
}
