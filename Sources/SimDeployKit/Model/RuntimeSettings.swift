/// Settings of the running app that are neither secrets nor infrastructure.
public struct RuntimeSettings: Hashable, Sendable {
    /// Sim reads only these upper-case names; anything else is silently ignored.
    public enum LogLevel: String, Hashable, Sendable, CaseIterable {
        case debug = "DEBUG"
        case info = "INFO"
        case warn = "WARN"
        case error = "ERROR"
    }

    public var logLevel: LogLevel
    /// Anonymous telemetry to telemetry.simstudio.ai; off unless the operator opts in.
    public var telemetry: Bool
    /// Time zone of the scheduler.
    public var timezone: String
    /// The Chat module needs a Sim-issued `COPILOT_API_KEY`; without it the UI hides Chat.
    public var copilot: Bool

    public init(logLevel: LogLevel = .info, telemetry: Bool = false, timezone: String = "UTC", copilot: Bool = false) {
        self.logLevel = logLevel
        self.telemetry = telemetry
        self.timezone = timezone
        self.copilot = copilot
    }
}
