#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where "now" comes from, so a test can fix the time that names a backup folder.
public protocol WallClock: Sendable {
    /// Seconds since 1970-01-01 00:00:00 UTC.
    func now() -> Int64
}

/// The system's real-time clock.
public struct SystemClock: WallClock {
    public init() {}

    public func now() -> Int64 { Int64(time(nil)) }
}

/// A clock stuck at one instant, for tests.
public struct FixedClock: WallClock {
    public var seconds: Int64

    public init(_ seconds: Int64) {
        self.seconds = seconds
    }

    public func now() -> Int64 { seconds }
}

/// A UTC instant written `2026-08-21T18-35-39Z`: ISO 8601 with `:` replaced, so it is a valid file
/// name everywhere and sorts in time order (upstream's backups use the same shape).
public struct Timestamp: Hashable, Sendable, CustomStringConvertible {
    public var seconds: Int64

    public init(seconds: Int64) {
        self.seconds = seconds
    }

    public var description: String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = Self.civil(fromDays: days)
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondOfDay / 3600, 2))-"
            + "\(pad(secondOfDay / 60 % 60, 2))-\(pad(secondOfDay % 60, 2))Z"
    }

    /// Howard Hinnant's days-to-civil algorithm: proleptic Gregorian, no time-zone database needed.
    private static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthPrime = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthPrime + 2) / 5 + 1
        let month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }
}

private func pad(_ value: Int64, _ width: Int) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
}
