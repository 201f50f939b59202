/// Every check of one `verify` run, in order.
public struct VerifyReport: Hashable, Sendable {
    public var target: VerifyTarget
    public var checks: [VerifyCheck]

    public init(target: VerifyTarget, checks: [VerifyCheck]) {
        self.target = target
        self.checks = checks
    }

    /// Any failure makes `verify` exit 1; warnings and skips do not.
    public var hasFailure: Bool { checks.contains { $0.status == .fail } }

    public func count(_ status: VerifyCheck.Status) -> Int {
        checks.filter { $0.status == status }.count
    }
}
