#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive `flock` on `.simdeploy/lock`, held while a write runs.
///
/// Two runs writing one install would interleave their backups and manifests; the second is refused
/// instead. The kernel drops the lock when the process dies, so a crash never leaves it stuck.
final class InstallLock {
    private let fd: Int32

    init(path: String) throws(DiagnosticError) {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw DiagnosticError(.error(FileError(path: path, operation: "open", errno: errno).description))
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw DiagnosticError(
                .error(
                    "another simdeploy is writing this install (\(path) is locked)",
                    fix: "wait for it to finish, then run the command again"))
        }
        self.fd = fd
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
