/// Writes a `TopologyPicture` as a Mermaid flowchart.
enum MermaidWriter {
    static func write(_ picture: TopologyPicture) -> String {
        var lines = ["flowchart LR"]
        lines += picture.outside.map { "    " + node($0) }
        lines.append("    subgraph compose[\"\(escape(picture.clusterTitle))\"]")
        lines += picture.inside.map { "        " + node($0) }
        lines.append("    end")
        for arrow in picture.arrows {
            let link =
                switch arrow.line {
                case .solid: "-->"
                case .dashed: "-.->"
                case .plain: "---"
                }
            lines.append("    \(arrow.from) \(link)|\"\(escape(arrow.label))\"| \(arrow.to)")
        }
        let boxes = picture.outside + picture.inside
        lines.append("    classDef inactive stroke-dasharray: 5 5,color:#777")
        lines.append("    classDef external stroke-dasharray: 2 2")
        for (look, name) in [(TopologyPicture.Look.inactive, "inactive"), (.external, "external")] {
            let ids = boxes.filter { $0.look == look }.map(\.id)
            if !ids.isEmpty { lines.append("    class \(ids.joined(separator: ",")) \(name)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func node(_ box: TopologyPicture.Box) -> String {
        let text = "\"" + box.lines.map(escape).joined(separator: "<br/>") + "\""
        switch box.shape {
        case .box: return "\(box.id)[\(text)]"
        case .rounded: return "\(box.id)([\(text)])"
        case .cylinder: return "\(box.id)[(\(text))]"
        }
    }

    /// Mermaid reads `#name;` as an entity and HTML inside labels, so those characters are written as entities.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "#": out += "#35;"
            case "\"": out += "#quot;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "&": out += "#amp;"
            case "\n": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}
