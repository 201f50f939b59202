/// What `doctor` asks of the machine, behind a protocol so tests can describe any host.
public protocol HostProbe: Sendable {
    var processorCount: Int { get }
    /// Physical memory, or `nil` when it cannot be read.
    var memoryBytes: UInt64? { get }
    /// Space available to an unprivileged user on the file system holding `path`.
    func freeDiskBytes(_ path: String) -> UInt64?
    /// Runs a program found on `PATH` and returns its exit status and standard output, or `nil`
    /// when it is not installed or did not finish in time.
    func run(_ arguments: [String]) -> (status: Int32, output: String)?
    /// Whether something accepts TCP connections on `127.0.0.1:port`.
    func isListening(port: Int) -> Bool
}
