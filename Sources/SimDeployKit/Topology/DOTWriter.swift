/// Writes a `TopologyPicture` as a Graphviz digraph.
enum DOTWriter {
    static func write(_ picture: TopologyPicture) -> String {
        var lines = [
            "digraph install {",
            "    graph [rankdir=LR, fontname=\"Helvetica\", fontsize=12, labelloc=t, label=\(quote(picture.title))];",
            "    node [shape=box, style=rounded, fontname=\"Helvetica\", fontsize=10];",
            "    edge [fontname=\"Helvetica\", fontsize=9];",
        ]
        lines += picture.outside.map { "    " + node($0) }
        lines.append("    subgraph cluster_compose {")
        lines.append("        label=\(quote(picture.clusterTitle));")
        lines += picture.inside.map { "        " + node($0) }
        lines.append("    }")
        for arrow in picture.arrows {
            var attributes = ["label=\(quote(arrow.label))"]
            switch arrow.line {
            case .solid: break
            case .dashed: attributes.append("style=dashed")
            case .plain: attributes.append("dir=none")
            }
            lines.append("    \(arrow.from) -> \(arrow.to) [\(attributes.joined(separator: ", "))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func node(_ box: TopologyPicture.Box) -> String {
        var attributes = ["label=" + quote(box.lines.joined(separator: "\n"))]
        switch box.shape {
        case .box: break
        case .rounded: attributes.append("shape=oval")
        case .cylinder: attributes.append("shape=cylinder")
        }
        switch box.look {
        case .normal: break
        case .inactive: attributes.append("style=\"rounded,dashed\", fontcolor=gray40, color=gray50")
        case .external: attributes.append("style=\"rounded,dashed\"")
        }
        return "\(box.id) [\(attributes.joined(separator: ", "))];"
    }

    /// A DOT double-quoted string: backslash and quote escaped, newlines as `\n` (centred lines).
    static func quote(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out + "\""
    }
}
