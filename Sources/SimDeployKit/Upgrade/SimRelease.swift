/// A Sim release tag read as numbers (`v0.8.9` is 0.8.9), so two pins can be ordered.
///
/// Tags are compared as releases, never sorted as text or as raw git tags: upstream also carries an
/// old `v1.0.0` (2025-05-08) that is older than every `v0.8.x`, listed in `misdated`.
public struct SimRelease: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var major: Int
    public var minor: Int
    public var patch: Int
    /// `rc.1` in `v0.9.0-rc.1`; a pre-release sorts before its release.
    public var prerelease: String?

    public init(_ major: Int, _ minor: Int, _ patch: Int, prerelease: String? = nil) {
        self.major = major
        self.minor = minor
        self.patch = patch
        self.prerelease = prerelease
    }

    /// `v0.8.9`, `0.8.9` or `v0.9.0-rc.1`; `nil` for anything else (`latest`, `sha-1a2b3c`).
    public init?(_ tag: ImageTag) {
        var text = Substring(tag.value)
        if text.first == "v" { text = text.dropFirst() }
        let (core, prerelease) =
            text.firstIndex(of: "-").map { (text[..<$0], String(text[text.index(after: $0)...])) } ?? (text, nil)
        let numbers = core.split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
        guard numbers.count == 3, let major = numbers[0], let minor = numbers[1], let patch = numbers[2] else {
            return nil
        }
        self.init(major, minor, patch, prerelease: prerelease)
    }

    public var description: String {
        "v\(major).\(minor).\(patch)" + (prerelease.map { "-\($0)" } ?? "")
    }

    public static func < (lhs: SimRelease, rhs: SimRelease) -> Bool {
        if (lhs.major, lhs.minor, lhs.patch) != (rhs.major, rhs.minor, rhs.patch) {
            return (lhs.major, lhs.minor, lhs.patch) < (rhs.major, rhs.minor, rhs.patch)
        }
        switch (lhs.prerelease, rhs.prerelease) {
        case (nil, _): return false
        case (_?, nil): return true
        case (let left?, let right?): return left < right
        }
    }

    /// Tags whose number lies about their age, with the truth.
    public static let misdated: [String: String] = [
        "v1.0.0": "v1.0.0 is an old tag from 2025-05-08, older than every v0.8.x release"
    ]
}

/// How a move from one pinned tag to another relates in time.
public enum VersionStep: Hashable, Sendable {
    case same
    case upgrade
    /// Older than the current pin (with why); migrations only run forward.
    case downgrade(String)
    /// Cannot be ordered (a floating or non-release tag), with why.
    case unordered(String)

    public init(from: ImageTag, to: ImageTag) {
        if from == to {
            self = .same
        } else if let misdated = SimRelease.misdated[to.value] {
            self = .downgrade(misdated)
        } else if SimRelease.misdated[from.value] != nil {
            self = .upgrade
        } else if from.isFloating {
            self = .unordered("the install followed 'latest', so the version it runs now is unknown")
        } else if to.isFloating {
            self = .unordered("'latest' moves: every restart can pull a newer version and run its migrations")
        } else if let old = SimRelease(from), let new = SimRelease(to) {
            self = new < old ? .downgrade("\(to) is older than \(from)") : .upgrade
        } else {
            let odd = SimRelease(from) == nil ? from : to
            self = .unordered("'\(odd)' is not a release tag such as v0.8.9, so simdeploy cannot order the two")
        }
    }
}
