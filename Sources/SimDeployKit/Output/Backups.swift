/// Copies of files taken before a write replaces them: `.simdeploy/backups/<timestamp>/<path>`.
///
/// A backup keeps the file's bytes and mode, except that a file holding secrets is always 0600. The
/// folders are 0700. Only the newest `keep` sets are kept: older ones are deleted after a
/// successful write, so the folder stays bounded while the last several states remain restorable.
struct Backups {
    struct Item {
        var path: String
        var bytes: [UInt8]
        var mode: UInt16
    }

    let folder: String
    let writer: FileWriter
    let reader: FileReader

    /// Writes one backup set and returns its folder, relative to the install.
    ///
    /// The set is filled under a hidden `.incomplete-<time>` name and renamed when every file is in
    /// it, so a run killed halfway never leaves a set that looks complete but is not; the next write
    /// removes such leftovers.
    func create(_ items: [Item], at time: Timestamp) throws(FileError) -> String {
        let root = InstallFolder.path(folder, InstallState.backupsFolder)
        try writer.makeDirectory(root, mode: 0o700)
        var name = time.description
        var attempt = 1
        while reader.exists("\(root)/\(name)") {
            attempt += 1
            name = "\(time.description)-\(attempt)"
        }
        let staging = "\(root)/\(Self.incompletePrefix)\(name)"
        try writer.removeTree(staging)
        try writer.makeDirectory(staging, mode: 0o700)
        for item in items {
            try writer.write(bytes: item.bytes, to: "\(staging)/\(item.path)", mode: item.mode)
        }
        try writer.rename(staging, to: "\(root)/\(name)")
        return "\(InstallState.backupsFolder)/\(name)"
    }

    /// Deletes sets left incomplete by a killed run, then all but the newest `keep` complete sets
    /// (names sort in time order).
    func prune(keep: Int) throws(FileError) {
        let root = InstallFolder.path(folder, InstallState.backupsFolder)
        let names = try reader.list(root).filter { reader.isDirectory("\(root)/\($0)") }
        for name in names where name.hasPrefix(Self.incompletePrefix) {
            try writer.removeTree("\(root)/\(name)")
        }
        for name in names.filter({ !$0.hasPrefix(".") }).dropLast(keep) {
            try writer.removeTree("\(root)/\(name)")
        }
    }

    private static let incompletePrefix = ".incomplete-"
}
