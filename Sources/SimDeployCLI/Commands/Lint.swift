import ArgumentParser
import SimDeployKit

#if canImport(Glibc)
    import Glibc
#endif

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check .env files for syntax, dialect hazards and Sim configuration mistakes.",
        discussion: """
            Lints each FILE (default: .env; - reads standard input) and prints every finding with its place, the \
            line (secret values masked) and a fix. Required keys are checked when the target is known: --target, \
            --spec, or a simdeploy.yaml next to the first file. Rules: simdeploy explain --list; one rule: \
            simdeploy explain RULE. Settings may also come from .simdeploy-lint.yml (--config).

            Exit codes: 0 no finding at the failing severity (warnings pass unless --severity warning), 1 findings \
            at that severity, 2 usage error or unreadable input.

            Examples:
              simdeploy lint                               # ./.env
              simdeploy lint --target compose --format sarif .env > lint.sarif
              simdeploy lint --fix --disable export-prefix .env
              cat .env | simdeploy lint -
            """)

    @Argument(help: ArgumentHelp("Files to lint; - reads standard input.", valueName: "file"))
    var files: [String] = []

    @Option(help: "Where the file is used, which decides the required keys.")
    var target: DeploymentTarget?

    @Option(help: ArgumentHelp("Read the target from this simdeploy.yaml.", valueName: "path"))
    var spec: String?

    @Option(help: "Output format.")
    var format: ReportFormat = .text

    @Flag(help: "Repair formatting findings in place (never a value Compose reads); keeps FILE.bak and the file mode.")
    var fix = false

    @Option(
        help: ArgumentHelp(
            "Turn a rule off; repeat it or separate ids with commas (all: every rule).", valueName: "rule"))
    var disable: [String] = []

    @Option(help: ArgumentHelp("Turn a rule on, opt-in ones too; repeatable, commas allowed (all).", valueName: "rule"))
    var enable: [String] = []

    @Option(help: "The least severe finding that fails the run.")
    var severity: FailingSeverity = .error

    @Option(help: ArgumentHelp("Lint settings file (default: ./.simdeploy-lint.yml when present).", valueName: "path"))
    var config: String?

    /// `--enable a,b --enable c` as ids.
    private var enabledRules: [String] { enable.flatMap { $0.split(separator: ",").map(String.init) } }
    private var disabledRules: [String] { disable.flatMap { $0.split(separator: ",").map(String.init) } }

    func validate() throws {
        for id in enabledRules + disabledRules where id != "all" {
            if let problem = EnvRules.unknownRuleProblem(id) { throw ValidationError(problem) }
        }
        if fix && files.contains("-") {
            throw ValidationError("--fix cannot rewrite standard input; name the file instead")
        }
        if files.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("standard input (-) can be read only once")
        }
        if target != nil && spec != nil {
            throw ValidationError("use either --target or --spec, not both")
        }
    }

    func run() throws {
        do {
            try lint()
        } catch let error as Unreadable {
            Console.live.err("error: \(error.message)")
            throw ExitCodes.usage
        }
    }

    private func lint() throws {
        let console = Console.live
        let reader = FileReader()
        var configuration = try loadConfiguration(reader)
        let overrides = LintConfiguration(
            target: try resolveTarget(reader), enabled: Set(enabledRules), disabled: Set(disabledRules),
            failureSeverity: severity.value)
        configuration = configuration.merging(overrides)
        let paths = files.isEmpty ? [".env"] : files
        var sources: [LintSession.Source] = []
        for path in paths {
            sources.append(try read(path, reader))
        }
        let outcome = LintSession(configuration: configuration).run(sources, fix: fix)
        var out = ""
        var err = ""
        if fix {
            for fileFix in outcome.fixes {
                if let refusal = fileFix.refusal {
                    err += "\(fileFix.path): note: not fixed: \(refusal)\n"
                    continue
                }
                guard let text = fileFix.text else { continue }
                try write(text, to: fileFix.path, reader)
                let summary =
                    "\(fileFix.path): fixed \(fileFix.fixedCount) finding(s); the original is in \(fileFix.path).bak\n"
                if format == .text { out += fileFix.diff + summary } else { err += fileFix.diff + summary }
            }
        }
        let colored =
            format == .text && isatty(1) == 1 && (getenv("NO_COLOR").map { String(cString: $0).isEmpty } ?? true)
        out += format.reporter(colored: colored).report(outcome.report)
        if !err.isEmpty { console.standardError(err) }
        console.standardOutput(out)
        // Exit now rather than return: releasing the parse of a large file one string at a time takes
        // longer than linting it, and the system reclaims the memory at once.
        Glibc.exit(outcome.failed ? ExitCodes.failure.rawValue : ExitCodes.success.rawValue)
    }

    private func loadConfiguration(_ reader: FileReader) throws -> LintConfiguration {
        let path = config ?? LintConfiguration.fileName
        let text: String?
        do {
            text = try reader.read(path)
        } catch {
            throw Unreadable(message: "\(error)")
        }
        guard let text else {
            if config != nil { throw Unreadable(message: "cannot read \(path): no such file") }
            return LintConfiguration()
        }
        do {
            return try LintConfiguration.load(text, fileName: path)
        } catch {
            Console.live.report(error.diagnostics)
            throw ExitCodes.usage
        }
    }

    private func resolveTarget(_ reader: FileReader) throws -> DeploymentTarget? {
        if let target { return target }
        let explicit = spec != nil
        var path = spec
        if path == nil, let first = (files.first { $0 != "-" }) ?? (files.isEmpty ? ".env" : nil) {
            let folder = first.contains("/") ? String(first[..<(first.lastIndex(of: "/") ?? first.endIndex)]) : "."
            path = (folder.isEmpty ? "" : folder + "/") + SpecLoader.fileName
        }
        guard let path, let text = try? reader.read(path) else {
            if explicit { throw Unreadable(message: "cannot read \(spec ?? ""): no such file") }
            return nil
        }
        do {
            return try LintSession.target(fromSpec: text, fileName: path)
        } catch {
            if explicit {
                Console.live.report(error.diagnostics)
                throw ExitCodes.usage
            }
            Console.live.err("\(path): note: not used for the lint target: it does not load (run simdeploy generate)")
            return nil
        }
    }

    private func read(_ path: String, _ reader: FileReader) throws -> LintSession.Source {
        if path == "-" {
            return LintSession.Source(path: "<stdin>", bytes: readStandardInput())
        }
        guard !reader.isDirectory(path) else { throw Unreadable(message: "cannot lint \(path): it is a folder") }
        do {
            guard let bytes = try reader.readBytes(path) else {
                throw Unreadable(message: "cannot read \(path): no such file")
            }
            return LintSession.Source(path: path, bytes: bytes)
        } catch let error as FileError {
            throw Unreadable(message: "\(error)")
        }
    }

    private func write(_ text: String, to path: String, _ reader: FileReader) throws {
        let mode = reader.mode(path) ?? 0o600
        do {
            if let original = try reader.read(path) {
                try FileWriter().write(original, to: path + ".bak", mode: mode)
            }
            try FileWriter().write(text, to: path, mode: mode)
        } catch {
            throw Unreadable(message: "\(error)")
        }
    }

    private func readStandardInput() -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            bytes += chunk[..<count]
        }
        return bytes
    }
}

/// Input that cannot be read: printed as `Error: …` and exit 2, like a usage error.
struct Unreadable: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// `--severity`: the least severe finding that fails the run.
enum FailingSeverity: String, CaseIterable, ExpressibleByArgument {
    case error, warning

    var value: Diagnostic.Severity { self == .error ? .error : .warning }
}

extension ReportFormat: ExpressibleByArgument {}
extension DeploymentTarget: ExpressibleByArgument {}
