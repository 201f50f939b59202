/// The `.simdeploy/` folder of an install: manifest, merge bases, backups, and the paths inside it.
///
/// ```
/// .simdeploy/                 0700
///   manifest.json             0600  what the last completed write left on disk
///   manifest.pending.json     0600  the manifest a write in progress will commit (a journal)
///   base/<sha256>             0600  pure renders, the merge bases, named by their hash
///   backups/<timestamp>/...         files as they were before a write replaced them
///   lock                            held while a write runs
/// ```
public struct InstallState: Sendable {
    public static let folderName = ".simdeploy"
    public static let manifestName = "\(folderName)/manifest.json"
    static let pendingName = "\(folderName)/manifest.pending.json"
    static let baseFolder = "\(folderName)/base"
    public static let backupsFolder = "\(folderName)/backups"
    static let lockName = "\(folderName)/lock"
    /// Beside the file it proposes, the way dpkg leaves `.dpkg-dist` next to an edited conffile.
    public static let proposedSuffix = ".simdeploy-proposed"

    /// What the folder held when a plan was made.
    public struct Snapshot: Sendable {
        public var manifest: Manifest?
        /// Left behind by a write that was interrupted; trusted per file only where disk matches it.
        public var pending: Manifest?
        /// Hashes of the merge bases present.
        public var bases: Set<String>
    }

    let folder: String
    let reader: FileReader

    init(folder: String, reader: FileReader) {
        self.folder = folder
        self.reader = reader
    }

    func path(_ relative: String) -> String { InstallFolder.path(folder, relative) }

    func basePath(_ hash: String) -> String { path("\(Self.baseFolder)/\(hash)") }

    func snapshot() throws(DiagnosticError) -> Snapshot {
        let manifest = try readManifest(Self.manifestName)
        let pending = try? readManifest(Self.pendingName)
        let names: [String]
        do {
            names = try reader.list(path(Self.baseFolder))
        } catch {
            throw DiagnosticError(.error(error.description))
        }
        return Snapshot(manifest: manifest, pending: pending, bases: Set(names.filter(isHash)))
    }

    /// The merge base with this hash, or `nil` when it is missing or its bytes no longer match the name.
    func base(_ hash: String) throws(DiagnosticError) -> String? {
        guard let bytes = try? reader.readBytes(basePath(hash)) else { return nil }
        return try SHA256.hex(bytes) == hash ? String(decoding: bytes, as: UTF8.self) : nil
    }

    private func readManifest(_ relative: String) throws(DiagnosticError) -> Manifest? {
        let text: String?
        do {
            text = try reader.read(path(relative))
        } catch {
            throw DiagnosticError(.error(error.description))
        }
        guard let text else { return nil }
        return try Manifest.parse(text, fileName: InstallFolder.display(folder, relative))
    }

    private func isHash(_ name: String) -> Bool {
        name.utf8.count == 64 && name.utf8.allSatisfy(isHexDigit)
    }
}
