import Foundation

extension TemporaryDirectory {
    /// Every regular file under the folder (hidden ones and `.simdeploy/` included) with its bytes and
    /// mode, by relative path: two equal snapshots mean nothing was written.
    public func snapshot() throws -> [String: FileState] {
        var files: [String: FileState] = [:]
        guard let walker = FileManager.default.enumerator(atPath: path) else { return files }
        while let relative = walker.nextObject() as? String {
            let full = file(relative).path
            let attributes = try FileManager.default.attributesOfItem(atPath: full)
            guard attributes[.type] as? FileAttributeType == .typeRegular else { continue }
            let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
            files[relative] = FileState(contents: try Data(contentsOf: URL(fileURLWithPath: full)), mode: mode)
        }
        return files
    }

    /// Relative paths of every file under `relative`, sorted.
    public func files(under relative: String) throws -> [String] {
        try snapshot().keys.filter { $0.hasPrefix(relative) }.sorted()
    }
}

/// A file's bytes and permission bits.
public struct FileState: Equatable, Sendable {
    public var contents: Data
    public var mode: Int
}
