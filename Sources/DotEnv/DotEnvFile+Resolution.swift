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
    /// appears. Lines with parse issues are skipped: Compose would refuse the whole file, so check
    /// ``issues`` first when that matters.
    public func resolvedValues(
        environment: [String: String] = [:]
    ) throws(DotEnvResolutionError) -> [ResolvedValue] {
        var result: [ResolvedValue] = []
        var indexByKey: [String: Int] = [:]
        var values: [String: String] = [:]
        for entry in entries {
            let value: String
            if entry.isBare {
                guard let inherited = environment[entry.key] else { continue }
                value = inherited
            } else {
                do {
                    value = try Interpolation.interpolated(entry) { environment[$0] ?? values[$0] }
                } catch {
                    throw DotEnvResolutionError(key: entry.key, position: entry.valuePosition, reason: error)
                }
            }
            values[entry.key] = value
            if let index = indexByKey[entry.key] {
                result[index].value = value
            } else {
                indexByKey[entry.key] = result.count
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
