/// Substitution, compose-go's `SubstituteWithOptions` and its default/required/alternative functions.
extension Template {
    /// The text of `range` with every expression replaced; `lookup` answers `nil` for an unset variable.
    func substitute(_ range: Range<Int>, lookup: (String) -> String?) throws(InterpolationError) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            guard bytes[index] == .dollar else {
                output.append(bytes[index])
                index += 1
                continue
            }
            switch match(at: index, limit: range.upperBound) {
            case .literal:
                output.append(.dollar)
                index += 1
            case .escaped:
                output.append(.dollar)
                index += 2
            case .named(let name):
                output.append(contentsOf: (lookup(string(name)) ?? "").utf8)
                index = name.upperBound
            case .braced(let braced):
                output.append(contentsOf: try substitute(braced, lookup: lookup))
                index = braced.end
            case .invalid:
                throw .invalidTemplate(string(range))
            }
        }
        return output
    }

    private func substitute(_ braced: Braced, lookup: (String) -> String?) throws(InterpolationError) -> [UInt8] {
        let name = string(braced.name)
        guard braced.form != .plain else { return Array((lookup(name) ?? "").utf8) }
        // compose-go substitutes the argument before it looks at the variable, so a bad default fails
        // even when the variable is set.
        let argument = try substitute(braced.argument, lookup: lookup)
        let value = lookup(name)
        let result: [UInt8]
        switch braced.form {
        case .plain:
            result = Array((value ?? "").utf8)
        case .defaultIfEmpty:
            result = value.flatMap { $0.isEmpty ? nil : Array($0.utf8) } ?? argument
        case .defaultIfUnset:
            result = value.map { Array($0.utf8) } ?? argument
        case .alternativeIfNonEmpty:
            result = value.map { $0.isEmpty ? [] : argument } ?? []
        case .alternativeIfSet:
            result = value == nil ? [] : argument
        case .requiredNonEmpty, .required:
            guard let value, braced.form == .required || !value.isEmpty else {
                throw .missingRequired(variable: name, reason: String(decoding: argument, as: UTF8.self))
            }
            result = Array(value.utf8)
        }
        return result + (try substitute(braced.rest, lookup: lookup))
    }
}

/// The references of a value and its syntax errors, found by walking it the way substitution does.
extension Template {
    /// A reference found in the template, before positions are attached.
    struct Found {
        var name: String
        var form: VariableReference.Form
        var isBraced: Bool
        var isNested: Bool
        var offset: Int
        var argument: String?
    }

    /// The first `${` Compose would reject, wherever it sits (defaults and messages are always read).
    func firstSyntaxError() -> SyntaxError? {
        var found: [Found]? = nil
        return walk(0..<bytes.count, nested: false, into: &found)
    }

    /// Every `$NAME` and `${NAME…}` in reading order, nested ones included; stops at a syntax error.
    func references() -> [Found] {
        var found: [Found]? = []
        _ = walk(0..<bytes.count, nested: false, into: &found)
        return found ?? []
    }

    /// Walks `range` as substitution would; `found` collects the references unless it is `nil` (the
    /// parser checks the syntax of every value with a `$` and needs no names).
    private func walk(_ range: Range<Int>, nested: Bool, into found: inout [Found]?) -> SyntaxError? {
        var index = range.lowerBound
        while index < range.upperBound {
            guard bytes[index] == .dollar else {
                index += 1
                continue
            }
            switch match(at: index, limit: range.upperBound) {
            case .literal:
                index += 1
            case .escaped:
                index += 2
            case .named(let name):
                found?.append(
                    Found(
                        name: string(name), form: .plain, isBraced: false, isNested: nested, offset: index,
                        argument: nil))
                index = name.upperBound
            case .braced(let braced):
                found?.append(
                    Found(
                        name: string(braced.name), form: braced.form, isBraced: true, isNested: nested, offset: index,
                        argument: braced.form == .plain ? nil : string(braced.argument)))
                if let error = walk(braced.argument, nested: true, into: &found) { return error }
                if let error = walk(braced.rest, nested: nested, into: &found) { return error }
                index = braced.end
            case .invalid:
                return SyntaxError(offset: index, template: string(range))
            }
        }
        return nil
    }
}
