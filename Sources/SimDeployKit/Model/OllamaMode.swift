/// Where local models come from.
public enum OllamaMode: Hashable, Sendable {
    case none
    /// An Ollama container on NVIDIA GPUs (needs the NVIDIA Container Toolkit).
    case gpu(models: [String])
    /// An Ollama container on CPU only.
    case cpu(models: [String])
    /// An Ollama server the install does not run.
    case external(ServiceURL)

    public var modeName: String {
        switch self {
        case .none: "none"
        case .gpu: "gpu"
        case .cpu: "cpu"
        case .external: "external"
        }
    }

    /// Models pulled once by the `model-setup` service.
    public var models: [String] {
        switch self {
        case .gpu(let models), .cpu(let models): models
        case .none, .external: []
        }
    }

    /// The URL the app container uses; never `localhost`, which is the app container itself.
    public var appURL: String? {
        switch self {
        case .none: nil
        case .gpu, .cpu: "http://ollama:11434"
        case .external(let url): url.text
        }
    }

    /// Whether the install runs Ollama itself (on GPU or CPU).
    public var isBundled: Bool {
        switch self {
        case .gpu, .cpu: true
        case .none, .external: false
        }
    }

    public static let defaultModels = ["gemma3:4b"]
}
