import YAML

extension KubernetesChecks {
    /// The bundled Postgres is a StatefulSet, whose volume claim Kubernetes refuses to change:
    /// `helm upgrade` of an installed release then fails. Compared with the last render, since
    /// simdeploy cannot see the cluster; a warning, because the release may not be installed yet.
    static func volumeClaimChanges(from previous: String?, to rendered: RenderedFile, install: Install)
        -> [Diagnostic]
    {
        guard let options = install.target.kubernetes, install.database.isBundled, let previous,
            rendered.path == ChartNaming(install: install, options: options).valuesFile,
            let old = try? Parser.parse(previous, fileName: rendered.path),
            let new = try? Parser.parse(rendered.contents, fileName: rendered.path)
        else { return [] }
        return ["storageClass", "size", "accessModes"].compactMap { field -> Diagnostic? in
            let path = ["postgresql", "persistence", field]
            let before = old.value(at: path)
            let after = new.value(at: path)
            guard before != nil, after != nil, !Self.sameValue(before, after) else { return nil }
            return .warning(
                "\(rendered.path): postgresql.persistence.\(field) changes from \(Self.text(before)) to \(Self.text(after)); Kubernetes refuses to change the volume claim of an installed Postgres StatefulSet",
                fix:
                    "if the release is installed, keep \(Self.text(before)) (kubernetes.storageClass, or a preset); moving the data needs a dump and restore into a new release"
            )
        }
    }

    private static func sameValue(_ lhs: Node?, _ rhs: Node?) -> Bool {
        text(lhs) == text(rhs)
    }

    private static func text(_ node: Node?) -> String {
        switch node {
        case nil: "(chart default)"
        case .scalar(let scalar)?: scalar.value
        case .sequence(let sequence)?: "[" + sequence.items.map { text($0) }.joined(separator: ", ") + "]"
        case .mapping?: "a mapping"
        }
    }
}
