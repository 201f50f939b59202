#if canImport(Glibc)
    import Glibc
#endif

/// The machine simdeploy runs on.
public struct LiveHost: HostProbe {
    /// How long a probed program (`docker version`, say) may take before it counts as not answering.
    public var commandTimeoutSeconds: Int

    public init(commandTimeoutSeconds: Int = 10) {
        self.commandTimeoutSeconds = commandTimeoutSeconds
    }

    public var processorCount: Int { max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))) }

    public var memoryBytes: UInt64? {
        let pages = sysconf(Int32(_SC_PHYS_PAGES))
        let pageSize = sysconf(Int32(_SC_PAGESIZE))
        guard pages > 0, pageSize > 0 else { return nil }
        return UInt64(pages) * UInt64(pageSize)
    }

    public func freeDiskBytes(_ path: String) -> UInt64? {
        var info = statvfs()
        guard statvfs(path, &info) == 0 else { return nil }
        return UInt64(info.f_bavail) * UInt64(info.f_frsize)
    }

    public func run(_ arguments: [String]) -> (status: Int32, output: String)? {
        ProcessRunner(timeoutSeconds: commandTimeoutSeconds).run(arguments)
    }

    public func isListening(port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        return result == 0
    }
}
