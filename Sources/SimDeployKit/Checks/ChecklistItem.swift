/// How one check of a checklist (`verify`, `doctor`) came out.
public enum CheckStatus: String, Hashable, Sendable, CaseIterable {
    case pass, warn, fail
    /// Not run: it does not apply here, or what it needs did not answer.
    case skip
}

/// One line of a checklist: a stable id, a title, the outcome and what to do about it.
public struct ChecklistItem: Hashable, Sendable {
    public var id: String
    public var title: String
    public var status: CheckStatus
    /// What was seen, in one line.
    public var message: String
    /// What to do about a warning or failure.
    public var fix: String?

    public init(id: String, title: String, status: CheckStatus, message: String, fix: String? = nil) {
        self.id = id
        self.title = title
        self.status = status
        self.message = message
        self.fix = fix
    }
}

extension Array where Element == ChecklistItem {
    /// Any failure makes the command exit 1; warnings and skips do not.
    public var hasFailure: Bool { contains { $0.status == .fail } }

    public func count(_ status: CheckStatus) -> Int {
        filter { $0.status == status }.count
    }
}
