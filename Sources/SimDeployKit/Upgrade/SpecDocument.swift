import YAML

/// `simdeploy.yaml` as the operator wrote it, edited in place at the marks of its YAML nodes.
///
/// `SpecWriter` would rebuild the file and drop every comment; an upgrade must change one value and
/// leave the rest byte for byte. Each edit replaces exactly the text of one scalar (or inserts one
/// line), then parses again so later edits see fresh marks. A value written in a way the edit cannot
/// reproduce exactly (a block scalar, escapes) is refused with a fix rather than guessed at.
public struct SpecDocument: Sendable {
    public private(set) var text: String
    public let fileName: String
    private var root: Node.Mapping

    public init(_ text: String, fileName: String = SpecLoader.fileName) throws(DiagnosticError) {
        self.text = text
        self.fileName = fileName
        self.root = try Self.parseRoot(text, fileName: fileName)
    }

    /// The scalar at `path` (`["proxy", "type"]`), or `nil` when absent or not a scalar.
    public func scalar(_ path: [String]) -> Node.Scalar? {
        node(path)?.scalar
    }

    /// `version:` as a number, or `nil` when missing or not a whole number.
    public var version: Int? {
        scalar(["version"]).flatMap { Int($0.value) }
    }

    /// Replaces the value at `path` with a scalar node (`.string`, `.int`), keeping a string's quotes.
    public mutating func replaceScalar(_ path: [String], with value: Node) throws(DiagnosticError) {
        guard let scalar = scalar(path), let mark = scalar.mark else {
            throw editError(path, "is not a single value here", at: nil)
        }
        guard let raw = Self.sourceText(of: scalar) else {
            throw editError(path, "is written in a form simdeploy cannot edit in place", at: mark)
        }
        try splice(at: mark, length: raw.unicodeScalars.count, with: try render(value, like: scalar.style), path: path)
    }

    /// Renames the key at `path`, keeping its value, its comments and its place.
    public mutating func renameKey(_ path: [String], to name: String) throws(DiagnosticError) {
        guard let pair = pair(path), let key = pair.key.scalar, let mark = key.mark, key.style == .plain else {
            throw editError(path, "is not a plain key here", at: nil)
        }
        try splice(at: mark, length: key.value.unicodeScalars.count, with: name, path: path)
    }

    /// Adds `key: value` to the top level, on the line after the first of `after` that is present.
    public mutating func insertTopLevel(_ key: String, _ value: Node, after anchors: [String])
        throws(DiagnosticError)
    {
        guard scalar([key]) == nil else { return try replaceScalar([key], with: value) }
        let oneLine = anchors.compactMap { pair([$0]) }.filter {
            $0.key.mark?.line == $0.value.mark?.line && $0.value.scalar != nil
        }
        guard let mark = oneLine.first?.key.mark else {
            throw editError([key], "has no one-line top-level key to follow", at: nil)
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let indent = String(repeating: " ", count: mark.column - 1)
        lines.insert(indent + key + ": " + (try render(value, like: .plain)), at: mark.line)
        try reparse(lines.joined(separator: "\n"), path: [key])
    }
}

private extension SpecDocument {
    static func parseRoot(_ text: String, fileName: String) throws(DiagnosticError) -> Node.Mapping {
        let node: Node?
        do {
            node = try Parser.parse(text, fileName: fileName)
        } catch {
            throw DiagnosticError(error.diagnostic)
        }
        guard let mapping = node?.mapping, mapping.style == .block else {
            throw DiagnosticError(
                .error(
                    "\(fileName) is not a block mapping of keys",
                    at: SourceLocation(file: fileName, line: 1, column: 1),
                    fix: "write one `key: value` per line, as `simdeploy init` does"))
        }
        return mapping
    }

    func pair(_ path: [String]) -> Node.Mapping.Pair? {
        var mapping = root
        for (index, key) in path.enumerated() {
            guard let pair = mapping.pair(key) else { return nil }
            if index == path.count - 1 { return pair }
            guard let next = pair.value.mapping else { return nil }
            mapping = next
        }
        return nil
    }

    func node(_ path: [String]) -> Node? { pair(path)?.value }

    /// The exact source text a scalar was written as, when simdeploy can reproduce it.
    static func sourceText(of scalar: Node.Scalar) -> String? {
        let value = scalar.value
        guard !value.contains("\n") else { return nil }
        switch scalar.style {
        case .plain: return value
        case .singleQuoted: return "'" + value.replacing("'", with: "''") + "'"
        case .doubleQuoted:
            return value.contains("\"") || value.contains("\\") ? nil : "\"" + value + "\""
        case .any, .literal, .folded: return nil
        }
    }

    /// The new value written the way the old one was; otherwise through the emitter, which quotes a
    /// string a reader could take for a number, a bool or null, and writes a number plain.
    func render(_ value: Node, like style: Node.Scalar.Style) throws(DiagnosticError) -> String {
        guard let scalar = value.scalar else {
            throw DiagnosticError(.error("simdeploy can only write single values into \(fileName) in place"))
        }
        let isString = scalar.tag == nil
        switch style {
        case .singleQuoted where isString:
            return "'" + scalar.value.replacing("'", with: "''") + "'"
        case .doubleQuoted where isString && !scalar.value.contains("\"") && !scalar.value.contains("\\"):
            return "\"" + scalar.value + "\""
        default:
            let line: String
            do {
                line = try Emitter.emit(.mapping([("k", value)]))
            } catch {
                throw DiagnosticError(.error("cannot write '\(scalar.value)' as YAML: \(error)"))
            }
            return String(line.dropFirst(3).dropLast())
        }
    }

    /// Replaces `length` characters at `mark` with `replacement`, after checking they are what the
    /// parser saw there.
    mutating func splice(at mark: Mark, length: Int, with replacement: String, path: [String])
        throws(DiagnosticError)
    {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard mark.line - 1 < lines.count else { throw editError(path, "is not where the parser saw it", at: mark) }
        let scalars = Array(lines[mark.line - 1].unicodeScalars)
        let start = mark.column - 1
        guard start + length <= scalars.count else {
            throw editError(path, "is not where the parser saw it", at: mark)
        }
        var edited = String.UnicodeScalarView()
        edited.append(contentsOf: scalars[..<start])
        edited.append(contentsOf: replacement.unicodeScalars)
        edited.append(contentsOf: scalars[(start + length)...])
        lines[mark.line - 1] = String(edited)
        try reparse(lines.joined(separator: "\n"), path: path)
    }

    mutating func reparse(_ edited: String, path: [String]) throws(DiagnosticError) {
        // An edit that broke the YAML is a bug here, not the operator's: stop before writing it.
        guard let root = try? Self.parseRoot(edited, fileName: fileName) else {
            throw editError(path, "could not be edited without breaking the YAML", at: nil)
        }
        text = edited
        self.root = root
    }

    func editError(_ path: [String], _ problem: String, at mark: Mark?) -> DiagnosticError {
        let key = path.joined(separator: ".")
        return DiagnosticError(
            .error(
                "\(key): \(problem)", at: mark.map { SourceLocation(file: fileName, line: $0.line, column: $0.column) },
                code: "spec-edit", fix: "make the change to \(key) by hand, then run simdeploy generate"))
    }
}
