package dev.steward.app.cli;

/// The exit codes of the {@code steward} command line. Scripts rely on them: never renumber, only add.
public final class ExitCode {
    /// The command did what was asked.
    public static final int OK = 0;
    /// Verification failed: a bundle was changed after signing or signed with an unexpected key, or the audit
    /// log's hash chain is broken. The thing checked was readable; it just does not hold.
    public static final int CHECK_FAILED = 1;
    /// The command line itself was wrong: unknown option, missing argument (reported by picocli).
    public static final int USAGE = 2;
    /// An input file is unusable: not valid JSON, an unknown question id, an answer that is not an option,
    /// a file that is not a Steward backup.
    public static final int INVALID_INPUT = 3;
    /// Reading or writing failed, or the database could not be used: a missing file, a database open in
    /// the desktop app, a target that exists and may not be replaced, or any other failure while running.
    public static final int IO_OR_DATABASE = 4;
    /// Authentication failed: unknown user or wrong password, a deactivated account, no password to be had
    /// (no `STEWARD_PASSWORD` and no terminal), or roles that do not allow what was asked.
    public static final int AUTHENTICATION_FAILED = 5;
    /// A record named on the command line does not exist, e.g. no attestation with the `--attestation` number.
    public static final int NOT_FOUND = 6;

    private ExitCode() {
    }
}
