/// A place in a `.env` file: 1-based line and column, as editors and compilers count them.
///
/// Columns count Unicode scalars, not bytes, so `ké=1`'s `=` is at column 3 and an editor or a
/// GitHub annotation lands on the right character. A UTF-8 byte-order mark at the start of the
/// file is not counted: the first character after it is at 1:1.
public struct SourcePosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
