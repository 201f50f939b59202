import ArgumentParser

/// The exit codes simdeploy promises (documented in the README).
enum ExitCodes {
    /// The command did what was asked.
    static let success = ExitCode(0)
    /// The work failed: invalid spec or `.env`, a refused write, a merge conflict, a refused rotation;
    /// and for `generate --check`, a file that would change (CI fails on drift either way).
    static let failure = ExitCode(1)
    /// The command line was wrong: unknown option, bad value, missing argument.
    static let usage = ExitCode(2)
}
