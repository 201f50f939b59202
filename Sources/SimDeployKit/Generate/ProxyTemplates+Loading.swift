/// Reads the operator's own templates from `proxy.templates`, over the built-in ones.
extension ProxyTemplates {
    /// The templates `install` renders with; `folder` is the install folder the path is relative to.
    static func loading(for install: Install, folder: String, reader: FileReader) throws(DiagnosticError)
        -> ProxyTemplates
    {
        guard let custom = install.proxy.templates else { return .embedded }
        let directory = custom.isAbsolute ? custom.value : InstallFolder.path(folder, custom.value)
        let shown = custom.isAbsolute ? custom.value : InstallFolder.display(folder, custom.value)
        let used = Kind.used(by: install.proxy.kind)
        let names = used.map(\.rawValue).joined(separator: ", ")
        guard reader.isDirectory(directory) else {
            throw DiagnosticError(
                .error(
                    "proxy.templates: \(shown) is not a folder",
                    fix: "create it with your \(names) (start from simdeploy's templates/), or remove proxy.templates"))
        }
        var templates = ProxyTemplates.embedded
        var found = false
        for kind in used {
            let path = InstallFolder.path(directory, kind.rawValue)
            let text: String?
            do {
                text = try reader.read(path)
            } catch {
                throw DiagnosticError(.error(error.description, fix: "check the permissions of \(shown)"))
            }
            guard let text else { continue }
            templates[kind] = Source(text: text, fileName: InstallFolder.path(shown, kind.rawValue))
            found = true
        }
        guard found || used.isEmpty else {
            throw DiagnosticError(
                .error(
                    "proxy.templates: \(shown) holds none of \(names), which proxy.type \(install.proxy.kind.rawValue) reads",
                    fix: "copy them there from simdeploy's templates/ and edit them, or remove proxy.templates"))
        }
        return templates
    }
}
