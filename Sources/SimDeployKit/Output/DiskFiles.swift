/// The install's files as they are on disk now, each read once per plan.
struct DiskFiles {
    let folder: String
    let reader: FileReader
    private var cache: [String: [UInt8]?] = [:]

    init(folder: String, reader: FileReader) {
        self.folder = folder
        self.reader = reader
    }

    mutating func bytes(_ relative: String) throws(DiagnosticError) -> [UInt8]? {
        if let cached = cache[relative] { return cached }
        let bytes: [UInt8]?
        do {
            bytes = try reader.readBytes(InstallFolder.path(folder, relative))
        } catch {
            throw DiagnosticError(.error(error.description))
        }
        cache[relative] = bytes
        return bytes
    }

    mutating func text(_ relative: String) throws(DiagnosticError) -> String? {
        try bytes(relative).map { String(decoding: $0, as: UTF8.self) }
    }

    /// SHA-256 of the bytes on disk (not of a decoded string, so nothing is normalised away).
    mutating func hash(_ relative: String) throws(DiagnosticError) -> String? {
        guard let bytes = try bytes(relative) else { return nil }
        return try SHA256.hex(bytes)
    }

    func mode(_ relative: String) -> UInt16? {
        reader.mode(InstallFolder.path(folder, relative))
    }

    /// A file written whole (the spec, `.env` after its key merge): create, update or leave it.
    mutating func planned(_ file: RenderedFile, tracking: GenerationPlan.Tracking, record: Manifest.FileRecord?)
        throws(DiagnosticError) -> GenerationPlan.PlannedFile
    {
        let current = try text(file.path)
        let currentMode = mode(file.path)
        var drift = Drift.new
        if current != nil {
            drift = record == nil ? .unrecorded : try hash(file.path) == record?.sha256 ? .pristine : .edited
        }
        let action: GenerationPlan.Action =
            current == nil
            ? .create : current != file.contents ? .update : currentMode == file.mode ? .unchanged : .permissions
        return GenerationPlan.PlannedFile(
            file: file, current: current, currentMode: currentMode, drift: drift, action: action, tracking: tracking,
            rendered: file.contents)
    }
}
