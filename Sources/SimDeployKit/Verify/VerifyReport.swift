/// Every check of one `verify` run, in order.
public struct VerifyReport: Hashable, Sendable {
    public var target: VerifyTarget
    public var checks: [VerifyCheck]

    public init(target: VerifyTarget, checks: [VerifyCheck]) {
        self.target = target
        self.checks = checks
    }

    /// Any failure makes `verify` exit 1; warnings and skips do not.
    public var hasFailure: Bool { checks.map(\.checklistItem).hasFailure }
}
