/// What Compose passes to a container for a whole file.
extension DotEnvFile {
    /// A key and the value Compose gives it.
    public struct ResolvedValue: Hashable, Sendable {
        public var key: String
        public var value: String

        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    /// The values Compose would pass, given the environment it runs in.
    ///
    /// As in compose-go, each value is interpolated when it is read: a variable is looked up in
    /// `environment` first, then among the keys set earlier in the file. A bare `KEY` takes its value from
    /// `environment`, or is left out. A key set twice keeps the last value, listed where the key first
    /// appears. Names match byte for byte, as in Go. Lines with parse issues are skipped: Compose would refuse the whole file, so check
    /// ``issues`` first when that matters.
    public func resolvedValues(
        environment: [String: String] = [:]
    ) throws(DotEnvResolutionError) -> [ResolvedValue] {
        // Go compares names byte for byte; Swift's `String ==` would equate canonically equivalent names
        // (the Kelvin sign and `K`, precomposed and decomposed `é`), so every map here is keyed by bytes.
        let environment = Dictionary(environment.map { (Array($0.key.utf8), $0.value) }) { _, last in last }
        var result: [ResolvedValue] = []
        var indexByKey: [[UInt8]: Int] = [:]
        var values: [[UInt8]: String] = [:]
        for entry in entries {
            let key = Array(entry.key.utf8)
            let value: String
            if entry.isBare {
                guard let inherited = environment[key] else { continue }
                value = inherited
            } else {
                do {
                    value = try Interpolation.interpolated(entry) { name in
                        let name = Array(name.utf8)
                        return environment[name] ?? values[name]
                    }
                } catch {
                    throw DotEnvResolutionError(key: entry.key, position: entry.valuePosition, reason: error)
                }
            }
            values[key] = value
            if let index = indexByKey[key] {
                result[index].value = value
            } else {
                indexByKey[key] = result.count
                result.append(ResolvedValue(key: entry.key, value: value))
            }
        }
        return result
    }
}

/// A value Compose could not interpolate, with where it is.
public struct DotEnvResolutionError: Error, Hashable, Sendable, CustomStringConvertible {
    public var key: String
    public var position: SourcePosition
    public var reason: InterpolationError

    public init(key: String, position: SourcePosition, reason: InterpolationError) {
        self.key = key
        self.position = position
        self.reason = reason
    }

    /// `line:column: KEY: reason`.
    public var description: String { "\(position): \(key): \(reason)" }
}
