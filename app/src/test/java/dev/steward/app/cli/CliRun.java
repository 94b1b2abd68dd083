package dev.steward.app.cli;

import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/// One in-process run of the command line with captured output.
///
/// @param out   what the command printed, followed by the bytes it wrote to standard output (UTF-8)
/// @param bytes only the bytes it wrote to standard output, exactly
record CliRun(int exitCode, String out, String err, byte[] bytes) {

    static CliRun withStdin(Path defaultDatabase, byte[] stdin, String... args) {
        return run(defaultDatabase, stdin, CliSignIn.system(), args);
    }

    /// A run where `STEWARD_PASSWORD` is `password` (or unset when {@code null}), there is no terminal, and
    /// password hashes are checked with as few iterations as the test accounts were made with.
    static CliRun withPassword(Path defaultDatabase, String password, String... args) {
        CliSignIn signIn = new CliSignIn(name -> CliSignIn.PASSWORD_VARIABLE.equals(name) ? password : null,
                () -> null, AttestationRegisters.SECURITY);
        return run(defaultDatabase, new byte[0], signIn, args);
    }

    /// A run with these environment variables only (e.g. `STEWARD_PASSWORD` and `STEWARD_SIGNING_PASSPHRASE`),
    /// no terminal, and the test accounts' cheap password hashing.
    static CliRun withEnvironment(Path defaultDatabase, java.util.Map<String, String> environment, String... args) {
        return run(defaultDatabase, new byte[0], new CliSignIn(environment::get, () -> null, AttestationRegisters.SECURITY),
                args);
    }

    private static CliRun run(Path defaultDatabase, byte[] stdin, CliSignIn signIn, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CommandLine cli = StewardCli.commandLine(new ByteArrayInputStream(stdin), bytes, defaultDatabase, signIn);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out + bytes.toString(StandardCharsets.UTF_8), err.toString(), bytes.toByteArray());
    }

    static CliRun withStdin(Path defaultDatabase, String stdin, String... args) {
        return withStdin(defaultDatabase, stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static CliRun run(Path defaultDatabase, String... args) {
        return withStdin(defaultDatabase, new byte[0], args);
    }
}
