import DotEnv

/// `# simdeploy-disable-next-line RULE[, RULE…]` and `# simdeploy-disable-file RULE[, RULE…]` comments.
///
/// Without a rule id the comment silences every rule. Text after ` -- ` is a reason and is ignored.
/// A next-line comment covers the next line that is not itself such a comment, so several stack.
struct DisableComments {
    static let nextLinePrefix = "simdeploy-disable-next-line"
    static let filePrefix = "simdeploy-disable-file"

    /// One comment and where it is.
    struct Comment {
        var appliesToFile: Bool
        /// Empty for every rule.
        var rules: [String]
        var line: Int
        /// Where each rule id starts, for findings about unknown ids.
        var ruleColumns: [Int]
        /// The physical lines it silences (next-line comments).
        var target: ClosedRange<Int>?
    }

    private(set) var comments: [Comment] = []
    private var fileWide: Set<String> = []
    private var everythingInFile = false
    /// Silenced lines: rule ids, or `nil` for every rule.
    private var byLine: [Int: Set<String>?] = [:]

    /// Reads the comments among `candidates` (indexes of comment lines that may be ours).
    init(_ file: DotEnvFile, candidates: [Int]) {
        var directives: Set<Int> = []
        for index in candidates {
            let line = file.lines[index]
            guard case .comment(let text) = line.kind,
                let comment = Self.parse(text, line: line.lineRange.lowerBound, raw: line.raw)
            else { continue }
            directives.insert(index)
            comments.append(comment)
        }
        var commentIndex = 0
        for index in candidates where directives.contains(index) {
            defer { commentIndex += 1 }
            let comment = comments[commentIndex]
            if comment.appliesToFile {
                if comment.rules.isEmpty { everythingInFile = true }
                fileWide.formUnion(comment.rules)
                continue
            }
            // The next line that is not itself a disable comment.
            var next = index + 1
            while directives.contains(next) { next += 1 }
            guard next < file.lines.count else { continue }
            let range = file.lines[next].lineRange
            comments[commentIndex].target = range
            for number in range {
                silence(number, comment.rules)
            }
        }
    }

    /// Whether `rule`'s finding on `line` is silenced.
    func silences(_ rule: String, line: Int) -> Bool {
        if everythingInFile || fileWide.contains(rule) { return true }
        guard let entry = byLine[line] else { return false }
        guard let rules = entry else { return true }
        return rules.contains(rule)
    }

    var isEmpty: Bool { comments.isEmpty }

    private mutating func silence(_ line: Int, _ rules: [String]) {
        if rules.isEmpty {
            byLine[line] = .some(nil)
        } else if case .some(.some(var existing)) = byLine[line] {
            existing.formUnion(rules)
            byLine[line] = existing
        } else if byLine[line] == nil {
            byLine[line] = Set(rules)
        }
    }

    /// The comment in `text` (after its `#`), if it is one of ours.
    static func parse(_ text: String, line: Int, raw: String) -> Comment? {
        // Most comments are not ours: look at the first word's bytes before any `String` work.
        guard let first = text.utf8.first(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }),
            first == UInt8(ascii: "s"), text.utf8.count >= filePrefix.utf8.count
        else { return nil }
        var body = Substring(text).drop { $0 == " " || $0 == "\t" }
        let appliesToFile: Bool
        if body.hasPrefix(nextLinePrefix) {
            appliesToFile = false
            body = body.dropFirst(nextLinePrefix.count)
        } else if body.hasPrefix(filePrefix) {
            appliesToFile = true
            body = body.dropFirst(filePrefix.count)
        } else {
            return nil
        }
        guard body.isEmpty || body.first == " " || body.first == "\t" || body.first == "\r" else { return nil }
        if let reason = body.firstRange(of: " -- ") { body = body[..<reason.lowerBound] }
        // Columns: where `text` starts in the raw line, plus the offset of each id in it.
        let byteOrderMark = raw.unicodeScalars.first == "\u{FEFF}" ? 1 : 0
        let textStart =
            raw.unicodeScalars.count - text.unicodeScalars.count - trailingBreakLength(raw) + 1 - byteOrderMark
        var rules: [String] = []
        var columns: [Int] = []
        var current = ""
        var currentStart = 0
        let bodyStart = text.unicodeScalars.distance(
            from: text.unicodeScalars.startIndex, to: body.unicodeScalars.startIndex)
        for (index, scalar) in body.unicodeScalars.enumerated() {
            if scalar == "," || scalar == " " || scalar == "\t" || scalar == "\r" {
                if !current.isEmpty {
                    rules.append(current)
                    columns.append(textStart + bodyStart + currentStart)
                }
                current = ""
            } else {
                if current.isEmpty { currentStart = index }
                current.unicodeScalars.append(scalar)
            }
        }
        if !current.isEmpty {
            rules.append(current)
            columns.append(textStart + bodyStart + currentStart)
        }
        return Comment(appliesToFile: appliesToFile, rules: rules, line: line, ruleColumns: columns, target: nil)
    }

    private static func trailingBreakLength(_ raw: String) -> Int {
        if raw.unicodeScalars.suffix(2).elementsEqual(["\r", "\n"]) { return 2 }
        return raw.unicodeScalars.last == "\n" ? 1 : 0
    }
}
