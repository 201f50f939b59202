import DotEnv
import Testing

/// The only entry of a one-statement text, or `nil` when the text does not parse to exactly that.
func onlyEntry(_ text: String) -> DotEnvEntry? {
    let entries = DotEnvParser.parse(text).entries
    return entries.count == 1 ? entries[0] : nil
}

/// The first issue of a text.
func firstIssue(_ text: String) -> ParseIssue? {
    DotEnvParser.parse(text).issues.first
}

/// The number of physical lines in `text`: line breaks, plus one for a last line without one.
func physicalLineCount(_ bytes: [UInt8]) -> Int {
    let breaks = bytes.filter { $0 == UInt8(ascii: "\n") }.count
    return breaks + (bytes.last.map { $0 == UInt8(ascii: "\n") ? 0 : 1 } ?? 0)
}

/// Whether the lines of `file` cover physical lines 1...n exactly once, in order.
func coversEveryPhysicalLine(_ file: DotEnvFile, count: Int) -> Bool {
    var expected = 1
    for line in file.lines {
        guard line.lineRange.lowerBound == expected else { return false }
        expected = line.lineRange.upperBound + 1
    }
    return expected == count + 1
}

/// What Compose would pass for `text`, as a dictionary, read with an empty environment.
///
/// Keys that are canonically equivalent but spelled differently would collide in a `[String: String]`,
/// so this refuses them; tests that need them use `resolvedValues()` directly.
func resolved(_ text: String, environment: [String: String] = [:]) throws -> [String: String] {
    let values = try DotEnvParser.parse(text).resolvedValues(environment: environment)
    let dictionary = Dictionary(values.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
    try #require(dictionary.count == values.count, "canonically equivalent keys in \(values)")
    return dictionary
}
