/// How the emitter writes one scalar: the text, the style, and the tag when it has to show.
///
/// The rule is that the written scalar means what `Node.Scalar.resolved` says it means, to every reader:
///
/// - **Strings** (`.string(_:)`, quoted and block scalars, plain text a YAML 1.2 reader takes as a string):
///   an explicit quoted or block style is honoured. For `.any`, and for `.plain`, which is a hint rather
///   than a promise, the emitter picks:
///   1. plain, when every reader keeps the text a string (`PlainReading`), it starts with no indicator
///      (`- ? : , [ ] { } # & * ! | > ' " % @` and backtick) and libyaml can write it plain here;
///   2. literal block (`|`, libyaml picks the chomping), for multi-line text outside flow collections;
///   3. single quotes, when the text has `"` or `\` and nothing that needs an escape, so it stays readable;
///   4. double quotes otherwise: `"yes"`, `"0123"`, `""`, `"*x"`, `"a: b"`, `" padded"`, `"tab\there"`.
/// - **Null, bools and numbers** (`.null`, `.bool(_:)`, `.int(_:)`, `.double(_:)`, plain text such as
///   `8080`) are written plain with their tag implicit. An empty null is written `null`. When an explicit
///   core tag disagrees with its text (`!!float 1`), the tag is shown.
/// - Any other tag (`!Ref`) is always shown.
struct ScalarPresentation: Equatable {
    var text: String
    var style: Node.Scalar.Style
    /// The tag to write before the scalar, or `nil` to leave it implicit.
    var tag: String?
}

extension ScalarPresentation {
    /// How to write `scalar` inside a block collection (or at the root), or inside a flow collection.
    init(_ scalar: Node.Scalar, inFlow: Bool, unicode: Bool) {
        let meaning = scalar.resolved
        guard case .string(let string) = meaning else {
            self.init(nonString: scalar, meaning: meaning, inFlow: inFlow, unicode: unicode)
            return
        }
        // Every style we pick reads back as a string, so a string tag need not show; other tags must.
        let stringTags: [String?] = [nil, CoreTag.str, "!"]
        self.init(
            text: string,
            style: Self.style(for: string, requested: scalar.style, inFlow: inFlow, unicode: unicode),
            tag: stringTags.contains(scalar.tag) ? nil : scalar.tag
        )
    }
}

private extension ScalarPresentation {
    /// Indicators that may not start a plain string, stricter than libyaml: `-x`, `?x` and `:x` are legal
    /// plain scalars but easy to misread.
    static let indicators: Set<Unicode.Scalar> = [
        "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`",
    ]

    init(nonString scalar: Node.Scalar, meaning: Node.Scalar.Resolved, inFlow: Bool, unicode: Bool) {
        // An empty plain scalar is null, but libyaml cannot always write it empty (it quotes empty keys).
        let text = scalar.value.isEmpty ? "null" : scalar.value
        let readsTheSame = CoreSchema.resolve(text).hasSameValue(as: meaning)
        if readsTheSame && PlainScalarRules.libyamlAllowsPlain(text, inFlow: inFlow, unicode: unicode) {
            self.init(text: text, style: .plain, tag: nil)
        } else {
            self.init(text: text, style: scalar.style == .any ? .plain : scalar.style, tag: scalar.tag)
        }
    }

    static func style(
        for text: String,
        requested: Node.Scalar.Style,
        inFlow: Bool,
        unicode: Bool
    ) -> Node.Scalar.Style {
        // Only double quotes can carry CR, NEL, LS and PS: other styles would write them as line breaks.
        let hasOddBreaks = text.unicodeScalars.contains { SourceFile.isBreak($0) && $0 != "\n" }
        switch requested {
        case .doubleQuoted:
            return .doubleQuoted
        case .singleQuoted, .literal, .folded:
            return hasOddBreaks ? .doubleQuoted : requested
        case .any, .plain:
            break
        }
        if let first = text.unicodeScalars.first, !indicators.contains(first),
            PlainReading.isStringEverywhere(text),
            PlainScalarRules.libyamlAllowsPlain(text, inFlow: inFlow, unicode: unicode)
        {
            return .plain
        }
        if !inFlow && !hasOddBreaks && suitsLiteralBlock(text) { return .literal }
        if text.contains(where: { $0 == "\"" || $0 == "\\" }) && needsNoEscape(text, unicode: unicode) {
            return .singleQuoted
        }
        return .doubleQuoted
    }

    /// Multi-line text with some content, not ending in a blank line: a `|+` block would leave blank
    /// lines at the end of the file or before the next key, which readers miss and yamllint flags.
    static func suitsLiteralBlock(_ text: String) -> Bool {
        text.contains("\n") && text.contains(where: { $0 != "\n" }) && !text.hasSuffix("\n\n")
    }

    /// Whether single quotes can hold the text as is: no line breaks, tabs or other special characters.
    static func needsNoEscape(_ text: String, unicode: Bool) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            scalar != "\n" && PlainScalarRules.isPrintable(scalar) && (unicode || scalar.isASCII)
        }
    }
}

extension Node.Scalar.Resolved {
    /// Equality that also holds for two NaNs, which `==` never finds equal.
    func hasSameValue(as other: Self) -> Bool {
        if case .double(let left) = self, case .double(let right) = other, left.isNaN && right.isNaN { return true }
        return self == other
    }
}
