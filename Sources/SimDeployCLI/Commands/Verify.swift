import ArgumentParser
import SimDeployKit

#if canImport(Glibc)
    import Glibc
#endif

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract:
            "Check a deployed install from the outside: app, Socket.IO through the proxy, TLS, redirect, headers.",
        discussion: """
            Checks, in order; each passes, warns, fails or is skipped, with a fix:
              tls               the certificate verifies, names the host, 14+ days left
              realtime-tls      the same for realtime's own host (--realtime-url)
              app               GET /api/health answers 2xx (a warning when only / does)
              socketio-polling  the polling handshake returns realtime's open packet
              websocket         the upgrade returns 101 and the right accept key
              realtime-health   realtime's internal /health is not public
              https-redirect    plain HTTP (port 80) redirects to the https origin
              security-headers  HSTS, X-Content-Type-Options, Referrer-Policy, framing

            Without --url the origins come from simdeploy.yaml in --dir (its url, and proxy.realtimeHost).

            Exit codes: 0 no check failed (warnings allowed), 1 a check failed or the spec is invalid, 2 usage error.

            Examples:
              simdeploy verify
              simdeploy verify --dir /srv/sim --format json
              simdeploy verify --url https://sim.example.com
              simdeploy verify --url https://sim.example.com \\
                --realtime-url https://ws.sim.example.com
              simdeploy verify --url https://sim.internal \\
                --ca-file /etc/ssl/private-ca.pem --format json
            """)

    @Option(
        help: ArgumentHelp(
            "Public origin of the install, e.g. https://sim.example.com. Default: the url of simdeploy.yaml in --dir.",
            valueName: "url"))
    var url: String?

    @Option(
        name: .customLong("realtime-url"),
        help: ArgumentHelp(
            "Origin of realtime's own host, when it has one. Default: the spec's realtime host, else the app origin.",
            valueName: "url"))
    var realtimeURL: String?

    @OptionGroup var folder: DirectoryOption

    @Option(
        name: .customLong("ca-file"),
        help: ArgumentHelp("PEM file of extra CA certificates to trust (a private CA).", valueName: "pem"))
    var caFile: String?

    @Option(help: ArgumentHelp("Seconds each request may take, connection included (1-300).", valueName: "seconds"))
    var timeout: Int = 10

    @Option(
        name: .customLong("http-port"),
        help: ArgumentHelp("Port where the proxy serves plain HTTP and should redirect.", valueName: "port"))
    var httpPort: Int = 80

    @Option(help: "Output format: text or json.")
    var format: VerifyFormat = .text

    func validate() throws {
        _ = try url.map { try Self.origin($0, option: "--url") }
        _ = try realtimeURL.map { try Self.origin($0, option: "--realtime-url") }
        guard (1...300).contains(timeout) else { throw ValidationError("--timeout must be between 1 and 300 seconds") }
        guard (1...65535).contains(httpPort) else { throw ValidationError("--http-port must be between 1 and 65535") }
        if let caFile, !FileReader().exists(caFile) {
            throw ValidationError("--ca-file \(caFile) does not exist; pass a PEM file of CA certificates")
        }
    }

    func run() throws {
        // OpenSSL writes to the socket with write(2): a server that hangs up early must not kill the process.
        signal(SIGPIPE, SIG_IGN)
        let transport: SocketTransport
        do {
            transport = try SocketTransport(timeout: .seconds(timeout), caFile: caFile)
        } catch {
            throw ValidationError("\(error); \(error.fix)")
        }
        let console = Console.live
        let target = try Reporting.run(console) { try self.target() }
        let report = Verifier(transport: transport).run(target)
        switch format {
        case .text: console.standardOutput(VerifyOutput.text(report))
        case .json: console.standardOutput(VerifyOutput.json(report))
        }
        if report.hasFailure { throw ExitCodes.failure }
    }

    /// The command line's origins, or the spec's for what it leaves out.
    private func target() throws -> VerifyTarget {
        let realtime = try realtimeURL.map { try Self.origin($0, option: "--realtime-url") }
        if let url {
            return VerifyTarget(url: try Self.origin(url, option: "--url"), realtimeURL: realtime, httpPort: httpPort)
        }
        var target = try VerifyTarget.load(folder: folder.directory, httpPort: httpPort)
        if let realtime { target.realtimeURL = realtime }
        return target
    }

    /// An origin from the command line; one trailing slash is forgiven, since browsers show one.
    private static func origin(_ text: String, option: String) throws -> PublicURL {
        let trimmed = text.hasSuffix("/") && !text.hasSuffix("//") ? String(text.dropLast()) : text
        do {
            return try PublicURL(parsing: trimmed)
        } catch {
            throw ValidationError("\(option): \(error)")
        }
    }
}

enum VerifyFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json
}
