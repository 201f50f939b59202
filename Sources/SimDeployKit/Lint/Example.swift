import DotEnv

/// A `.env` text a rule is tested on, with `↓` just before each character where a finding belongs.
///
/// The text is the file exactly as written (line breaks, trailing blanks and all) once the markers are
/// removed. An example may name the target it is linted for, and, for a fixable rule, the text `--fix`
/// must turn it into.
public struct Example: Sendable {
    /// The marker: a finding belongs at the character right after it.
    public static let marker: Character = "↓"

    /// The text with its `↓` markers.
    public let markedText: String
    public let target: DeploymentTarget?
    /// What `--fix` makes of the text, when the rule is fixable and the example shows it.
    public let fixed: String?
    /// Whether each U+FFFD in the text stands for the invalid byte 0xFF (Swift strings are always UTF-8).
    public let invalidBytes: Bool
    /// Where the example is written, so a failing example points at its own line.
    public let fileID: String
    public let filePath: String
    public let line: Int

    public init(
        _ markedText: String, target: DeploymentTarget? = nil, fixed: String? = nil, invalidBytes: Bool = false,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line
    ) {
        self.markedText = markedText
        self.target = target
        self.fixed = fixed
        self.invalidBytes = invalidBytes
        self.fileID = fileID
        self.filePath = filePath
        self.line = line
    }

    /// The text without markers.
    public var text: String {
        var result = ""
        result.unicodeScalars.reserveCapacity(markedText.unicodeScalars.count)
        for scalar in markedText.unicodeScalars where scalar != "↓" {
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// The file contents the example stands for.
    public var bytes: [UInt8] {
        let utf8 = Array(text.utf8)
        guard invalidBytes else { return utf8 }
        var result: [UInt8] = []
        var index = 0
        while index < utf8.count {
            if index + 2 < utf8.count, utf8[index] == 0xEF, utf8[index + 1] == 0xBF, utf8[index + 2] == 0xBD {
                result.append(0xFF)
                index += 3
            } else {
                result.append(utf8[index])
                index += 1
            }
        }
        return result
    }

    /// Where each marker points, as lines and columns (Unicode scalars) of ``text``.
    public var markedPositions: [SourcePosition] {
        var positions: [SourcePosition] = []
        var line = 1
        var column = 1
        for scalar in markedText.unicodeScalars {
            switch scalar {
            case "↓":
                positions.append(SourcePosition(line: line, column: column))
            case "\n":
                line += 1
                column = 1
            case "\u{FEFF}" where line == 1 && column == 1:
                // Columns do not count a byte-order mark.
                break
            default:
                column += 1
            }
        }
        return positions
    }
}
