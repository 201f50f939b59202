/// compose-go v2.9.1's `template` package, re-enacted over UTF-8 bytes.
///
/// Compose finds `$` expressions with the pattern
/// `\$(?i:(\$)|([_a-z][_a-z0-9]*)|{(?:([_a-z][_a-z0-9]*(?::?[-+?](.*))?)}|()))`, whose `${…}` arm runs
/// greedily to the last `}` of the line. It then cuts that match at the first balanced `}` (its brace
/// counter skips the byte after each `{`) and substitutes the remainder on its own. The odd results this
/// gives are kept on purpose: `${A:-{}} ${B}` fails in Compose, so it fails here too.
struct Template {
    /// A `${` Compose cannot read, and the text it was reading when it gave up (its error quotes that text).
    struct SyntaxError {
        var offset: Int
        var template: String
    }

    /// One `${…}` match, already cut where compose-go cuts it.
    struct Braced {
        var name: Range<Int>
        var form: VariableReference.Form
        /// The default, alternative or message (empty for the plain form).
        var argument: Range<Int>
        /// What follows the cut inside the greedy match; substituted separately.
        var rest: Range<Int>
        /// Just past the greedy match.
        var end: Int
    }

    enum Match {
        /// `$` that starts no expression (`$`, `$1`, `$(`): kept as it is.
        case literal
        /// `$$`: a literal `$`.
        case escaped
        /// `$NAME`
        case named(Range<Int>)
        case braced(Braced)
        /// `${` followed by something that is not a valid expression.
        case invalid
    }

    let bytes: [UInt8]

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// The expression starting at `index` (a `$`), reading no further than `limit`.
    func match(at index: Int, limit: Int) -> Match {
        let next = index + 1
        guard next < limit else { return .literal }
        let byte = bytes[next]
        if byte == .dollar { return .escaped }
        let startLength = nameStartLength(at: next, limit: limit)
        if startLength > 0 { return .named(next..<nameEnd(from: next + startLength, limit: limit)) }
        guard byte == .openBrace else { return .literal }
        let nameStart = next + 1
        let nameStartLength = nameStart < limit ? nameStartLength(at: nameStart, limit: limit) : 0
        guard nameStartLength > 0 else { return .invalid }
        let name = nameStart..<nameEnd(from: nameStart + nameStartLength, limit: limit)
        guard name.upperBound < limit else { return .invalid }
        if let (form, argumentStart) = operatorForm(at: name.upperBound, limit: limit) {
            // `.` does not match a line break, so the greedy arm ends at the last `}` before one.
            var lineEnd = argumentStart
            while lineEnd < limit && bytes[lineEnd] != .newline {
                lineEnd += 1
            }
            guard let close = bytes[argumentStart..<lineEnd].lastIndex(of: .closeBrace) else { return .invalid }
            let cut = firstBalancedClose(from: index, through: close) ?? close
            return .braced(
                Braced(
                    name: name, form: form, argument: argumentStart..<cut, rest: cut + 1..<close + 1, end: close + 1))
        }
        guard bytes[name.upperBound] == .closeBrace else { return .invalid }
        let after = name.upperBound + 1
        return .braced(Braced(name: name, form: .plain, argument: after..<after, rest: after..<after, end: after))
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    static func isNameStart(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "_") || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }
}

extension Template {
    /// The length of the name character that can start a name at `index` (`[_a-zA-Z]`), or 0.
    ///
    /// Go matches `[a-z]` case-insensitively with Unicode case folding, so the long s `ſ` (U+017F, folds
    /// to `s`) and the Kelvin sign `K` (U+212A, folds to `k`) are name characters to Compose too.
    private func nameStartLength(at index: Int, limit: Int) -> Int {
        let byte = bytes[index]
        if Self.isNameStart(byte) { return 1 }
        if byte == 0xC5 && index + 1 < limit && bytes[index + 1] == 0xBF { return 2 }
        if byte == 0xE2 && index + 2 < limit && bytes[index + 1] == 0x84 && bytes[index + 2] == 0xAA { return 3 }
        return 0
    }

    private func nameEnd(from start: Int, limit: Int) -> Int {
        var index = start
        while index < limit {
            if Self.isNameByte(bytes[index]) {
                index += 1
                continue
            }
            let length = nameStartLength(at: index, limit: limit)
            guard length > 0 else { break }
            index += length
        }
        return index
    }

    /// `:?`, `?`, `:-`, `-`, `:+` or `+` at `index`, and where its argument starts.
    private func operatorForm(at index: Int, limit: Int) -> (VariableReference.Form, Int)? {
        let byte = bytes[index]
        if byte == .colon {
            guard index + 1 < limit else { return nil }
            switch bytes[index + 1] {
            case UInt8(ascii: "?"): return (.requiredNonEmpty, index + 2)
            case UInt8(ascii: "-"): return (.defaultIfEmpty, index + 2)
            case UInt8(ascii: "+"): return (.alternativeIfNonEmpty, index + 2)
            default: return nil
            }
        }
        switch byte {
        case UInt8(ascii: "?"): return (.required, index + 1)
        case UInt8(ascii: "-"): return (.defaultIfUnset, index + 1)
        case UInt8(ascii: "+"): return (.alternativeIfSet, index + 1)
        default: return nil
        }
    }

    /// compose-go's `getFirstBraceClosingIndex`, including its skip of the byte after each `{`.
    private func firstBalancedClose(from start: Int, through end: Int) -> Int? {
        var depth = 0
        var index = start
        while index <= end {
            if bytes[index] == .closeBrace {
                depth -= 1
                if depth == 0 { return index }
            }
            if bytes[index] == .openBrace {
                depth += 1
                index += 1
            }
            index += 1
        }
        return nil
    }
}
