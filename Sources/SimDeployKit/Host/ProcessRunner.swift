#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program with `posix_spawnp`, capturing standard output, killing it after a timeout.
///
/// Only `doctor` runs programs (`docker`, `nvidia-smi`, `helm`), to read their versions; nothing
/// it runs receives a secret.
struct ProcessRunner {
    var timeoutSeconds: Int

    func run(_ arguments: [String]) -> (status: Int32, output: String)? {
        guard !arguments.isEmpty else { return nil }
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { return nil }
        // Close-on-exec, so only the child's dup2'd copy stays open in it.
        _ = fcntl(pipeEnds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(pipeEnds[1], F_SETFD, FD_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        var pid: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        close(pipeEnds[1])
        guard spawned == 0 else {
            close(pipeEnds[0])
            return nil
        }
        let output = readAll(pipeEnds[0], pid: pid)
        close(pipeEnds[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        guard let output, status & 0x7F == 0 else { return nil }
        return ((status >> 8) & 0xFF, output)
    }

    /// Reads until end of file, killing the child if it outlives the timeout.
    private func readAll(_ fd: Int32, pid: pid_t) -> String? {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let deadline = time(nil) + timeoutSeconds
        while true {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let remaining = Int32(max(0, deadline - time(nil)) * 1000)
            let ready = poll(&poller, 1, remaining)
            if ready == 0 {
                kill(pid, SIGKILL)
                return nil
            }
            if ready < 0 {
                if errno == EINTR { continue }
                return nil
            }
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            if bytes.count < 1 << 20 { bytes += buffer[..<count] }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
