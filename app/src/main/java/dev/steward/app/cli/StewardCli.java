package dev.steward.app.cli;

import dev.steward.app.runtime.AppPaths;
import dev.steward.app.runtime.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/// The {@code steward} command: headless tools next to the desktop app. Needs no display and never
/// touches JavaFX, so it runs on servers and in CI.
@Command(name = "steward",
        mixinStandardHelpOptions = true,
        versionProvider = StewardCli.VersionProvider.class,
        description = "Governance console for AI integrations. With no command, ./steward opens the desktop app.",
        subcommands = {ClassifyCommand.class, ImportCommand.class, ExportCommand.class, VerifyCommand.class,
                VerifyLogCommand.class, CheckpointCommand.class, KeysCommand.class, BackupCommand.class, RestoreCommand.class,
                CompactCommand.class, EncryptCommand.class, DecryptCommand.class, DiscoverCommand.class, CampaignCommand.class,
                VerifyCampaignCommand.class, TeamCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  ok", "  1  verification failed (bundle tampered or key not trusted or not listed, audit chain broken"
                + " or shorter than a checkpoint)",
                "  2  usage error (also an unsupported export format)",
                "  3  invalid input file (bad JSON or CSV, unknown question id or answer, bad backup, not a bundle,"
                        + " unsigned attestation for json, a file discover cannot read); nothing imported",
                "  4  I/O or database error (missing file, database in use, target exists)",
                "  5  authentication failed (wrong user or password, the user's roles do not allow it, no signing key or a"
                        + " wrong signing passphrase)",
                "  6  not found (no attestation with the --attestation number)"})
public final class StewardCli implements Callable<Integer> {
    private final InputStream stdin;
    private final OutputStream stdout;
    private final CliSignIn signIn;

    @Spec
    private CommandSpec spec;

    private StewardCli(InputStream stdin, OutputStream stdout, CliSignIn signIn) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.signIn = signIn;
    }

    /// Runs the command line on the process's own streams and the per-user database, returning the exit code.
    public static int run(String... args) {
        // Flyway and the register log at INFO; on a command line only warnings belong on standard error.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        CommandLine cli = commandLine(System.in, System.out, AppPaths.defaultDatabase());
        cli.setOut(new PrintWriter(System.out, true));
        cli.setErr(new PrintWriter(System.err, true));
        return cli.execute(args);
    }

    /// The command tree reading standard input from {@code stdin} and using {@code defaultDatabase} when
    /// {@code --db} is not given. Callers set the output writers; {@code stdout} takes what a command writes as
    /// bytes (an export to {@code -}), which a writer would re-encode.
    static CommandLine commandLine(InputStream stdin, OutputStream stdout, Path defaultDatabase) {
        return commandLine(stdin, stdout, defaultDatabase, CliSignIn.system());
    }

    /// As above, signing users in with `signIn` (tests give it a password and cheap hashing).
    static CommandLine commandLine(InputStream stdin, OutputStream stdout, Path defaultDatabase, CliSignIn signIn) {
        CommandLine cli = new CommandLine(new StewardCli(stdin, stdout, signIn));
        cli.setDefaultValueProvider(arg -> arg instanceof OptionSpec option && "--db".equals(option.longestName())
                ? defaultDatabase.toString() : null);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            String prefix = commandLine.getCommandSpec().qualifiedName() + ": ";
            if (e instanceof CliException failure) {
                err.println(prefix + failure.getMessage());
                return failure.exitCode();
            }
            err.println(prefix + "unexpected error: " + e);
            e.printStackTrace(err);
            return ExitCode.IO_OR_DATABASE;
        });
        return cli;
    }

    InputStream stdin() {
        return stdin;
    }

    OutputStream stdout() {
        return stdout;
    }

    CliSignIn signIn() {
        return signIn;
    }

    /// {@code steward} with no command (only reachable when called directly, not through the launcher).
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("steward: name a command.");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"steward " + Version.current()};
        }
    }
}
