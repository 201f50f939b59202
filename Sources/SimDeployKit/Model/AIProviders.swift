/// The model providers whose keys the operator will paste into `.env`.
public struct AIProviders: Hashable, Sendable {
    /// A provider Sim reads as a rotating pool `<PREFIX>_1` ... `<PREFIX>_3`.
    public enum PooledProvider: String, Hashable, Sendable, CaseIterable {
        case openai, anthropic, gemini, xai, kimi, zai, fireworks, cohere

        /// The variable prefix: `OPENAI_API_KEY` gives `OPENAI_API_KEY_1`.
        public var keyPrefix: String {
            "\(rawValue.uppercased())_API_KEY"
        }

        public var displayName: String {
            switch self {
            case .openai: "OpenAI"
            case .anthropic: "Anthropic"
            case .gemini: "Google Gemini"
            case .xai: "xAI"
            case .kimi: "Moonshot Kimi"
            case .zai: "Z.ai"
            case .fireworks: "Fireworks AI"
            case .cohere: "Cohere"
            }
        }
    }

    /// A provider read from one unsuffixed key.
    public enum SingleKeyProvider: String, Hashable, Sendable, CaseIterable {
        case mistral, together, baseten, openrouter, elevenlabs

        public var key: String { "\(rawValue.uppercased())_API_KEY" }
    }

    /// Only suffixes 1 to 3 exist in Sim.
    public static let maxPoolSize = 3

    /// How many keys of each pool to reserve; providers absent here are off.
    public var pools: [PooledProvider: Int]
    public var singles: Set<SingleKeyProvider>
    public var azureOpenAI: AzureOpenAI?
    public var vllm: VLLM?
    public var embeddingModel: EmbeddingModel?

    public init(
        pools: [PooledProvider: Int] = [:],
        singles: Set<SingleKeyProvider> = [],
        azureOpenAI: AzureOpenAI? = nil,
        vllm: VLLM? = nil,
        embeddingModel: EmbeddingModel? = nil
    ) {
        self.pools = pools
        self.singles = singles
        self.azureOpenAI = azureOpenAI
        self.vllm = vllm
        self.embeddingModel = embeddingModel
    }
}

/// Azure OpenAI: endpoint, API version and a key in `.env` (all three or Sim ignores them).
public struct AzureOpenAI: Hashable, Sendable {
    public var endpoint: ServiceURL
    public var apiVersion: String
    /// The Azure deployment serving the knowledge-base embedding model.
    public var kbModelName: String?

    public init(endpoint: ServiceURL, apiVersion: String, kbModelName: String? = nil) {
        self.endpoint = endpoint
        self.apiVersion = apiVersion
        self.kbModelName = kbModelName
    }
}

/// A vLLM OpenAI-compatible server. Sim appends `/v1` itself.
public struct VLLM: Hashable, Sendable {
    public var url: ServiceURL
    public var apiKey: Bool

    public init(url: ServiceURL, apiKey: Bool = false) {
        self.url = url
        self.apiKey = apiKey
    }
}

public enum EmbeddingModel: String, Hashable, Sendable, CaseIterable {
    case textEmbedding3Small = "text-embedding-3-small"
    case textEmbedding3Large = "text-embedding-3-large"
    case geminiEmbedding001 = "gemini-embedding-001"
}
