/// How a plan is written.
public struct ApplyOptions: Sendable {
    /// Write even over conflicts: the edited file is backed up, then replaced by the new render.
    public var force: Bool
    public var writer: FileWriter
    /// Names the backup folder.
    public var clock: any WallClock
    /// Backup sets kept; older ones are deleted after a successful write.
    public var keepBackups: Int

    /// Twenty sets: a few weeks of daily upgrades or rotations stay restorable, and the folder stays bounded.
    public static let defaultKeepBackups = 20

    public init(
        force: Bool = false, writer: FileWriter = FileWriter(), clock: any WallClock = SystemClock(),
        keepBackups: Int = ApplyOptions.defaultKeepBackups
    ) {
        self.force = force
        self.writer = writer
        self.clock = clock
        self.keepBackups = keepBackups
    }
}

/// What a write did, for the summary.
public struct ApplyReport: Sendable {
    /// The backup set taken before replacing files, relative to the install; `nil` when nothing was replaced.
    public var backupFolder: String?
    /// Files copied into it.
    public var backedUp: [String]

    public init(backupFolder: String? = nil, backedUp: [String] = []) {
        self.backupFolder = backupFolder
        self.backedUp = backedUp
    }
}
