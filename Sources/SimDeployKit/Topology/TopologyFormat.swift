/// The picture formats `simdeploy graph` writes.
public enum TopologyFormat: String, Hashable, Sendable, CaseIterable {
    /// A Mermaid `flowchart LR`, which GitHub renders in Markdown.
    case mermaid
    /// Graphviz DOT, for `dot -Tsvg`.
    case dot
}

extension InstallTopology {
    /// The picture as text in `format`, ending with one newline; the same topology gives the same bytes.
    public func render(_ format: TopologyFormat) -> String {
        let picture = TopologyPicture(self)
        switch format {
        case .mermaid: return MermaidWriter.write(picture)
        case .dot: return DOTWriter.write(picture)
        }
    }
}
