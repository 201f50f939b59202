/// Preflight of a host and an install folder: a checklist with the fix for everything not passing.
///
/// Host checks follow Sim's prerequisites (section 7 of the configuration surface): memory is the
/// real limit (the app requests 4 GiB and peaks near 12 GB), Docker Engine 20.10+ and Compose
/// 2.24+ (the `env_file` long form), the NVIDIA runtime before an Ollama `gpu` install.
public struct Doctor: Sendable {
    public struct Options: Sendable {
        /// Check the machine (resources, Docker, ports); off for a CI job that only has the files.
        public var host: Bool
        public var folder: String

        public init(folder: String, host: Bool = true) {
            self.folder = folder
            self.host = host
        }
    }

    let probe: any HostProbe
    let reader: FileReader

    public init(probe: any HostProbe = LiveHost(), reader: FileReader = FileReader()) {
        self.probe = probe
        self.reader = reader
    }

    public func run(_ options: Options) -> [ChecklistItem] {
        var items: [ChecklistItem] = []
        let install = installChecks(folder: options.folder, into: &items)
        if options.host {
            items += hostChecks(install: install, folder: options.folder)
        }
        return items
    }
}

/// `major.minor.patch` from a tool's version output (`28.2.2`, `v2.40.3`, `Docker Compose version v2.24.0`).
struct DottedVersion: Comparable, CustomStringConvertible {
    var parts: [Int]

    init?(scanning text: String) {
        guard let start = text.firstIndex(where: \.isNumber) else { return nil }
        let token = text[start...].prefix { $0.isNumber || $0 == "." }
        let numbers = token.split(separator: ".").compactMap { Int($0) }
        guard !numbers.isEmpty else { return nil }
        parts = numbers
    }

    init(_ parts: Int...) {
        self.parts = parts
    }

    static func < (lhs: DottedVersion, rhs: DottedVersion) -> Bool {
        for index in 0..<max(lhs.parts.count, rhs.parts.count) {
            let left = index < lhs.parts.count ? lhs.parts[index] : 0
            let right = index < rhs.parts.count ? rhs.parts[index] : 0
            if left != right { return left < right }
        }
        return false
    }

    var description: String { parts.map(String.init).joined(separator: ".") }
}
