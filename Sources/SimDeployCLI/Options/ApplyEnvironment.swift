import SimDeployKit

#if canImport(Glibc)
    import Glibc
#endif

/// How a command writes: its flags plus, in debug builds only, the crash test's fault injection.
enum ApplyEnvironment {
    /// `SIMDEPLOY_FAULT_KILL_AT=n` makes a debug build SIGKILL itself at the n-th disk step of the
    /// write, so the fault-injection test can prove every crash point leaves a consistent install.
    /// Release builds ignore it: no environment variable can make a production run kill itself.
    static let faultVariable = "SIMDEPLOY_FAULT_KILL_AT"

    static func options(force: Bool) -> ApplyOptions {
        ApplyOptions(force: force, writer: FileWriter(faults: faults()))
    }

    private static func faults() -> FaultInjector? {
        #if DEBUG
            guard let text = getenv(faultVariable).map({ String(cString: $0) }), let step = Int(text), step > 0 else {
                return nil
            }
            return FaultInjector(killAtStep: step)
        #else
            return nil
        #endif
    }
}
