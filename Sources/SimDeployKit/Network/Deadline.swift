/// The moment an exchange gives up, on the monotonic clock so a wall-clock jump cannot stretch it.
struct Deadline: Sendable {
    private let end: ContinuousClock.Instant
    /// The whole budget, for messages.
    let seconds: Int

    init(_ timeout: Duration) {
        end = ContinuousClock.now.advanced(by: timeout)
        seconds = Int(timeout.components.seconds)
    }

    /// Milliseconds left, at least 1 while time remains and 0 once it has passed.
    var remainingMilliseconds: Int {
        let left = ContinuousClock.now.duration(to: end)
        guard left > .zero else { return 0 }
        let (seconds, attoseconds) = left.components
        return max(1, Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }

    /// A deadline at most `limit` from now, never later than this one.
    func capped(at limit: Duration) -> Deadline {
        let capped = ContinuousClock.now.advanced(by: limit)
        return capped < end ? Deadline(end: capped, seconds: seconds) : self
    }

    private init(end: ContinuousClock.Instant, seconds: Int) {
        self.end = end
        self.seconds = seconds
    }
}
