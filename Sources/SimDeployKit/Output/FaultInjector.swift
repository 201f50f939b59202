#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Kills the process with SIGKILL at the n-th disk step, to prove a crash never corrupts an install.
///
/// A step is one point inside a write where a real crash could land: after half the bytes reach the
/// temp file, after its `fsync`, after the `rename`, and before an `unlink`. Only debug builds of the
/// CLI ever create one (from `SIMDEPLOY_FAULT_KILL_AT`); the fault-injection test walks n upwards
/// until a run completes.
public final class FaultInjector: @unchecked Sendable {
    // One writer on one thread uses it, so the counter needs no lock.
    private var remaining: Int

    public init(killAtStep step: Int) {
        remaining = step
    }

    func step() {
        remaining -= 1
        guard remaining == 0 else { return }
        kill(getpid(), SIGKILL)
        // SIGKILL cannot be caught; wait for it rather than run one more instruction of the write.
        while true { pause() }
    }
}
