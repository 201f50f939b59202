import Foundation
import TestSupport

/// `Support/verify_server.py` on loopback: a stand-in for a deployed Sim behind its proxy.
///
/// The script binds port 0 (the kernel picks free ports), makes its certificate with the openssl CLI
/// and prints where it listens; the server is stopped when this value is released.
final class VerifyServer {
    let port: Int
    let httpPort: Int
    /// The self-signed certificate to pass as --ca-file (empty for --plain).
    let caFile: String
    private let process: Process
    private let folder: TemporaryDirectory

    /// Why the server cannot run here, or `nil` when python3 and openssl are present.
    static var unavailableReason: String? {
        for tool in ["python3", "openssl"] where executable(tool) == nil {
            return "\(tool) is not on PATH"
        }
        return nil
    }

    init(plain: Bool = false, cert: String = "good", break broken: String = "none") throws {
        folder = try TemporaryDirectory("verify-server")
        let script = Validators.packageRoot.appendingPathComponent("Tests/SimDeployCLITests/Support/verify_server.py")
        process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable("python3") ?? "/usr/bin/python3")
        process.arguments =
            [script.path, "--cert", cert, "--break", broken, "--dir", folder.path] + (plain ? ["--plain"] : [])
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // The first line says where the server listens; it is printed only once both sockets are bound.
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) {
            line += byte
        }
        let info = try JSONSerialization.jsonObject(with: line) as? [String: Any]
        guard let port = info?["port"] as? Int, let httpPort = info?["httpPort"] as? Int else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            throw ServerError.noAddress(String(decoding: line, as: UTF8.self))
        }
        self.port = port
        self.httpPort = httpPort
        caFile = info?["caFile"] as? String ?? ""
    }

    deinit {
        // SIGKILL, not terminate(): a test runner may start children with SIGTERM ignored, and the
        // server keeps nothing worth a clean exit.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    var url: String { "https://localhost:\(port)" }

    /// `simdeploy verify` against this server, with its CA and plain-HTTP port.
    func verify(_ extra: [String] = [], url: String? = nil, trust: Bool = true) throws -> Validators.Result {
        var arguments = ["verify", "--url", url ?? self.url, "--http-port", String(httpPort), "--timeout", "5"]
        if trust && !caFile.isEmpty { arguments += ["--ca-file", caFile] }
        return try CommandRunner.run(arguments + extra)
    }

    enum ServerError: Error {
        case noAddress(String)
    }

    private static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }
}
