internal import COpenSSL

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An OpenSSL client session over a connected socket: SNI, the host name check and the verify result.
///
/// The handshake always completes (verify mode `SSL_VERIFY_NONE`) so the certificate can be reported
/// whatever is wrong with it; `requireValid` then refuses to go on when verification failed. OpenSSL
/// still verifies the chain and the name (`SSL_set1_host`) during the handshake and records the result.
final class TLSSession {
    private let socket: TCPSocket
    private let context: OpaquePointer
    private let ssl: OpaquePointer
    private(set) var report = TLSReport(problem: .other, verifyMessage: "", notAfter: nil, daysLeft: nil)

    init(socket: TCPSocket, host: String, caFile: String?, requireValid: Bool, deadline: Deadline)
        throws(TransportError)
    {
        self.socket = socket
        context = try Self.makeContext(caFile: caFile)
        guard let ssl = SSL_new(context) else {
            SSL_CTX_free(context)
            throw .tls(address: socket.address, reason: Self.openSSLError())
        }
        self.ssl = ssl
        SSL_set_fd(ssl, socket.fd)
        if (try? IPv4Address(host)) != nil {
            // RFC 6066 forbids an address in SNI; the certificate must list it as an IP SAN instead.
            X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), host)
        } else {
            simdeploy_set_server_name(ssl, host)
            SSL_set1_host(ssl, host)
        }
        try handshake(deadline: deadline)
        report = readReport()
        if requireValid, report.problem != nil {
            throw .tls(address: socket.address, reason: "certificate not valid: \(report.verifyMessage)")
        }
    }

    deinit {
        SSL_free(ssl)
        SSL_CTX_free(context)
    }

    /// A client context trusting the system store plus `caFile`; also how `--ca-file` is checked up front.
    static func makeContext(caFile: String?) throws(TransportError) -> OpaquePointer {
        ERR_clear_error()
        guard let context = SSL_CTX_new(TLS_client_method()) else {
            throw .tls(address: "-", reason: openSSLError())
        }
        SSL_CTX_set_default_verify_paths(context)
        simdeploy_ignore_unexpected_eof(context)
        if let caFile, SSL_CTX_load_verify_locations(context, caFile, nil) != 1 {
            let reason = openSSLError()
            SSL_CTX_free(context)
            throw .caFile(path: caFile, reason: reason)
        }
        return context
    }

    static func free(_ context: OpaquePointer) {
        SSL_CTX_free(context)
    }

    func send(_ bytes: [UInt8], deadline: Deadline) throws(TransportError) {
        var offset = 0
        while offset < bytes.count {
            try socket.apply(deadline)
            ERR_clear_error()
            let written = bytes[offset...].withUnsafeBytes { SSL_write(ssl, $0.baseAddress, Int32($0.count)) }
            guard written > 0 else { throw failure(written, deadline: deadline) }
            offset += Int(written)
        }
    }

    /// Up to `limit` bytes; empty at end of stream.
    func receive(_ limit: Int, deadline: Deadline) throws(TransportError) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: limit)
        try socket.apply(deadline)
        ERR_clear_error()
        let count = buffer.withUnsafeMutableBytes { SSL_read(ssl, $0.baseAddress, Int32($0.count)) }
        if count > 0 { return Array(buffer.prefix(Int(count))) }
        let code = SSL_get_error(ssl, count)
        if code == SSL_ERROR_ZERO_RETURN || (code == SSL_ERROR_SYSCALL && errno == 0) { return [] }
        throw failure(count, deadline: deadline)
    }
}

extension TLSSession {
    private func handshake(deadline: Deadline) throws(TransportError) {
        try socket.apply(deadline)
        ERR_clear_error()
        let status = SSL_connect(ssl)
        guard status == 1 else { throw failure(status, deadline: deadline) }
    }

    /// Turns a failed `SSL_*` call into a timeout or a TLS error with OpenSSL's reason.
    private func failure(_ status: Int32, deadline: Deadline) -> TransportError {
        let code = SSL_get_error(ssl, status)
        if code == SSL_ERROR_SYSCALL && (errno == EAGAIN || errno == EWOULDBLOCK) {
            return .timedOut(address: socket.address, seconds: deadline.seconds)
        }
        if code == SSL_ERROR_SYSCALL {
            return .tls(
                address: socket.address,
                reason: errno == 0 ? "the server closed the connection" : String(cString: strerror(errno)))
        }
        return .tls(address: socket.address, reason: Self.openSSLError())
    }

    private func readReport() -> TLSReport {
        let result = Int32(SSL_get_verify_result(ssl))
        let message = String(cString: X509_verify_cert_error_string(Int(result)))
        var report = TLSReport(
            problem: Self.problem(result), verifyMessage: message, notAfter: nil, daysLeft: nil,
            protocolVersion: String(cString: SSL_get_version(ssl)))
        guard let certificate = SSL_get1_peer_certificate(ssl) else { return report }
        defer { X509_free(certificate) }
        report.subject = Self.oneLine(X509_get_subject_name(certificate))
        report.issuer = Self.oneLine(X509_get_issuer_name(certificate))
        if let notAfter = X509_get0_notAfter(certificate) {
            var days: Int32 = 0
            var seconds: Int32 = 0
            // A nil "from" means now.
            if ASN1_TIME_diff(&days, &seconds, nil, notAfter) == 1 {
                report.daysLeft = Int(days) - (days == 0 && seconds < 0 ? 1 : 0)
            }
            var time = tm()
            if ASN1_TIME_to_tm(notAfter, &time) == 1 {
                report.notAfter = Self.date(time)
            }
        }
        return report
    }

    private static func problem(_ result: Int32) -> TLSReport.Problem? {
        switch result {
        case X509_V_OK: nil
        case X509_V_ERR_CERT_HAS_EXPIRED: .expired
        case X509_V_ERR_CERT_NOT_YET_VALID: .notYetValid
        case X509_V_ERR_HOSTNAME_MISMATCH, X509_V_ERR_IP_ADDRESS_MISMATCH: .wrongHost
        case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT, X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN,
            X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY, X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT,
            X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
            .untrusted
        default: .other
        }
    }

    private static func oneLine(_ name: OpaquePointer?) -> String? {
        guard let name else { return nil }
        var buffer = [CChar](repeating: 0, count: 256)
        guard X509_NAME_oneline(name, &buffer, Int32(buffer.count)) != nil else { return nil }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func date(_ time: tm) -> String {
        func two(_ number: Int32) -> String { number < 10 ? "0\(number)" : "\(number)" }
        return "\(time.tm_year + 1900)-\(two(time.tm_mon + 1))-\(two(time.tm_mday))"
    }

    /// The oldest queued OpenSSL error, in OpenSSL's words (`certificate verify failed`, ...).
    static func openSSLError() -> String {
        let code = ERR_get_error()
        ERR_clear_error()
        guard code != 0, let reason = ERR_reason_error_string(code) else { return "unknown OpenSSL error" }
        return String(cString: reason)
    }
}
