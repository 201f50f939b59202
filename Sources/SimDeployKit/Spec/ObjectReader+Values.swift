import YAML

extension ObjectReader {
    /// Text of a scalar field, or its string default.
    func string(_ name: String) -> String? {
        guard let node = node(name) else {
            if case .string(let value)? = field(name).defaultValue { return value }
            return nil
        }
        return scalarText(node, path: keyPath(name))
    }

    /// A field parsed by a throwing initializer; a failure is reported at the value.
    func value<T>(_ name: String, _ parse: (String) throws(ValueError) -> T) -> T? {
        guard let text = string(name) else { return nil }
        do {
            return try parse(text)
        } catch {
            context.error(keyPath(name), error.problem, at: mark(name), fix: error.fix)
            return nil
        }
    }

    func int(_ name: String) -> Int? {
        guard let node = node(name) else {
            if case .integer(let value)? = field(name).defaultValue { return value }
            return nil
        }
        guard case .integer(let min, let max) = field(name).type else {
            preconditionFailure("\(name) is not an integer")
        }
        guard case .scalar(let scalar) = node, case .int(let number) = scalar.resolved else {
            let hint =
                node.scalar.map { $0.style == .doubleQuoted || $0.style == .singleQuoted } == true
                ? "; remove the quotes" : ""
            context.error(keyPath(name), "expected a whole number, found \(Self.kind(of: node))\(hint)", at: node.mark)
            return nil
        }
        guard (min...max).contains(number) else {
            context.error(
                keyPath(name), "\(number) is out of range", at: node.mark, fix: "use a number from \(min) to \(max)")
            return nil
        }
        return number
    }

    func bool(_ name: String) -> Bool {
        let fallback: Bool
        if case .boolean(let value)? = field(name).defaultValue { fallback = value } else { fallback = false }
        guard let node = node(name) else { return fallback }
        guard case .scalar(let scalar) = node, case .bool(let flag) = scalar.resolved else {
            context.error(
                keyPath(name), "expected true or false, found \(Self.kind(of: node))", at: node.mark,
                fix: "write true or false (yes/no/on/off are text in YAML 1.2 and booleans in YAML 1.1)")
            return fallback
        }
        return flag
    }

    /// One of the field's declared choices, mapped through `make`.
    func choice<T>(_ name: String, _ make: (String) -> T?) -> T? {
        guard case .choice(let options) = field(name).type else { preconditionFailure("\(name) is not a choice") }
        guard let text = string(name) else { return nil }
        if let value = make(text), options.contains(text) { return value }
        let fix: String
        if let suggestion = NameSuggestion.closest(to: text, in: options) {
            fix = "did you mean '\(suggestion)'?"
        } else {
            fix = "use one of: \(options.joined(separator: ", "))"
        }
        context.error(
            keyPath(name), "\(quoted(text)) is not one of \(options.joined(separator: ", "))", at: mark(name), fix: fix)
        return nil
    }

    /// A list of scalars, each parsed; bad items are reported at the item.
    func list<T>(_ name: String, _ parse: (String) throws(ValueError) -> T) -> [T] {
        guard let node = node(name) else {
            if case .strings(let values)? = field(name).defaultValue {
                return values.compactMap { try? parse($0) }
            }
            return []
        }
        guard case .sequence(let sequence) = node else {
            context.error(
                keyPath(name), "expected a list, found \(Self.kind(of: node))", at: node.mark,
                fix: "write it as [a, b] or one '- item' per line")
            return []
        }
        var values: [T] = []
        for (index, item) in sequence.items.enumerated() {
            let itemPath = "\(keyPath(name))[\(index)]"
            guard let text = scalarText(item, path: itemPath) else { continue }
            do {
                values.append(try parse(text))
            } catch {
                context.error(itemPath, error.problem, at: item.mark, fix: error.fix)
            }
        }
        return values
    }

    /// A map of variable names to text, in the order written.
    func stringMap(_ name: String) -> [(key: String, value: String, mark: Mark?)] {
        guard let node = node(name) else { return [] }
        guard case .mapping(let mapping) = node else {
            context.error(
                keyPath(name), "expected a mapping of NAME: value, found \(Self.kind(of: node))", at: node.mark)
            return []
        }
        return mapping.pairs.compactMap { pair in
            guard let key = pair.key.scalar?.value else {
                context.error(keyPath(name), "keys must be plain names", at: pair.key.mark)
                return nil
            }
            guard let text = scalarText(pair.value, path: "\(keyPath(name)).\(key)") else { return nil }
            return (key, text, pair.key.mark)
        }
    }

    private func scalarText(_ node: Node, path: String) -> String? {
        guard case .scalar(let scalar) = node else {
            context.error(path, "expected a single value, found \(Self.kind(of: node))", at: node.mark)
            return nil
        }
        return scalar.value
    }
}
