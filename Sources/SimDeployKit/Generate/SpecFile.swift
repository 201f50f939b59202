/// `simdeploy.yaml` of an install folder: read, and loaded into an `Install`.
enum SpecFile {
    struct Read {
        var text: String
        /// How messages name the file (`simdeploy.yaml`, or `<dir>/simdeploy.yaml`).
        var displayName: String
    }

    static func read(folder: String, reader: FileReader) throws(DiagnosticError) -> Read {
        let text: String?
        do {
            text = try reader.read(InstallFolder.path(folder, SpecLoader.fileName))
        } catch {
            throw DiagnosticError(.error(error.description))
        }
        guard let text else {
            throw DiagnosticError(
                .error(
                    "no \(SpecLoader.fileName) in \(folder)",
                    fix: "run `simdeploy init --dir \(folder)` to create an install"))
        }
        return Read(text: text, displayName: InstallFolder.display(folder, SpecLoader.fileName))
    }

    static func load(folder: String, reader: FileReader) throws(DiagnosticError) -> SpecLoader.Loaded {
        let file = try read(folder: folder, reader: reader)
        return try SpecLoader.load(file.text, fileName: file.displayName)
    }
}
