#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A connected TCP socket whose every read and write gives up at a deadline.
///
/// The socket stays blocking after `connect`; each operation first sets `SO_RCVTIMEO` and
/// `SO_SNDTIMEO` to the time left, which also bounds OpenSSL's reads and writes on the same descriptor.
final class TCPSocket {
    let fd: Int32
    /// `host:port`, for messages.
    let address: String

    private init(fd: Int32, address: String) {
        self.fd = fd
        self.address = address
    }

    deinit {
        close(fd)
    }

    /// Resolves `host` and connects to the first address that accepts within the deadline.
    static func connect(host: String, port: Int, deadline: Deadline) throws(TransportError) -> TCPSocket {
        let address = "\(host):\(port)"
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = streamSocketType
        var list: UnsafeMutablePointer<addrinfo>?
        // getaddrinfo has no timeout of its own; the resolver's (resolv.conf) applies.
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else {
            throw .resolve(host: host, reason: String(cString: gai_strerror(status)))
        }
        defer { freeaddrinfo(first) }
        var reason = "no address"
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let info = entry {
            entry = info.pointee.ai_next
            switch attempt(info.pointee, deadline: deadline) {
            case .success(let fd): return TCPSocket(fd: fd, address: address)
            case .failure(.timedOut): throw .timedOut(address: address, seconds: deadline.seconds)
            case .failure(.refused(let text)): reason = text
            }
        }
        throw .connect(address: address, reason: reason)
    }

    /// Sets both socket timeouts to what is left of `deadline`.
    func apply(_ deadline: Deadline) throws(TransportError) {
        let milliseconds = deadline.remainingMilliseconds
        guard milliseconds > 0 else { throw .timedOut(address: address, seconds: deadline.seconds) }
        var time = timeval(tv_sec: .init(milliseconds / 1000), tv_usec: .init(milliseconds % 1000 * 1000))
        let size = socklen_t(MemoryLayout<timeval>.size)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &time, size)
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &time, size)
    }

    func send(_ bytes: [UInt8], deadline: Deadline) throws(TransportError) {
        var offset = 0
        while offset < bytes.count {
            try apply(deadline)
            let written = bytes[offset...].withUnsafeBytes { Self.sendNoSignal(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN || errno == EWOULDBLOCK {
                    throw .timedOut(address: address, seconds: deadline.seconds)
                }
                throw .connect(address: address, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }

    /// Up to `limit` bytes; empty at end of stream.
    func receive(_ limit: Int, deadline: Deadline) throws(TransportError) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: limit)
        while true {
            try apply(deadline)
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count >= 0 { return Array(buffer.prefix(count)) }
            if errno == EINTR { continue }
            if errno == EAGAIN || errno == EWOULDBLOCK {
                throw .timedOut(address: address, seconds: deadline.seconds)
            }
            throw .connect(address: address, reason: String(cString: strerror(errno)))
        }
    }
}

extension TCPSocket {
    private enum AttemptError: Error {
        case timedOut
        case refused(String)
    }

    #if os(Linux)
        private static let streamSocketType = Int32(SOCK_STREAM.rawValue)
        private static func sendNoSignal(_ fd: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
            Glibc.send(fd, bytes, count, Int32(MSG_NOSIGNAL))
        }
        private static func systemConnect(_ fd: Int32, _ address: UnsafePointer<sockaddr>?, _ length: socklen_t)
            -> Int32
        {
            Glibc.connect(fd, address, length)
        }
    #else
        private static let streamSocketType = SOCK_STREAM
        private static func sendNoSignal(_ fd: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
            Darwin.send(fd, bytes, count, 0)
        }
        private static func systemConnect(_ fd: Int32, _ address: UnsafePointer<sockaddr>?, _ length: socklen_t)
            -> Int32
        {
            Darwin.connect(fd, address, length)
        }
    #endif

    /// A non-blocking connect, waited for with `poll` so the deadline holds, then back to blocking mode.
    private static func attempt(_ info: addrinfo, deadline: Deadline) -> Result<Int32, AttemptError> {
        let fd = socket(info.ai_family, info.ai_socktype, info.ai_protocol)
        guard fd >= 0 else { return .failure(.refused(String(cString: strerror(errno)))) }
        #if canImport(Darwin)
            // Darwin has no MSG_NOSIGNAL; this keeps a write to a closed peer (OpenSSL's too) from raising SIGPIPE.
            var one: Int32 = 1
            setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
        #endif
        let flags = fcntl(fd, F_GETFL, 0)
        _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK)
        if systemConnect(fd, info.ai_addr, info.ai_addrlen) != 0 && errno != EINPROGRESS {
            let reason = String(cString: strerror(errno))
            close(fd)
            return .failure(.refused(reason))
        }
        var poller = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
        var ready: Int32
        repeat {
            let milliseconds = deadline.remainingMilliseconds
            guard milliseconds > 0 else {
                close(fd)
                return .failure(.timedOut)
            }
            ready = poll(&poller, 1, Int32(clamping: milliseconds))
        } while ready < 0 && errno == EINTR
        if ready == 0 {
            close(fd)
            return .failure(.timedOut)
        }
        var error: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length)
        guard ready > 0, error == 0 else {
            close(fd)
            return .failure(.refused(String(cString: strerror(error == 0 ? errno : error))))
        }
        _ = fcntl(fd, F_SETFL, flags)
        return .success(fd)
    }
}
