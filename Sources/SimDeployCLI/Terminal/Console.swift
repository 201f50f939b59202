import SimDeployKit

#if canImport(Glibc)
    import Glibc
#endif

/// The only place that writes to the terminal.
struct Console: Sendable {
    var standardOutput: @Sendable (String) -> Void = { text in writeAll(1, text) }
    var standardError: @Sendable (String) -> Void = { text in writeAll(2, text) }

    static let live = Console()

    func out(_ line: String = "") { standardOutput(line + "\n") }
    func err(_ line: String) { standardError(line + "\n") }

    /// Prints diagnostics to standard error, compiler style.
    func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            err(DiagnosticFormatter.text(diagnostic))
        }
    }

    /// Whether standard input is a terminal a person can answer.
    static var isInteractive: Bool { isatty(0) == 1 && isatty(1) == 1 }
}

/// Writes all of `text` to a file descriptor, retrying short writes.
func writeAll(_ fd: Int32, _ text: String) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
        let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        if written < 0 {
            if errno == EINTR { continue }
            return
        }
        bytes = bytes.dropFirst(written)
    }
}
