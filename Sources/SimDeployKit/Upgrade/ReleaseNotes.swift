/// What a configurator must know when moving an install between Sim versions, as data.
///
/// Sources: sections 6.1–6.4 of the Sim configuration survey (`upgrades.mdx`, `docker.mdx`, the
/// compose file). Where the survey records only that a change had shipped by a release, not the
/// release that introduced it, the note says "by"; such a note shows whenever an upgrade reaches
/// that release from below it (or from a tag that cannot be ordered).
public struct ReleaseNote: Hashable, Sendable {
    public enum When: Hashable, Sendable {
        /// On the way from below `release` to it or above. `exact: false` means the change shipped at
        /// or before `release`, in a release the sources do not name.
        case reaching(SimRelease, exact: Bool)
        /// Whenever the minor (or major) version changes.
        case minorJump
    }

    public var when: When
    public var summary: String
    /// Secrets the change needs; `upgrade` generates each one `.env` lacks.
    public var secrets: [SecretName]

    public init(_ when: When, _ summary: String, secrets: [SecretName] = []) {
        self.when = when
        self.summary = summary
        self.secrets = secrets
    }

    /// "in v0.8.9" or "by v0.8.9", for the printed note.
    public var label: String {
        switch when {
        case .reaching(let release, let exact): exact ? "in \(release)" : "by \(release)"
        case .minorJump: "minor version"
        }
    }

    /// Whether an upgrade from `from` to `to` crosses this note.
    public func applies(from: ImageTag, to: ImageTag) -> Bool {
        switch when {
        case .reaching(let release, _):
            guard let target = SimRelease(to), release <= target else { return false }
            // An install on a tag that cannot be ordered may or may not have the change: say it.
            guard let start = SimRelease(from), SimRelease.misdated[from.value] == nil else { return true }
            return start < release
        case .minorJump:
            guard let start = SimRelease(from), let target = SimRelease(to) else { return false }
            return (start.major, start.minor) != (target.major, target.minor)
        }
    }
}

public enum ReleaseNotes {
    public static let all: [ReleaseNote] = [
        ReleaseNote(
            .reaching(SimRelease(0, 8, 9), exact: false),
            "The scheduler (compose service `cron`) authenticates to the app with CRON_SECRET, which app and cron must share. An older .env lacks it: cron then exits 0 with instructions and schedules and polling triggers stop silently. simdeploy adds it to .env; run `up -d` so cron starts.",
            secrets: [.cronSecret]),
        ReleaseNote(
            .reaching(SimRelease(0, 8, 9), exact: false),
            "API_ENCRYPTION_KEY (64 hex characters) encrypts the API keys users create; upstream's compose passes it empty, which stores them in plain text. simdeploy generates it when .env has none. Never change it once API keys exist: their stored copies could no longer be displayed.",
            secrets: [.apiEncryptionKey]),
        ReleaseNote(
            .minorJump,
            "This upgrade crosses a minor version. Migrations apply in sequence, so skipping releases works, but upstream discourages it: read the release notes of every version in between for new required variables."
        ),
    ]

    /// The notes an upgrade from `from` to `to` crosses, in table order.
    public static func crossed(from: ImageTag, to: ImageTag) -> [ReleaseNote] {
        all.filter { $0.applies(from: from, to: to) }
    }
}
